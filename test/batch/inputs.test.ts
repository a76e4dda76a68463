import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import test from 'ava';
import {filesUnder, listInputs} from '../../source/batch/inputs.js';

/** A folder of empty files at the given relative paths, removed after the test. */
function tree(t: {teardown: (fn: () => void) => void}, files: string[]): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-inputs-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	for (const file of files) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
		fs.writeFileSync(path.join(dir, file), 'x');
	}

	return dir;
}

test('a directory gives its .txt, .md and .html files, recursively, sorted, hidden ones skipped', (t) => {
	const dir = tree(t, ['b.txt', 'a.md', 'sub/c.html', 'sub/deeper/d.TXT', 'notes.log', '.git/e.txt', 'sub/.f.txt', 'image.png']);
	t.deepEqual(filesUnder(dir).map((file) => path.relative(dir, file)), ['a.md', 'b.txt', 'sub/c.html', 'sub/deeper/d.TXT']);
});

test('arguments keep their order; a directory expands in place', (t) => {
	const dir = tree(t, ['z.txt', 'in/a.txt', 'in/b.txt']);
	const specs = listInputs([path.join(dir, 'z.txt'), path.join(dir, 'in'), '-', 'https://example.org/story', 'missing.txt']);
	t.deepEqual(specs.map((spec) => [spec.kind, spec.given]), [
		['file', path.join(dir, 'z.txt')],
		['file', path.join(dir, 'in/a.txt')],
		['file', path.join(dir, 'in/b.txt')],
		['stdin', '-'],
		['url', 'https://example.org/story'],
		['file', 'missing.txt'],
	]);
});

test('a glob the shell left alone is expanded, sorted; relative stays relative, absolute absolute', (t) => {
	const dir = tree(t, ['news/b.txt', 'news/a.txt', 'news/c.md', 'news/old/d.txt']);
	t.deepEqual(listInputs([path.join(dir, 'news/*.txt')]).map((spec) => spec.given), [path.join(dir, 'news/a.txt'), path.join(dir, 'news/b.txt')]);
	const cwd = process.cwd();
	process.chdir(dir);
	t.teardown(() => process.chdir(cwd));
	t.deepEqual(listInputs(['news/**/*.txt']).map((spec) => spec.given), ['news/a.txt', 'news/b.txt', 'news/old/d.txt']);
});

test('a glob that matches nothing, and a directory without articles, are failed inputs (66)', (t) => {
	const dir = tree(t, ['only.log']);
	t.deepEqual(listInputs([path.join(dir, '*.txt'), dir]), [
		{kind: 'none', given: path.join(dir, '*.txt'), message: `${path.join(dir, '*.txt')}: no file matches`, code: 66},
		{kind: 'none', given: dir, message: `${dir}: a directory with no .txt, .md or .html files`, code: 66},
	]);
});

test('an existing file whose name looks like a pattern is that file', (t) => {
	const dir = tree(t, ['notes[1].txt', 'notes1.txt']);
	t.deepEqual(listInputs([path.join(dir, 'notes[1].txt')]).map((spec) => spec.given), [path.join(dir, 'notes[1].txt')]);
});
