import test from 'ava';
import {Progress} from '../../source/batch/progress.js';

function stream(isTTY: boolean) {
	const written: string[] = [];
	return {written, stream: {isTTY, write: (text: string) => written.push(text)} as unknown as NodeJS.WriteStream};
}

test('on a terminal: done/total, rate and time left, then cleared', (t) => {
	const {written, stream: tty} = stream(true);
	const progress = new Progress(10, tty);
	progress.tick();
	t.is(written.length, 1);
	t.regex(written[0]!, /^\r\u001B\[Kwhosaid: 1\/10 articles · \d+\/s · \d+ s left$/);
	progress.message('whosaid: a.txt: no such file\n');
	t.deepEqual(written.slice(1), ['\r\u001B[K', 'whosaid: a.txt: no such file\n']);
	progress.clear();
	t.is(written.length, 3, 'nothing to clear after a message');
});

test('not a terminal: only messages, never a progress line', (t) => {
	const {written, stream: file} = stream(false);
	const progress = new Progress(3, file);
	progress.tick();
	progress.message('note\n');
	progress.tick();
	progress.clear();
	t.deepEqual(written, ['note\n']);
});
