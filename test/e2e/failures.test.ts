import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import zlib from 'node:zlib';
import test from 'ava';
import {cliPath, whosaid} from '../helpers/run.js';

/*
 * Every failure a user can meet: one line on stderr naming the input and the problem,
 * the documented exit code, and never a stack trace.
 */

const bundledTitle = 'Senior CPC official attends meetings in Russia';
const bundledPath = fileURLToPath(new URL('../../data/xinhua-2023-05-26-chen-wenqing-moscow.txt', import.meta.url));

function tempDir(t: {teardown: (fn: () => void) => void}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-fail-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	return dir;
}

function write(dir: string, name: string, content: string | Uint8Array): string {
	const file = path.join(dir, name);
	fs.writeFileSync(file, content);
	return file;
}

/** Runs whosaid on what `setup` makes in a fresh folder: nothing on stdout, one line on stderr, the code. */
const fails = test.macro((t, setup: (dir: string) => {args: string[]; message: string}, code: number) => {
	const {args, message} = setup(tempDir(t));
	const run = whosaid(args);
	t.is(run.stderr, `whosaid: ${message}\n`);
	t.is(run.code, code);
	t.is(run.stdout, '');
});

test('a missing file: 66', fails, () => ({args: ['no-such-story.txt'], message: 'no-such-story.txt: no such file'}), 66);

test('a path through a file (ENOTDIR): 66', fails, (dir) => {
	const file = write(dir, 'story.txt', 'x');
	return {args: [`${file}/more.txt`], message: `${file}/more.txt: no such file (a part of the path is not a directory)`};
}, 66);

test('a directory without articles: 66', fails, (dir) => ({args: [dir], message: `${dir}: a directory with no .txt, .md or .html files`}), 66);

test('a file that cannot be read (EIO from /proc/self/mem): 66', fails, () => ({args: ['/proc/self/mem'], message: '/proc/self/mem: cannot be read (input/output error)'}), 66);

/** Root reads any file whatever its mode, so permissions are tested as nobody (setpriv), or directly when not root. */
test('a file without read permission: 66', (t) => {
	const dir = tempDir(t);
	const file = write(dir, 'secret.txt', '"Hi," Smith said.');
	fs.chmodSync(file, 0o000);
	const root = process.getuid?.() === 0;
	let cli = cliPath;
	if (root) {
		// nobody may not reach the checkout (CI clones anywhere): it runs a copy of dist/ from here
		fs.chmodSync(dir, 0o755);
		fs.cpSync(path.dirname(cliPath), path.join(dir, 'dist'), {recursive: true});
		cli = path.join(dir, 'dist', path.basename(cliPath));
	}

	const result = root
		? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli, file], {encoding: 'utf8', input: '', cwd: dir})
		: spawnSync(process.execPath, [cli, file], {encoding: 'utf8', input: ''});
	t.is(result.stderr, `whosaid: ${file}: permission denied\n`);
	t.is(result.status, 66);
});

test('an empty file: 66', fails, (dir) => {
	const file = write(dir, 'empty.txt', '');
	return {args: [file], message: `${file}: is empty`};
}, 66);

test('a file of white space only (and removed controls): 66', fails, (dir) => {
	const file = write(dir, 'blank.txt', ' \n\t\r\n\u00A0\u200B\u001B[0m\n');
	return {args: [file], message: `${file}: has no text, only white space`};
}, 66);

test('a PNG image: 65', fails, (dir) => {
	const file = write(dir, 'photo.png', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]));
	return {args: [file, '--plain'], message: `${file}: not text (looks like PNG image)`};
}, 65);

test('a gzip archive, even on stdin: 65', (t) => {
	const gzip = zlib.gzipSync('"Hi," Smith said.\n');
	t.is(whosaid([write(tempDir(t), 'story.txt.gz', gzip)]).code, 65);
	const run = whosaid(['--json'], {input: gzip});
	t.is(run.stderr, 'whosaid: standard input: not text (looks like gzip archive)\n');
	t.is(run.code, 65);
});

test('binary data without a known signature (many NULs): 65', fails, (dir) => {
	const file = write(dir, 'blob.bin', Buffer.alloc(4096, 0).fill(7, 0, 100));
	return {args: [file], message: `${file}: not text (looks like binary data)`};
}, 65);

