import {execFileSync} from 'node:child_process';
import fs, {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {bridgeText, harbourText} from '../corpus/invented.js';
import {openPane} from '../helpers/tmux.js';

// The corpus reader in a real terminal (tmux): two invented articles naming one speaker two ways.
const root = fileURLToPath(new URL('../..', import.meta.url));

test.before(() => {
	if (!existsSync(`${root}dist/cli.js`)) execFileSync(process.execPath, ['scripts/build.js'], {cwd: root});
});

const settle = async () =>
	new Promise((resolve) => {
		setTimeout(resolve, 150);
	});

function twoArticles(t: ExecutionContext): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-corpus-'));
	t.teardown(() => {
		fs.rmSync(dir, {recursive: true, force: true});
	});
	fs.writeFileSync(path.join(dir, 'harbour.txt'), harbourText);
	fs.writeFileSync(path.join(dir, 'bridge.txt'), bridgeText);
	return dir;
}

test('two articles: filter by the shared speaker, open the second story at her statement, come back, quit', async (t) => {
	const dir = twoArticles(t);
	const pane = openPane(t, `node dist/cli.js '${dir}/harbour.txt' '${dir}/bridge.txt'`, {columns: 120, rows: 40});
	await pane.waitFor(/whosaid · 2 articles · 6 statements, 3 speakers/);
	// Ink listens for keys once the effects after its first frame have run
	await settle();
	t.true(pane.state().alternate);
	pane.keys('Tab', '1');
	let screen = await pane.waitFor(/Statements of Ilse Varga/);
	t.regex(screen, /1 Ilse Varga 3 in 2/);
	t.regex(screen, /Bridge repairs d… │ "The steel arrived late,"/);
	t.regex(screen, /Ilse Varga · statement 1\/3/);
	pane.keys('Tab', 'G', 'Enter');
	screen = await pane.waitFor(/^Bridge repairs delayed again · 2026-05-05/m);
	t.regex(screen, /› ¶3 Varga/);
	pane.keys('q');
	screen = await pane.waitFor(/whosaid · 2 articles/);
	t.regex(screen, /› Ilse Varga · Bridge repairs delayed again/);
	pane.keys('q');
	screen = await pane.waitFor(/exit=0/);
	t.false(pane.state().alternate);
	t.regex(pane.stty(), /\bicanon\b/);
});

test('a failed input stays in the Articles pane with its error, and the run exits 1 after a count', async (t) => {
	const dir = twoArticles(t);
	const pane = openPane(t, `node dist/cli.js '${dir}' nowhere/missing.txt`, {columns: 80, rows: 24});
	await pane.waitFor(/whosaid · 3 articles \(1 failed\)/);
	await settle();
	// The missing input is listed last; G goes to it
	pane.keys('G');
	const screen = await pane.waitFor(/║› ✗/);
	t.regex(screen, /║› ✗ nowhere\/missing\.txt: no s…║/);
	t.regex(screen, /^nowhere\/missing\.txt: no such file · All speakers/m);
	pane.keys('q');
	const end = await pane.waitFor(/exit=1/);
	t.regex(end, /whosaid: 1 of 3 inputs failed/);
});
