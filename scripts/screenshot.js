// node scripts/screenshot.js [columns] [rows] [keys…]: a text capture of the real reader (dist/cli.js)
// in a tmux pseudo-terminal, written to stdout, for the readme. Build first (npm run build).
import {execFileSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [columns = '120', rows = '30', ...keys] = process.argv.slice(2);
const socket = `whosaid-screenshot-${randomBytes(6).toString('hex')}`;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], {cwd: root, encoding: 'utf8'});
const sleep = (ms) => new Promise((resolve) => {
	setTimeout(resolve, ms);
});

/** Waits for the screen to hold the status bar and stop changing. */
async function settled() {
	let last = '';
	for (let i = 0; i < 100; i++) {
		await sleep(100);
		const screen = tmux('capture-pane', '-p', '-t', 'shot');
		if (screen === last && screen.includes('? help')) return screen;
		last = screen;
	}

	throw new Error(`the reader did not settle:\n${last}`);
}

try {
	// Ink prints only a last frame when it thinks it runs in CI: this is a live terminal
	tmux('new-session', '-d', '-s', 'shot', '-x', columns, '-y', rows, 'env', '-u', 'CI', '-u', 'CONTINUOUS_INTEGRATION', 'TERM=xterm-256color', process.execPath, 'dist/cli.js');
	await settled();
	for (const key of keys) {
		tmux('send-keys', '-t', 'shot', key);
		await settled();
	}

	process.stdout.write((await settled()).replace(/\n+$/, '\n'));
} finally {
	try {
		tmux('kill-server');
	} catch {}
}