test('invalid UTF-8 opens: bad bytes show as U+FFFD and a note on stderr counts them', (t) => {
	const bytes = Buffer.concat([Buffer.from('Storm hits caf\u00E9'), Buffer.from([0xFF, 0xC3]), Buffer.from(' coast\n\n"We are ready," Smith said.\n')]);
	const file = write(tempDir(t), 'latin.txt', bytes);
	const run = whosaid([file, '--plain']);
	t.is(run.code, 0);
	t.is(run.stderr, `whosaid: note: ${file}: 2 invalid UTF-8 sequences shown as \uFFFD\n`);
	t.is(run.stdout, 'Storm hits caf\u00E9\uFFFD\uFFFD coast\n1 speaker, 1 statement\n\nSmith\n  ¶1 [said, direct] "We are ready," Smith said.\n');
});

test('escape sequences removed from the article are counted in the same note', (t) => {
	const file = write(tempDir(t), 'esc.txt', 'Title\n\n\u001B]0;pwned\u0007"Hi,\u202E" Smith\u0000 said.\u001B[2J\n');
	const run = whosaid([file, '--json']);
	t.is(run.code, 0);
	t.is(run.stderr, `whosaid: note: ${file}: removed 2 escape sequences, 1 control character, 1 invisible character (--show-hidden shows them)\n`);
	t.is(JSON.parse(run.stdout).paragraphs[1].text, '"Hi," Smith said.');
});

test('a file over the documented 128 MiB limit (sparse, so the test is cheap): 65', fails, (dir) => {
	const file = path.join(dir, 'huge.txt');
	fs.closeSync(fs.openSync(file, 'w'));
	fs.truncateSync(file, 200 * 1024 * 1024);
	return {args: [file], message: `${file}: too large (200 MiB; whosaid reads up to 128 MiB)`};
}, 65);

test('a redirected stdin over the limit is refused by its size: 65', (t) => {
	const file = path.join(tempDir(t), 'huge.txt');
	fs.closeSync(fs.openSync(file, 'w'));
	fs.truncateSync(file, 200 * 1024 * 1024);
	const stdin = fs.openSync(file, 'r');
	t.teardown(() => fs.closeSync(stdin));
	const run = whosaid(['--plain'], {stdio: [stdin, 'pipe', 'pipe']});
	t.is(run.stderr, 'whosaid: standard input: too large (200 MiB; whosaid reads up to 128 MiB)\n');
	t.is(run.code, 65);
});

test('an output that cannot be written (a full disk): one line, 1', (t) => {
	const full = fs.openSync('/dev/full', 'w');
	t.teardown(() => fs.closeSync(full));
	const run = whosaid(['--plain'], {stdio: ['ignore', full, 'pipe']});
	t.is(run.stderr, 'whosaid: cannot write the output (ENOSPC)\n');
	t.is(run.code, 1);
});

test('an endless input stops at the limit instead of exhausting memory: 65', fails, () => ({args: ['/dev/zero'], message: '/dev/zero: too large (more than 128 MiB; whosaid reads up to 128 MiB)'}), 65);

test('an article with no attributed statements says so in --plain and --json', (t) => {
	const file = write(tempDir(t), 'weather.txt', 'Sunny week ahead\n\nThe sun will shine all week across the region.\n');
	const plain = whosaid([file, '--plain']);
	t.is(plain.code, 0);
	t.is(plain.stderr, '');
	t.is(plain.stdout, 'Sunny week ahead\n0 speakers, 0 statements\n\nNo attributed statements: everything here is narration.\n');
	const json = whosaid([file, '--json']);
	t.is(json.code, 0);
	const document = JSON.parse(json.stdout);
	t.deepEqual(document.speakers, []);
	t.true(document.paragraphs.every((paragraph: {statements: unknown[]}) => paragraph.statements.length === 0));
});

test('stdin closed at once or /dev/null, with no file named: the bundled article', (t) => {
	const devNull = whosaid(['--plain'], {stdio: ['ignore', 'pipe', 'pipe']});
	t.is(devNull.code, 0);
	t.is(devNull.stdout.split('\n')[0], bundledTitle);
	const closed = spawnSync('sh', ['-c', `exec 0<&- && exec "${process.execPath}" "${cliPath}" --plain`], {encoding: 'utf8'});
	t.is(closed.status, 0);
	t.is(closed.stderr, '');
	t.is(closed.stdout.split('\n')[0], bundledTitle);
});

