import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test, {type ExecutionContext} from 'ava';
// Invented news text, the benchmark's generator
import {corpus} from '../../scripts/bench/corpus.js';
import {whosaid} from '../helpers/run.js';

type Line = {file?: string; id?: unknown; title?: string; error?: string; code?: number; paragraphs?: Array<{statements: Array<{name: string}>}>};

const bridge = ['Mayor opens the new bridge', '"It took ten years, but it was worth it," Mayor Ana Ruiz said.', 'Ruiz added that the toll would be dropped next year.'].join('\n\n');
const ferry = ['Ferry line to close', 'Captain Ole Brandt said the last crossing would be on Friday.'].join('\n\n');

function folder(t: {teardown: (fn: () => void) => void}, files: Record<string, string>): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-batch-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true});
		fs.writeFileSync(path.join(dir, name), text);
	}

	return dir;
}

const lines = (stdout: string): Line[] => stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);

test('several inputs: one line each in input order; a bad one is reported, the rest go on, exit 1 with a count', (t) => {
	const dir = folder(t, {'bridge.txt': bridge, 'more/ferry.md': ferry, 'more/skip.log': ferry});
	const run = whosaid(['--jsonl', path.join(dir, 'bridge.txt'), path.join(dir, 'missing.txt'), path.join(dir, 'more')]);
	t.is(run.code, 1);
	t.deepEqual(lines(run.stdout).map((line) => [line.file, line.title ?? line.error, line.code]), [
		[path.join(dir, 'bridge.txt'), 'Mayor opens the new bridge', undefined],
		[path.join(dir, 'missing.txt'), `${path.join(dir, 'missing.txt')}: no such file`, 66],
		[path.join(dir, 'more/ferry.md'), 'Ferry line to close', undefined],
	]);
	t.is(run.stderr, `whosaid: ${path.join(dir, 'missing.txt')}: no such file\nwhosaid: 1 of 3 inputs failed\n`);
});

test('a quoted glob is expanded by whosaid; statements name their speaker', (t) => {
	const dir = folder(t, {'b.txt': ferry, 'a.txt': bridge});
	const run = whosaid(['--jsonl', '*.txt'], {cwd: dir});
	t.is(run.code, 0);
	t.is(run.stderr, '');
	const [a, b] = lines(run.stdout);
	t.is(a!.file, 'a.txt');
	t.is(b!.file, 'b.txt');
	t.deepEqual(a!.paragraphs!.flatMap((p) => p.statements.map((s) => s.name)), ['Ana Ruiz', 'Ana Ruiz']);
});

/** `--jsonl` over `dir` with one job and with two (whole runs: slow on a loaded machine, never a measure of speed). */
function byJobs(t: ExecutionContext, dir: string) {
	t.timeout(300_000);
	const slow = {timeout: 120_000, maxBuffer: 1 << 28};
	return {one: whosaid(['--jsonl', '--jobs', '1', dir], slow), two: whosaid(['--jsonl', '--jobs', '2', dir], slow), slow};
}

test('--jobs 1 and --jobs 2 print the same bytes, small and large articles mixed', (t) => {
	const files: Record<string, string> = {};
	for (let i = 0; i < 12; i++) files[`n${String(i).padStart(2, '0')}.txt`] = corpus(i === 5 ? 300_000 : 3000 + 500 * i, i + 1);
	const dir = folder(t, files);
	// Four whole runs over ~350 kB: slow on a loaded machine, and not a measure of speed
	const {one, two, slow} = byJobs(t, dir);
	t.is(one.code, 0);
	t.is(two.code, 0);
	t.is(lines(one.stdout).length, 12);
	t.is(two.stdout, one.stdout);
	t.is(whosaid(['--csv', '--jobs', '2', dir], slow).stdout, whosaid(['--csv', '--jobs', '1', dir], slow).stdout);
});

test('--jobs 2 over many small articles (sent to workers in batches): the same lines as --jobs 1, and stderr in input order', (t) => {
	const files: Record<string, string> = {};
	for (let i = 0; i < 80; i++) files[`a${String(i).padStart(2, '0')}.txt`] = corpus(1200 + 40 * i, i + 1);
	// A failure and a note in the middle of batches
	files['a37.txt'] = '';
	files['a50.txt'] = 'Le maire de Riverton a annoncé mardi que le nouveau pont sur la rivière ouvrira en mai, avec un mois de retard. Les travaux ont été retardés par une livraison tardive de l\'acier, selon l\'ingénieur de la ville, et les critiques demandent des comptes pour le budget qui a augmenté.';
	const dir = folder(t, files);
	const {one, two} = byJobs(t, dir);
	t.is(one.code, 1);
	t.is(two.code, 1);
	t.is(lines(two.stdout).length, 80);
	t.true(two.stdout === one.stdout, '--jobs 2 printed other lines than --jobs 1');
	t.is(lines(two.stdout)[37]!.code, 66);
	const stderr = two.stderr.split('\n').filter(Boolean);
	t.deepEqual(stderr.map((line) => line.replace(dir, 'DIR')), [
		'whosaid: DIR/a37.txt: is empty',
		'whosaid: note: DIR/a50.txt looks like French; whosaid attributes English',
		'whosaid: 1 of 80 inputs failed',
	]);
	t.is(two.stderr, one.stderr);
});

