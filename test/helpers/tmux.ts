import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ExecutionContext} from 'ava';

const root = fileURLToPath(new URL('../..', import.meta.url));

export type Pane = {
	screen: () => string;
	keys: (...keys: string[]) => void;
	/** Bytes typed as they are (an SGR mouse report), not as tmux key names. */
	type: (text: string) => void;
	/** tmux's view of the terminal: alternate screen, cursor, window title. */
	state: () => {alternate: boolean; cursor: boolean; title: string};
	/** Every byte the program wrote to the terminal, before the terminal interpreted it. */
	raw: () => Buffer;
	/** `stty -a` of the terminal once the command has ended: raw mode must be off again. */
	stty: () => string;
	/** The command's process id (it is exec'd from a shell that records it). */
	pid: () => number;
	waitFor: (pattern: RegExp) => Promise<string>;
	/** Resolves with the match once the bytes written to the terminal (`raw`, copied by `tmux pipe-pane` a little after they are shown) match. */
	waitForRaw: (pattern: RegExp) => Promise<RegExpExecArray>;
	/** Resizes the terminal, as a user dragging the window does (SIGWINCH). */
	resize: (columns: number, rows: number) => void;
};

/**
 * Runs `command` (from the repository root) in a tmux pane of a private server, recording the
 * raw output stream from its first byte. The pane prints "exit=N" when the command ends.
 * `feed`, a shell command, is piped into the command's standard input.
 */
export function openPane(t: ExecutionContext, command: string, options: {columns?: number; rows?: number; feed?: string; shell?: boolean} = {}): Pane {
	const {columns = 100, rows = 30, feed, shell = false} = options;
	const socket = `whosaid-${randomBytes(6).toString('hex')}`;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-pane-'));
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {encoding: 'utf8'});
	t.teardown(() => {
		try {
			tmux('kill-server');
		} catch {}

		fs.rmSync(dir, {recursive: true, force: true});
	});
	// The command waits until the raw stream is being recorded; Ink draws live frames only outside CI
	// With `shell`, an interactive bash with job control runs the command (Ctrl-Z, fg)
	const run = shell
		? `exec env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color PS1='$ ' bash --norc --noprofile -i`
		: `${feed ? `(${feed}) | ` : ''}env -u CI -u CONTINUOUS_INTEGRATION TERM=xterm-256color sh -c 'echo $$ > "${dir}/pid"; exec ${command.replaceAll("'", `'"'"'`)}'`;
	const script = [
		`while [ ! -e '${dir}/ready' ]; do sleep 0.02; done`,
		`cd '${root}'`,
		run,
		'echo "exit=$?"',
		`stty -a > '${dir}/stty'`,
		'exec sleep 600',
	].join('; ');
	tmux('new-session', '-d', '-s', 'pane', '-x', String(columns), '-y', String(rows), 'sh', '-c', script);
	tmux('set-option', '-t', 'pane', 'allow-rename', 'on');
	tmux('pipe-pane', '-O', '-t', 'pane', `cat > '${dir}/raw'`);
	fs.writeFileSync(`${dir}/ready`, '');
	if (shell) {
		// The shell records the command's pid the same way, then runs it in the foreground
		tmux('send-keys', '-t', 'pane', `cd '${root}'; sh -c 'echo $$ > "${dir}/pid"; exec ${command.replaceAll("'", `'"'"'`)}'; echo "exit=$?"`, 'Enter');
	}

	const screen = () => tmux('capture-pane', '-p', '-t', 'pane');
	return {
		screen,
		keys: (...keys) => tmux('send-keys', '-t', 'pane', ...keys),
		type: (text) => tmux('send-keys', '-t', 'pane', '-l', text),
		state() {
			const [alternate, cursor, ...title] = tmux('display-message', '-p', '-t', 'pane', '#{alternate_on} #{cursor_flag} #{pane_title}').trim().split(' ');
			return {alternate: alternate === '1', cursor: cursor === '1', title: title.join(' ')};
		},
		raw: () => fs.readFileSync(`${dir}/raw`),
		stty: () => fs.readFileSync(`${dir}/stty`, 'utf8'),
		resize(columns, rows) {
			tmux('resize-window', '-t', 'pane', '-x', String(columns), '-y', String(rows));
		},
		pid: () => Number(fs.readFileSync(`${dir}/pid`, 'utf8')),
		async waitFor(pattern) {
			const last = await poll(screen, (text) => pattern.test(text));
			if (last.found) return last.value;
			throw new Error(`timed out waiting for ${String(pattern)} on:\n${last.value}`);
		},
		async waitForRaw(pattern) {
			const match = (bytes: Buffer) => pattern.exec(bytes.toString('latin1'));
			const last = await poll(() => fs.readFileSync(`${dir}/raw`), (bytes) => match(bytes) !== null);
			if (last.found) return match(last.value)!;
			throw new Error(`timed out waiting for ${String(pattern)} in the terminal's bytes`);
		},
	};
}

/**
 * In a pane opened with `shell`: presses q, then asks the shell for the exit status of the command
 * it ran in the foreground (after fg, the reader is the shell's job again) and waits until it shows.
 */
export async function quitToShell(pane: Pane, code = 0): Promise<void> {
	pane.keys('q');
	await new Promise((resolve) => {
		setTimeout(resolve, 500);
	});
	pane.keys('echo "code=$?"', 'Enter');
	await pane.waitFor(new RegExp(`code=${code}`));
}

/** Reads `read()` every 50 ms for up to 15 s until `done` says so; the last value read, and whether it was done. */
async function poll<T>(read: () => T, done: (value: T) => boolean): Promise<{found: boolean; value: T}> {
	const started = Date.now();
	let value = read();
	while (!done(value)) {
		if (Date.now() - started >= 15_000) return {found: false, value};
		await new Promise((resolve) => {
			setTimeout(resolve, 50);
		});
		value = read();
	}

	return {found: true, value};
}
