import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import fs, {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {openPane} from '../helpers/tmux.js';
import {inventedText} from '../ui/invented.js';

// The built binary in a real pseudo-terminal (tmux): what a user sees, and what the terminal is left in.
const root = fileURLToPath(new URL('../..', import.meta.url));
const article = 'data/xinhua-2023-05-26-chen-wenqing-moscow.txt';

test.before(() => {
	if (!existsSync(`${root}dist/cli.js`)) execFileSync(process.execPath, ['scripts/build.js'], {cwd: root});
});

type Terminal = {
	keys: (...keys: string[]) => void;
	screen: () => string;
	/** The screen with its styles, as escape sequences. */
	styled: () => string;
	/** tmux's view of the terminal: alternate screen on, cursor visible. */
	flags: () => {alternate: boolean; cursor: boolean};
	/** Resolves with the screen once it matches (or, given a function, once that returns true). */
	waitFor: (pattern: RegExp | ((screen: string) => boolean)) => Promise<string>;
	resize: (columns: number, rows: number) => void;
	/** The reader's process id, when the shell runs it in the background. */
	pid: () => number;
};

/**
 * Starts `command` in a detached tmux session of the given size on a private server, killed
 * when the test ends. The shell prints "exit=N" after the reader and keeps the pane open.
 */
function terminal(t: ExecutionContext, command: string, columns: number, rows: number): Terminal {
	const socket = `whosaid-test-${randomBytes(6).toString('hex')}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {cwd: root, encoding: 'utf8'});
	t.teardown(() => {
		try {
			tmux('kill-server');
		} catch {}
	});
	// Ink prints only a last frame when it thinks it runs in CI: this is a live terminal
	const script = `cd '${root}' && env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color ${command}; echo "exit=$?"; exec sleep 600`;
	tmux('new-session', '-d', '-s', 'reader', '-x', String(columns), '-y', String(rows), 'sh', '-c', script);
	const screen = () => tmux('capture-pane', '-p', '-t', 'reader');
	return {
		keys: (...keys) => tmux('send-keys', '-t', 'reader', ...keys),
		screen,
		styled: () => tmux('capture-pane', '-p', '-e', '-t', 'reader'),
		flags() {
			const [alternate, cursor] = tmux('display-message', '-p', '-t', 'reader', '#{alternate_on} #{cursor_flag}').trim().split(' ');
			return {alternate: alternate === '1', cursor: cursor === '1'};
		},
		async waitFor(pattern) {
			const started = Date.now();
			let last = '';
			while (Date.now() - started < 10_000) {
				last = screen();
				if (typeof pattern === 'function' ? pattern(last) : pattern.test(last)) return last;
				await new Promise((resolve) => {
					setTimeout(resolve, 50);
				});
			}

			throw new Error(`timed out waiting for ${String(pattern)} on:\n${last}`);
		},
		resize: (c, r) => tmux('resize-window', '-t', 'reader', '-x', String(c), '-y', String(r)),
		pid() {
			// The reader among the pane shell's descendants (it names itself whosaid)
			const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,comm='], {encoding: 'utf8'})
				.trim()
				.split('\n')
				.map((line) => line.trim().split(/\s+/));
			const family = new Set([tmux('display-message', '-p', '-t', 'reader', '#{pane_pid}').trim()]);
			for (let grew = true; grew; ) {
				grew = false;
				for (const [pid, ppid] of table) {
					if (family.has(ppid!) && !family.has(pid!)) {
						family.add(pid!);
						grew = true;
					}
				}
			}

			return Number(table.find(([pid, , command]) => family.has(pid!) && /^(?:node|whosaid)$/.test(command!))?.[0]);
		},
	};
}

const rowsOf = (screen: string) => screen.replace(/\n+$/, '').split('\n');

test('at 120×40: three panes, filter, search, a resize that keeps the selection, q restores the terminal', async (t) => {
	const term = terminal(t, 'node dist/cli.js', 120, 40);
	let screen = await term.waitFor(/statement 1\/5/);
	t.true(term.flags().alternate, 'the reader runs on the alternate screen');
	t.regex(screen.split('\n')[0]!, /^Senior CPC official attends meetings in Russia · 2023-05-26 · 5 statements, 2 speakers/);
	for (const title of ['Speakers', 'Statements', 'Article']) t.true(screen.split('\n')[2]!.includes(title));
	t.is(rowsOf(screen).length, 40, 'the frame uses every row of the terminal');
	term.keys('2');
	screen = await term.waitFor(/Nikolai Patrushev · statement 1\/1/);
	t.regex(screen, /› ¶10 Nikolai Patrushev/);
	term.keys('/', 'R', 'u', 's', 's', 'i', 'a', 'Enter');
	await term.waitFor(/\/Russia 1\/1 · \? help/);
	term.resize(60, 20);
	screen = await term.waitFor(/^\[Statements]/m);
	t.regex(screen, /› ¶10 Nikolai Patrushev/, 'the selection survives the resize');
	t.is(rowsOf(screen).length, 20);
	term.keys('q');
	await term.waitFor(/exit=0/);
	t.deepEqual(term.flags(), {alternate: false, cursor: true});
});

/** The styled screen once it has stopped changing. */
async function settled(term: Terminal): Promise<string> {
	let last = term.styled();
	for (let same = 0; same < 3; ) {
		await new Promise((resolve) => {
			setTimeout(resolve, 50);
		});
		const now = term.styled();
		same = now === last ? same + 1 : 0;
		last = now;
	}

	return last;
}

test('at 200×60: a state reached by different keys, help and resizes is drawn the same, cell for cell, style for style', async (t) => {
	// Ink's painting is patched at build time to reuse the cells of the frame before (scripts/build.js):
	// what is on screen must not depend on the frames that came before it
	const direct = terminal(t, 'node dist/cli.js', 200, 60);
	const roundabout = terminal(t, 'node dist/cli.js', 200, 60);
	await Promise.all([direct.waitFor(/statement 1\/5/), roundabout.waitFor(/statement 1\/5/)]);
	direct.keys('j');
	roundabout.keys('G', 'Tab', 'j', 'j', 'BTab');
	await roundabout.waitFor(/statement 5\/5/);
	roundabout.keys('?');
	await roundabout.waitFor(/Keys \(q, Esc or \? closes\)/);
	roundabout.keys('Escape');
	await roundabout.waitFor((text) => !text.includes('Keys (q'));
	roundabout.resize(120, 40);
	await roundabout.waitFor((text) => rowsOf(text).length === 40);
	roundabout.resize(200, 60);
	await roundabout.waitFor((text) => rowsOf(text).length === 60 && rowsOf(text)[1]!.length > 150);
	roundabout.keys('k', 'k', 'k');
	await Promise.all([direct.waitFor(/statement 2\/5/), roundabout.waitFor(/statement 2\/5/)]);
	const [one, other] = await Promise.all([settled(direct), settled(roundabout)]);
	t.is(other, one);
	direct.keys('k');
	roundabout.keys('k');
	await Promise.all([direct.waitFor(/statement 1\/5/), roundabout.waitFor(/statement 1\/5/)]);
	const [back, backOther] = await Promise.all([settled(direct), settled(roundabout)]);
	t.is(backOther, back);
	for (const term of [direct, roundabout]) {
		term.keys('q');
		await term.waitFor(/exit=0/);
		t.deepEqual(term.flags(), {alternate: false, cursor: true});
	}
});

test('at 60×20: one pane at a time, Tab, help, Ctrl-C exits 130 and restores the terminal', async (t) => {
	const term = terminal(t, 'node dist/cli.js', 60, 20);
	let screen = await term.waitFor(/^\[Statements]/m);
	t.false(screen.includes('Article'));
	term.keys('Tab');
	screen = await term.waitFor(/^\[Article]/m);
	t.regex(screen, /¶0 +Senior CPC official/, 'the article opens at its top');
	term.keys('Enter', 'BTab', 'Enter');
	screen = await term.waitFor(/¶4 +\[Chen Wenqing] Chen stressed/);
	term.keys('?');
	await term.waitFor(/Keys \(q, Esc or \? closes\)/);
	term.keys('Escape');
	screen = await term.waitFor((text) => !text.includes('Keys (q'));
	t.regex(screen, /^\[Article]/m);
	term.keys('C-c');
	await term.waitFor(/exit=130/);
	t.deepEqual(term.flags(), {alternate: false, cursor: true});
});

test('an article piped in opens filtered with --speaker, with keys from the terminal', async (t) => {
	const term = terminal(t, `cat ${article} | node dist/cli.js --speaker patrushev`, 100, 30);
	await term.waitFor(/Nikolai Patrushev · statement 1\/1/);
	term.keys('0');
	await term.waitFor(/All speakers · statement 5\/5/);
	term.keys('q');
	await term.waitFor(/exit=0/);
	t.deepEqual(term.flags(), {alternate: false, cursor: true});
});

test('SIGTERM ends the reader with 143 and restores the terminal', async (t) => {
	const term = terminal(t, 'node dist/cli.js & wait $!', 100, 30);
	await term.waitFor(/statement 1\/5/);
	const node = term.pid();
	t.true(node > 0);
	process.kill(node, 'SIGTERM');
	await term.waitFor(/exit=143/);
	t.deepEqual(term.flags(), {alternate: false, cursor: true});
});

test('NO_COLOR: no colour, the selection still shown by marker and inverse', async (t) => {
	const term = terminal(t, 'NO_COLOR=1 node dist/cli.js', 100, 30);
	const screen = await term.waitFor(/statement 1\/5/);
	const styled = term.styled();
	// Foreground or background colours: 30–37, 90–97, 38;…, 40–47, 100–107, 48;… (39 and 49 are the defaults)
	t.notRegex(styled, /\u001B\[(?:\d+;)*(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])[;m]/);
	t.regex(styled, /\u001B\[(?:\d+;)*7(?:;\d+)*m› ¶4 Chen Wenqing/, 'the selected statement is inverse');
	t.regex(screen, /› ¶4 Chen Wenqing/);
	term.keys('q');
	await term.waitFor(/exit=0/);
});

/** The invented 13-speaker article, as a file the binary can open. */
function inventedFile(t: ExecutionContext): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-invented-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, 'tram.txt');
	fs.writeFileSync(file, inventedText);
	return file;
}

test('1 2 reaches speaker 12, and the finder reaches one by part of a name', async (t) => {
	const pane = openPane(t, `node dist/cli.js '${inventedFile(t)}'`, {columns: 80, rows: 24});
	await pane.waitFor(/statement 1\/13/);
	pane.keys('1', '2');
	await pane.waitFor(/^Ravi Kumar · statement 1\/1/m);
	pane.keys('s');
	await pane.waitFor(/Find a speaker: ▏ 13\/13/);
	pane.type('lindq');
	await pane.waitFor(/› 10 Jonas Lindqvist \(1\)/);
	pane.keys('Enter');
	const screen = await pane.waitFor(/^Jonas Lindqvist · statement 1\/1/m);
	t.false(screen.includes('Find a speaker'));
	pane.keys('q');
	await pane.waitFor(/exit=0/);
});

test('SGR mouse reports: the wheel moves the list under the pointer, a click on a speaker filters to it', async (t) => {
	const pane = openPane(t, 'node dist/cli.js', {columns: 120, rows: 40});
	await pane.waitFor(/statement 1\/5/);
	t.regex(pane.raw().toString('latin1'), /\u001B\[\?1000h\u001B\[\?1006h/, 'mouse reporting is on');
	pane.type('\u001B[<65;50;12M');
	await pane.waitFor(/All speakers · statement 2\/5/);
	pane.type('\u001B[<0;6;6M\u001B[<0;6;6m');
	await pane.waitFor(/^Nikolai Patrushev · statement 1\/1/m);
	pane.keys('q');
	await pane.waitFor(/exit=0/);
	t.regex(pane.raw().toString('latin1'), /\u001B\[\?1006l\u001B\[\?1000l/, 'and off again on the way out');
});

test('--no-mouse leaves the mouse to the terminal', async (t) => {
	const pane = openPane(t, 'node dist/cli.js --no-mouse', {columns: 100, rows: 30});
	await pane.waitFor(/statement 1\/5/);
	pane.keys('q');
	await pane.waitFor(/exit=0/);
	t.false(pane.raw().toString('latin1').includes('\u001B[?1000h'));
});

test('y puts the statement on the clipboard with OSC 52, seen on the terminal', async (t) => {
	const pane = openPane(t, 'node dist/cli.js', {columns: 100, rows: 30});
	await pane.waitFor(/statement 1\/5/);
	pane.keys('y');
	await pane.waitFor(/copied the statement/);
	const osc = await pane.waitForRaw(/\u001B\]52;c;([A-Za-z\d+/=]+)\u0007/);
	t.truthy(osc, 'an OSC 52 sequence reached the terminal');
	t.regex(Buffer.from(osc![1]!, 'base64').toString('utf8'), /^“Chen stressed that .*” — Chen Wenqing, member of .* \(Senior CPC official attends meetings in Russia, 2023-05-26\)$/);
	pane.keys('q');
	await pane.waitFor(/exit=0/);
});

test('o opens the article in $PAGER (cat here) off the alternate screen, and the reader comes back', async (t) => {
	const pane = openPane(t, 'env PAGER=cat node dist/cli.js', {columns: 100, rows: 30});
	await pane.waitFor(/statement 1\/5/);
	pane.keys('o');
	// Back on the alternate screen, drawn again, keys working
	await new Promise((resolve) => {
		setTimeout(resolve, 800);
	});
	pane.keys('j');
	await pane.waitFor(/statement 2\/5/);
	const raw = pane.raw().toString('utf8');
	const left = raw.indexOf('\u001B[?1049l');
	const page = raw.indexOf('¶4 Chen stressed that the core ideas');
	t.true(left > 0 && page > left, 'the article went to the pager after the reader left the alternate screen');
	t.true(raw.indexOf('\u001B[?1049h', page) > page, 'and the reader took the screen back');
	pane.keys('q');
	await pane.waitFor(/exit=0/);
	t.false(pane.state().alternate);
});

for (const [label, env] of [
	['TERM=dumb', 'env TERM=dumb'],
	['no TERM', 'env -u TERM'],
] as const) {
	test(`${label}: the plain view with a note, no alternate screen, no cursor moves`, async (t) => {
		const pane = openPane(t, `${env} node dist/cli.js`, {columns: 100, rows: 40});
		const screen = await pane.waitFor(/exit=\d+/);
		t.regex(screen, /exit=0/);
		t.regex(screen, /whosaid: showing the plain view: TERM is (?:dumb|not set)/);
		t.regex(screen, /Nikolai Patrushev/);
		const raw = pane.raw().toString('latin1');
		t.false(raw.includes('\u001B[?1049h'), 'no alternate screen');
		t.false(raw.includes('\u001B[?1000h'), 'no mouse reporting');
	});
}

test('--speaker matching several speakers opens on a choice between them; Enter opens the picked one, q quits', async (t) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-choice-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, 'vosses.txt');
	fs.writeFileSync(file, 'Two Vosses on the bridge\n\nAda Voss said the bridge will open in May.\n\nIvo Voss said the bridge will not open in May.\n\nLena Holt said the vote is on Friday.\n');
	const pane = openPane(t, `node dist/cli.js --speaker voss '${file}'`, {columns: 80, rows: 24});
	await pane.waitFor(/More than one speaker matches "voss": which one\?/);
	await pane.waitFor(/❯ Ada Voss \(1\)\n\s+Ivo Voss \(1\)/);
	pane.keys('j');
	await pane.waitFor(/❯ Ivo Voss \(1\)/);
	pane.keys('Enter');
	const screen = await pane.waitFor(/^Ivo Voss · statement 1\/1/m);
	t.false(screen.includes('which one?'));
	pane.keys('q');
	await pane.waitFor(/exit=0/);
});
