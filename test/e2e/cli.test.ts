import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {whosaid} from '../helpers/run.js';

const story = [
	'Mayor opens the new bridge',
	'RIVERTON, March 3 -- The city opened its new bridge on Monday.',
	'"It took ten years, but it was worth every day," Mayor Ana Ruiz said.',
	'Engineers said the bridge could carry twice the traffic of the old one.',
	'Ruiz added that the toll would be dropped next year.',
].join('\n\n');

function storyFile(t: {teardown: (fn: () => void) => void}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, 'bridge.txt');
	fs.writeFileSync(file, story);
	return file;
}

test('--json on the bundled article follows the contract', (t) => {
	const run = whosaid(['--json']);
	t.is(run.code, 0);
	t.is(run.stderr, '');
	const document = JSON.parse(run.stdout);
	t.is(document.title, 'Senior CPC official attends meetings in Russia');
	t.is(document.date, '2023-05-26');
	t.deepEqual(
		document.speakers.map((s: {id: string}) => s.id),
		['chen-wenqing', 'nikolai-patrushev'],
	);
	for (const paragraph of document.paragraphs) {
		t.is(typeof paragraph.index, 'number');
		t.true(['headline', 'time', 'dateline', 'body', 'caption', 'boilerplate'].includes(paragraph.kind));
		for (const statement of paragraph.statements) {
			t.is(paragraph.text.slice(statement.start, statement.end), statement.text);
			t.true(['direct', 'indirect', 'mixed'].includes(statement.mode));
			t.true(document.speakers.some((s: {id: string}) => s.id === statement.speaker));
		}
	}
});

test('a named file is read, and --speaker filters by any alias, in any case', (t) => {
	const file = storyFile(t);
	const run = whosaid([file, '--plain', '--speaker', 'ruiz']);
	t.is(run.code, 0);
	t.is(
		run.stdout,
		[
			'Mayor opens the new bridge',
			'1 speaker, 2 statements',
			'',
			'Ana Ruiz (Mayor)',
			'  ¶2 [said, direct] "It took ten years, but it was worth every day," Mayor Ana Ruiz said.',
			'  ¶4 [added, indirect] Ruiz added that the toll would be dropped next year.',
			'',
		].join('\n'),
	);
});

test('a pipe is read when no file is named, and `-` names stdin', (t) => {
	for (const args of [['--json'], ['-', '--json']]) {
		const run = whosaid(args, {input: story});
		t.is(run.code, 0);
		t.is(JSON.parse(run.stdout).title, 'Mayor opens the new bridge');
	}
});

test('no usable stdin (as in CI and scripts: /dev/null) opens the bundled article; an empty pipe is an error', (t) => {
	const run = whosaid(['--plain'], {stdio: ['ignore', 'pipe', 'pipe']});
	t.is(run.code, 0);
	t.true(run.stdout.startsWith('Senior CPC official attends meetings in Russia\n'));
	const emptyPipe = whosaid(['--json'], {input: ''});
	t.is(emptyPipe.code, 66);
	t.is(emptyPipe.stderr, 'whosaid: standard input: is empty\n');
	t.is(emptyPipe.stdout, '');
});

test('stdout that is not a terminal gets the plain view', (t) => {
	const run = whosaid([]);
	t.is(run.code, 0);
	t.is(run.stdout, whosaid(['--plain']).stdout);
});

test('--json with --speaker keeps only that speaker', (t) => {
	const run = whosaid(['--json', '--speaker', 'Patrushev']);
	const document = JSON.parse(run.stdout);
	t.deepEqual(
		document.speakers.map((s: {id: string}) => s.id),
		['nikolai-patrushev'],
	);
	const statements = document.paragraphs.flatMap((p: {statements: unknown[]}) => p.statements);
	t.is(statements.length, 1);
});

test('--speaker with an unknown name lists the speakers and exits 2', (t) => {
	const run = whosaid(['--speaker', 'Nobody']);
	t.is(run.code, 2);
	t.is(run.stdout, '');
	t.is(run.stderr, `whosaid: no speaker "Nobody" in ${path.resolve('data/xinhua-2023-05-26-chen-wenqing-moscow.txt')}; speakers: Chen Wenqing, Nikolai Patrushev\n`);
});

test('--help and --version', (t) => {
	const help = whosaid(['--help']);
	t.is(help.code, 0);
	t.regex(help.stdout, /Usage\n\s+\$ whosaid \[file\|dir\|glob\|url\|-\]…/);
	t.regex(help.stdout, /--json/);
	const version = whosaid(['--version']);
	t.is(version.code, 0);
	t.is(version.stdout.trim(), JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
});
