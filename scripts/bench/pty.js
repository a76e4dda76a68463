// Runs a command in a real pseudo-terminal (util-linux `script`) and times what appears on its screen.
import {spawn} from 'node:child_process';
import process from 'node:process';

/** The terminal's size: 80×24, the default of xterm, tmux and `script`, unless the benchmark is told otherwise. */
export const size = {rows: 24, columns: 80};

const quote = (word) => `'${word.replaceAll("'", String.raw`'\''`)}'`;

/**
 * Spawns `argv` in a pty and resolves with the milliseconds from spawn until `marker` is on screen
 * (or, with no marker, until the process ends). With `keys`, then presses each key once the screen
 * is quiet and records key → first output of the next frame. With `quit`, then presses that key and
 * waits for the process to end on its own (so that it runs its exit handlers).
 */
export function inPty(argv, {marker, keys = [], quit, settleMs = 60, timeoutMs = 20_000} = {}) {
	const shell = `stty rows ${size.rows} cols ${size.columns}; exec ${argv.map((word) => quote(word)).join(' ')}`;
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('script', ['-qfec', shell, '/dev/null'], {
			stdio: ['pipe', 'pipe', 'ignore'],
			env: {...process.env, TERM: 'xterm-256color', COLUMNS: String(size.columns), LINES: String(size.rows)},
		});
		let screen = '';
		let firstFrame;
		let pressed;
		const keyMs = [];
		let timer;
		const finish = (error) => {
			clearTimeout(timer);
			clearTimeout(deadline);
			child.stdout.removeAllListeners('data');
			child.removeAllListeners('close');
			if (child.exitCode === null) child.kill('SIGKILL');
			if (error) reject(error);
			else resolve({firstFrameMs: firstFrame, keyMs, screen});
		};

		const deadline = setTimeout(() => finish(new Error(`no ${marker ? `"${marker}"` : 'exit'} within ${timeoutMs} ms: ${argv.join(' ')}\n${screen.slice(-500)}`)), timeoutMs);
		// Next key once the frame has stopped changing, so every press meets an idle reader
		let quitting = false;
		const pressWhenQuiet = () => {
			clearTimeout(timer);
			timer = setTimeout(() => {
				if (keyMs.length === keys.length && quit !== undefined) {
					quitting = true;
					return child.stdin.write(quit);
				}

				if (keyMs.length === keys.length) return finish();
				pressed = performance.now();
				child.stdin.write(keys[keyMs.length]);
			}, settleMs);
		};

		child.stdout.on('data', (chunk) => {
			const now = performance.now();
			if (quitting) return;
			if (pressed !== undefined) {
				keyMs.push(now - pressed);
				pressed = undefined;
			}

			if (firstFrame === undefined) {
				screen += chunk.toString('utf8');
				if (marker === undefined || !screen.includes(marker)) return;
				firstFrame = now - started;
				if (keys.length === 0 && quit === undefined) return finish();
			}

			pressWhenQuiet();
		});
		child.on('close', () => {
			if (quitting) return finish();
			if (firstFrame === undefined && marker === undefined) {
				firstFrame = performance.now() - started;
				return finish();
			}

			finish(firstFrame === undefined || keyMs.length < keys.length ? new Error(`ended early: ${argv.join(' ')}\n${screen.slice(-500)}`) : undefined);
		});
		child.on('error', finish);
	});
}
