import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import {analyse} from '../../source/analyse.js';
import {decode} from '../../source/article/read.js';
import {toJson} from '../../source/views/json.js';
import {toPlain} from '../../source/views/plain.js';
import {article, findsSmith, strings, unsafe} from '../helpers/hostile.js';
import {whosaid} from '../helpers/run.js';

/*
 * Thousands of hostile articles (test/helpers/hostile.ts). Whatever they hold, nothing throws,
 * no output carries a control character but LF, and the planted statement is still found and
 * given to Smith.
 */

test('hostile articles: no exception, no control character in --json or --plain, the planted statement found', (t) => {
	// fc.assert throws with the shrunk counterexample when the property fails
	t.notThrows(() =>
		fc.assert(
			fc.property(article, fc.boolean(), (input, showHidden) => {
				const {text} = decode(input, 'fuzz.txt', {showHidden});
				const model = analyse(text);
				for (const value of strings(JSON.parse(toJson(model)))) if (unsafe.test(value)) throw new Error(`unsafe --json string: ${JSON.stringify(value)}`);
				const plain = toPlain(model);
				if (unsafe.test(plain)) throw new Error(`unsafe --plain output: ${JSON.stringify(plain)}`);
				for (const speaker of model.speakers) if (unsafe.test(toPlain(model, speaker))) throw new Error('unsafe --plain --speaker output');
				if (!showHidden && !findsSmith(model)) throw new Error(`planted statement lost in ${JSON.stringify(text)}`);
			}),
			{numRuns: 3000},
		),
	);
});

test('the property can fail: the unsanitised text would leak controls', (t) => {
	const [sample] = fc.sample(article.filter((input) => input.includes(0x1B)), {numRuns: 1, seed: 7});
	const raw = Buffer.from(sample!).toString('utf8');
	t.true(unsafe.test(raw));
	t.false(unsafe.test(decode(sample!, 'fuzz.txt').text));
});

test('hostile articles through the real binary: --json and --plain stay clean', (t) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-fuzz-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const samples = fc.sample(article, {numRuns: 4, seed: 42});
	for (const [i, sample] of samples.entries()) {
		const file = path.join(dir, `hostile-${i}.txt`);
		fs.writeFileSync(file, sample);
		const json = whosaid([file, '--json']);
		t.is(json.code, 0, json.stderr);
		const document = JSON.parse(json.stdout);
		t.false(strings(document).some((value) => unsafe.test(value)));
		t.true(document.paragraphs.some((p: {statements: Array<{speaker: string; text: string}>}) => p.statements.some((s) => s.text.includes('Prices will fall next year') && s.speaker === 'smith')));
		const plain = whosaid([file, '--plain'], {input: Buffer.from(sample)});
		t.is(plain.code, 0, plain.stderr);
		t.false(unsafe.test(plain.stdout));
		t.false(unsafe.test(plain.stderr));
		// Piped in, the same article reads the same
		t.is(whosaid(['--plain'], {input: Buffer.from(sample)}).stdout, plain.stdout);
	}
});