test('--jobs takes a whole number, 1 or more: 2', (t) => {
	for (const value of ['0', '1.5', 'many']) {
		const run = whosaid(['--jsonl', '--jobs', value, 'a.txt']);
		t.is(run.code, 2, value);
		t.is(run.stderr, 'whosaid: --jobs takes a whole number, 1 or more\n');
	}
});

test('--csv: a header, then one row per statement, quoted as RFC 4180 says', (t) => {
	const dir = folder(t, {'a, "quoted".txt': bridge});
	const run = whosaid(['--csv', dir]);
	t.is(run.code, 0);
	const file = `"${path.join(dir, 'a, ""quoted"".txt')}"`;
	t.is(
		run.stdout,
		[
			'file,paragraph,speaker,name,role,kind,cue,mode,resolution,text',
			`${file},1,ana-ruiz,Ana Ruiz,Mayor,person,said,direct,named,"""It took ten years, but it was worth it,"" Mayor Ana Ruiz said."`,
			`${file},2,ana-ruiz,Ana Ruiz,Mayor,person,added,indirect,alias,Ruiz added that the toll would be dropped next year.`,
			'',
		].join('\r\n'),
	);
});

test('several inputs without a batch format: each article\'s plain view under its name', (t) => {
	const dir = folder(t, {'a.txt': bridge, 'b.txt': ferry});
	const run = whosaid([path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
	t.is(run.code, 0);
	t.true(run.stdout.startsWith(`==> ${path.join(dir, 'a.txt')} <==\nMayor opens the new bridge\n`));
	t.true(run.stdout.includes(`\n==> ${path.join(dir, 'b.txt')} <==\nFerry line to close\n`));
	const ruiz = whosaid([path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--speaker', 'Ruiz']);
	t.is(ruiz.stdout, [
		`==> ${path.join(dir, 'a.txt')} <==`,
		'Mayor opens the new bridge',
		'1 speaker, 2 statements',
		'',
		'Ana Ruiz (Mayor)',
		'  ¶1 [said, direct] "It took ten years, but it was worth it," Mayor Ana Ruiz said.',
		'  ¶2 [added, indirect] Ruiz added that the toll would be dropped next year.',
		'',
		`==> ${path.join(dir, 'b.txt')} <==`,
		'Ferry line to close',
		'0 speakers, 0 statements',
		'',
		'No attributed statements: everything here is narration.',
		'',
		'',
	].join('\n'));
});

test('--speaker across articles keeps that speaker\'s statements; an article without them has none', (t) => {
	const dir = folder(t, {'a.txt': bridge, 'b.txt': ferry});
	const run = whosaid(['--jsonl', '--speaker', 'ruiz', dir]);
	t.is(run.code, 0);
	t.deepEqual(lines(run.stdout).map((line) => line.paragraphs!.flatMap((p) => p.statements.map((s) => s.name))), [['Ana Ruiz', 'Ana Ruiz'], []]);
});

test('--jsonl - answers each JSON Lines record of stdin in order, one line each, blank lines skipped', (t) => {
	const input = [
		JSON.stringify({id: 'r1', text: bridge}),
		'',
		'not json',
		JSON.stringify({id: 2, html: ferry}),
		JSON.stringify({id: 'r3', text: ''}),
	].join('\n');
	const run = whosaid(['--jsonl', '-'], {input});
	t.is(run.code, 1);
	t.deepEqual(lines(run.stdout).map((line) => [line.id, line.title ?? line.error, line.code]), [
		['r1', 'Mayor opens the new bridge', undefined],
		[null, 'line 3: not JSON', 65],
		[2, 'Ferry line to close', undefined],
		['r3', 'record "r3": is empty', 66],
	]);
	t.is(run.stderr, 'whosaid: line 3: not JSON\nwhosaid: record "r3": is empty\nwhosaid: 2 of 4 records failed\n');
});

test('dense text that needs more than 25× its size + 100 MB: one line, exit 65, no V8 trace', (t) => {
	let text = '';
	for (let n = 100_000; text.length < 1_000_000; n++) text += `X${n} said. `;
	const dir = folder(t, {'dense.txt': text});
	const file = path.join(dir, 'dense.txt');
	t.timeout(300_000);
	const run = whosaid(['--json', file], {timeout: 120_000});
	t.is(run.code, 65);
	t.is(run.stdout, '');
	t.is(run.stderr, `whosaid: ${file}: needs more memory than whosaid allows for an article of this size (124 MB: 25× its size plus 100 MB); too many statements or speakers to analyse\n`);
	// The plain view of a large file is analysed within the same budget
	const plain = whosaid(['--plain', file], {timeout: 120_000});
	t.is(plain.code, 65);
	t.is(plain.stderr, run.stderr);
	const batch = whosaid(['--jsonl', file, path.join(dir, 'dense.txt')], {timeout: 120_000});
	t.is(batch.code, 1);
	t.deepEqual(lines(batch.stdout).map((line) => line.code), [65, 65]);
});
