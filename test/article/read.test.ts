import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {binaryKind, decode, maxInputBytes} from '../../source/article/read.js';
import {UserError} from '../../source/errors.js';
import {loadInput} from '../../source/input/load.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

function fails(t: {throws: (fn: () => unknown, expectations: {instanceOf: typeof UserError}) => unknown}, fn: () => unknown): {message: string; code: number} {
	return t.throws(fn, {instanceOf: UserError}) as UserError;
}

test('binaryKind names common formats by their magic numbers', (t) => {
	t.is(binaryKind(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])), 'PNG image');
	t.is(binaryKind(Buffer.from([0x1F, 0x8B, 0x08, 0])), 'gzip archive');
	t.is(binaryKind(utf8('%PDF-1.7\n')), 'PDF document');
	t.is(binaryKind(Buffer.from([0x50, 0x4B, 0x03, 0x04])), 'zip archive');
	t.is(binaryKind(Buffer.from([0x7F, 0x45, 0x4C, 0x46, 2])), 'ELF executable');
	t.is(binaryKind(Buffer.from([0xFF, 0xD8, 0xFF, 0xE0])), 'JPEG image');
});

test('binaryKind: text with a stray NUL is text; a tenth NULs is binary data', (t) => {
	t.is(binaryKind(utf8('The mayor said\u0000 yes.')), undefined);
	t.is(binaryKind(Buffer.alloc(100, 0x41).fill(0, 0, 11)), 'binary data');
	t.is(binaryKind(Buffer.alloc(0)), undefined);
	// Text that merely starts like "PK" or "BZh" is not an archive
	t.is(binaryKind(utf8('PK said so')), undefined);
});

test('decode: bytes become sanitised text, with what was removed counted', (t) => {
	const input = decode(utf8('\uFEFFTitle\r\n\r\n\u001B]0;x\u0007"Hi," Smith said.\u202E'), 'story.txt');
	t.is(input.text, 'Title\n\n"Hi," Smith said.');
	t.is(input.name, 'story.txt');
	t.deepEqual(input.removed, {escapes: 1, controls: 0, invisible: 1, replacements: 0});
});

test('decode: invalid UTF-8 that is no clean Windows-1252 either becomes U+FFFD, one per bad sequence, counted', (t) => {
	// 0x81 and 0x8D are undefined in Windows-1252
	const input = decode(Buffer.concat([utf8('caf'), Buffer.from([0xC3]), utf8(' and '), Buffer.from([0x81, 0x8D]), utf8(' ok')]), 'x');
	t.is(input.text, 'caf\uFFFD and \uFFFD\uFFFD ok');
	t.is(input.removed.replacements, 3);
	t.is(input.notes, undefined);
});

test('decode with showHidden: removed characters are shown instead', (t) => {
	const input = decode(utf8('a\u001B[31mb\u202Ec'), 'x', {showHidden: true});
	t.is(input.text, 'a^[[31mb<U+202E>c');
	t.deepEqual(input.removed, {escapes: 0, controls: 0, invisible: 0, replacements: 0});
});

test('decode refuses binary, empty and blank input with exit codes 65 and 66', (t) => {
	t.like(fails(t, () => decode(Buffer.from([0x89, 0x50, 0x4E, 0x47]), 'a.png')), {message: 'a.png: not text (looks like PNG image)', code: 65});
	t.like(fails(t, () => decode(Buffer.alloc(0), 'e.txt')), {message: 'e.txt: is empty', code: 66});
	t.like(fails(t, () => decode(utf8(' \n\t\r\n\u200B\u001B[0m'), 'b.txt')), {message: 'b.txt: has no text, only white space', code: 66});
});

function tempDir(t: {teardown: (fn: () => void) => void}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-read-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	return dir;
}

/** The UserError that loading `spec` rejects with. */
async function loadFails(t: {throwsAsync: (fn: () => Promise<unknown>, expectations: {instanceOf: typeof UserError}) => Promise<unknown>}, spec: string): Promise<{message: string; code: number}> {
	return (await t.throwsAsync(async () => loadInput(spec), {instanceOf: UserError})) as UserError;
}

test('loadInput reads a file; its name in messages shows hidden characters', async (t) => {
	const dir = tempDir(t);
	const file = path.join(dir, 'story\u001B[31m.txt');
	fs.writeFileSync(file, 'Title\n\nBody.');
	const input = await loadInput(file);
	t.is(input.text, 'Title\n\nBody.');
	t.is(input.name, `${dir}/story^[[31m.txt`);
});

test('loadInput: missing, a directory, a path through a file', async (t) => {
	const dir = tempDir(t);
	t.like(await loadFails(t, path.join(dir, 'nope.txt')), {message: `${dir}/nope.txt: no such file`, code: 66});
	t.like(await loadFails(t, dir), {message: `${dir}: is a directory, not an article`, code: 66});
	const file = path.join(dir, 'f.txt');
	fs.writeFileSync(file, 'x');
	t.like(await loadFails(t, `${file}/x`), {code: 66, message: `${file}/x: no such file (a part of the path is not a directory)`});
});

test('loadInput refuses a file over the limit by its size, before reading it', async (t) => {
	const file = path.join(tempDir(t), 'big.txt');
	fs.closeSync(fs.openSync(file, 'w'));
	fs.truncateSync(file, maxInputBytes + 1);
	t.like(await loadFails(t, file), {code: 65, message: `${file}: too large (129 MiB; whosaid reads up to 128 MiB)`});
});

test('the limit is 128 MiB, as the help and the readme say', (t) => {
	t.is(maxInputBytes, 128 * 1024 * 1024);
});
