import test from 'ava';
import {Text} from 'ink';
import {render} from 'ink-testing-library';
import type {Speaker} from '../../source/model.js';
import {SpeakerPicker} from '../../source/ui/speaker-picker.js';

const speaker = (id: string, name: string, statements: number[], role?: string): Speaker => ({id, name, aliases: [], kind: 'person', statements, ...(role ? {role} : {})});
const candidates = [speaker('ada-voss', 'Ada Voss', [0, 2], 'mayor of Brell'), speaker('ivo-voss', 'Ivo Voss', [1])];
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function picker(query = 'voss') {
	const exits: number[] = [];
	const view = render(
		<SpeakerPicker query={query} candidates={candidates} countOf={(one) => one.statements.length} read={(id) => <Text>reader on {id ?? 'everyone'}</Text>} onExit={(code) => exits.push(code)} />,
	);
	return {view, exits};
}

test('the picker lists the candidates with their counts and roles, the first highlighted', async (t) => {
	const {view} = picker();
	await settle();
	const frame = view.lastFrame()!;
	t.regex(frame, /More than one speaker matches "voss": which one\?/);
	t.regex(frame, /❯ Ada Voss \(2\) {2}mayor of Brell\n\s+Ivo Voss \(1\)/);
	view.unmount();
});

test('j then Enter opens the reader on the second speaker', async (t) => {
	const {view} = picker();
	await settle();
	view.stdin.write('j');
	await settle();
	view.stdin.write('\r');
	await settle();
	t.is(view.lastFrame(), 'reader on ivo-voss');
	view.unmount();
});

test('Esc opens the reader on every speaker; q and Ctrl-C quit with 0 and 130', async (t) => {
	const esc = picker();
	await settle();
	esc.view.stdin.write('\u001B');
	await settle();
	t.is(esc.view.lastFrame(), 'reader on everyone');
	esc.view.unmount();
	for (const [key, code] of [['q', 0], ['\u0003', 130]] as const) {
		const one = picker();
		await settle();
		one.view.stdin.write(key);
		await settle();
		t.deepEqual(one.exits, [code]);
	}
});

test('a query with control characters is shown sanitised', async (t) => {
	const {view} = picker('vo\u001B[2Jss');
	await settle();
	t.false(view.lastFrame()!.includes('\u001B[2J'));
	view.unmount();
});