test('an empty pipe, with no file named (cat missing 2>/dev/null | whosaid), is an error: 66', (t) => {
	const run = whosaid(['--json'], {input: ''});
	t.is(run.stderr, 'whosaid: standard input: is empty\n');
	t.is(run.code, 66);
	t.is(run.stdout, '');
});

test('an explicit - on an empty stdin is an error: 66', (t) => {
	const run = whosaid(['-'], {input: ''});
	t.is(run.stderr, 'whosaid: standard input: is empty\n');
	t.is(run.code, 66);
});

test('whosaid --plain | head -1: no EPIPE trace, whosaid exits 0', (t) => {
	// A long article, so whosaid is still writing when head has gone
	const paragraph = '"We will keep building," Mayor Ana Ruiz said on Monday. ';
	const file = write(tempDir(t), 'long.txt', `Long story\n\n${Array.from({length: 4000}, () => paragraph).join('\n\n')}`);
	const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" --plain "${file}" 2>"${file}.err" | head -1; echo "exit \${PIPESTATUS[0]}"`], {encoding: 'utf8'});
	t.is(result.stdout, 'Long story\nexit 0\n');
	t.is(fs.readFileSync(`${file}.err`, 'utf8'), '');
});

test('--speaker Nobody lists the speakers: 2', (t) => {
	const run = whosaid(['--plain', '--speaker', 'Nobody']);
	t.is(run.stderr, `whosaid: no speaker "Nobody" in ${bundledPath}; speakers: Chen Wenqing, Nikolai Patrushev\n`);
	t.is(run.code, 2);
	t.is(run.stdout, '');
});

test('hostile text quoted in a message is shown, not obeyed: --speaker and file names', (t) => {
	const speaker = whosaid(['--speaker', '\u001B]0;pwned\u0007\u202Ex\nNobody']);
	t.is(speaker.stderr, `whosaid: no speaker "^[]0;pwned^G<U+202E>x^JNobody" in ${bundledPath}; speakers: Chen Wenqing, Nikolai Patrushev\n`);
	t.is(speaker.code, 2);
	const file = whosaid(['\u001B[2Jstory\r.txt']);
	t.is(file.stderr, 'whosaid: ^[[2Jstory^M.txt: no such file\n');
	t.is(file.code, 66);
});

test('an unknown flag, hostile or not, is one line: 2', (t) => {
	const run = whosaid(['--bogus']);
	t.is(run.stderr, 'whosaid: unknown option --bogus (whosaid --help lists them)\n');
	t.is(run.code, 2);
	const hostile = whosaid(['-\u001B]52;c;aGk=\u0007']);
	t.is(hostile.stderr, 'whosaid: unknown option -^[]52;c;aGk=^G (whosaid --help lists them)\n');
	t.is(hostile.code, 2);
});

test('usage errors: --json with two files, --speaker twice, --json with --plain: 2', (t) => {
	const two = whosaid(['--json', 'a.txt', 'b.txt']);
	t.is(two.stderr, 'whosaid: --json prints one article; use --jsonl for one line per article (got 2 inputs)\n');
	t.is(two.code, 2);
	t.is(two.stdout, '');
	const twice = whosaid(['--speaker', 'Chen', '-s', 'Patrushev']);
	t.is(twice.stderr, 'whosaid: --speaker can be given once\n');
	t.is(twice.code, 2);
	const both = whosaid(['--json', '--plain']);
	t.is(both.stderr, 'whosaid: choose one of --json and --plain\n');
	t.is(both.code, 2);
});

test('a file named after -- is a file, not a flag', (t) => {
	const dir = tempDir(t);
	write(dir, '--json', 'Title\n\n"Hi," Smith said.\n');
	const run = whosaid(['--plain', '--', '--json'], {cwd: dir});
	t.is(run.code, 0);
	t.is(run.stdout, 'Title\n1 speaker, 1 statement\n\nSmith\n  ¶1 [said, direct] "Hi," Smith said.\n');
});

test('the help names every exit code and the size limit', (t) => {
	const help = execFileSync(process.execPath, [cliPath, '--help'], {encoding: 'utf8'});
	t.regex(help, /0 success · 1 failure \(with several inputs: any failed\) · 2 usage\n\s+65 input is not text, not an article, too dense, or larger than 128 MiB\n\s+66 input missing, unreadable or empty · 69 a URL could not be fetched \(network, HTTP status\)/);
	t.regex(help, /--show-hidden +Show what is normally removed .* as \^\[ and <U\+202E>, like less;\n\s+without it a note on stderr counts them/s);
});
