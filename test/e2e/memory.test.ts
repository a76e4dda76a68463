import {execFileSync} from 'node:child_process';
import fs, {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {harbourText} from '../corpus/invented.js';
import {openPane} from '../helpers/tmux.js';

// The readers analyse in the main thread within the same memory budget as the batch (memory-budget.ts):
// a text too dense says so in one line, exit 65, and never takes the terminal.
const root = fileURLToPath(new URL('../..', import.meta.url));

test.before(() => {
	if (!existsSync(`${root}dist/cli.js`)) execFileSync(process.execPath, ['scripts/build.js'], {cwd: root});
});

/** 1 MB of `X100000 said. ` and on: one speaker per 14 bytes, far more than 25× its size in memory. */
function denseFolder(t: ExecutionContext): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-dense-'));
	t.teardown(() => {
		fs.rmSync(dir, {recursive: true, force: true});
	});
	let text = '';
	for (let n = 100_000; text.length < 1_000_000; n++) text += `X${n} said. `;
	fs.writeFileSync(path.join(dir, 'dense.txt'), text);
	fs.writeFileSync(path.join(dir, 'harbour.txt'), harbourText);
	return dir;
}

test('the one-article reader on a terminal refuses dense text in one line, exit 65, without taking the screen', async (t) => {
	t.timeout(180_000);
	const dir = denseFolder(t);
	const pane = openPane(t, `node dist/cli.js '${dir}/dense.txt'`, {columns: 120, rows: 24});
	const screen = await pane.waitFor(/exit=\d+/);
	// One line, wrapped by the terminal at 120 columns
	t.regex(screen.replaceAll('\n', ''), /whosaid: \S*dense\.txt: needs more memory than whosaid allows for an article of this size \(124 MB: 25× its size plus 100 MB\); too many statements or speakers to analyse *exit=65/);
	t.regex(screen, /exit=65/);
	t.notRegex(screen, /FATAL|at .*\(node:|heap/);
	t.false(pane.raw().toString('latin1').includes('\u001B[?1049h'), 'never on the alternate screen');
});

test('the corpus reader lists a dense input as failed, with the one-line reason, and opens the others', async (t) => {
	t.timeout(180_000);
	const dir = denseFolder(t);
	const pane = openPane(t, `node dist/cli.js '${dir}/harbour.txt' '${dir}/dense.txt'`, {columns: 120, rows: 24});
	await pane.waitFor(/whosaid · 2 articles \(1 failed\) · 3 statements/);
	pane.keys('j');
	const screen = await pane.waitFor(/║› ✗ /);
	t.regex(screen, /dense\.txt: needs more memory than whosaid allows/);
	pane.keys('q');
	await pane.waitFor(/exit=1/);
});
