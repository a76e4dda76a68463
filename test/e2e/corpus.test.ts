import {execFileSync} from 'node:child_process';
import fs, {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {bridgeText, harbourText, marketText} from '../corpus/invented.js';
import {openPane, quitToShell} from '../helpers/tmux.js';

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

test('a failed input stays in the Articles pane with its error, and the run exits 1 after a count; --no-mouse leaves the mouse to the terminal', async (t) => {
	const dir = twoArticles(t);
	const pane = openPane(t, `node dist/cli.js --no-mouse '${dir}' nowhere/missing.txt`, {columns: 80, rows: 24});
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
	t.false(pane.raw().toString('latin1').includes('\u001B[?1000h'), 'no mouse reporting asked for');
});

const marketFile = (dir: string) => {
	fs.writeFileSync(path.join(dir, 'market.txt'), marketText);
	return `'${dir}/harbour.txt' '${dir}/bridge.txt' '${dir}/market.txt'`;
};

test('the corpus at 120×40 by mouse and keys: wheel, click on a speaker, the finder, S, ], y with OSC 52 on the pty', async (t) => {
	const dir = twoArticles(t);
	const pane = openPane(t, `node dist/cli.js ${marketFile(dir)}`, {columns: 120, rows: 40});
	await pane.waitFor(/whosaid · 3 articles · 8 statements, 4 speakers/);
	await settle();
	t.regex(pane.raw().toString('latin1'), /\u001B\[\?1000h\u001B\[\?1006h/, 'mouse reporting is on');
	// The wheel over Statements (columns 68–120) moves its selection; the focus stays on Articles
	pane.type('\u001B[<65;100;12M');
	await pane.waitFor(/^All speakers · statement 2\/8/m);
	// A click on the first speaker row (Speakers: columns 39–67; row 4 is All) filters to her
	pane.type('\u001B[<0;45;5M\u001B[<0;45;5m');
	await pane.waitFor(/^Ilse Varga · statement 2\/4/m);
	// The finder over the merged speakers: part of a name, Enter filters
	pane.keys('s');
	await pane.waitFor(/Find a speaker: ▏ 4\/4/);
	pane.type('reed');
	pane.keys('Enter');
	await pane.waitFor(/^Tomas Reed · statement 1\/2/m);
	pane.keys('S');
	let screen = await pane.waitFor(/speakers by name/);
	t.true(screen.indexOf('3 Anna Holm') < screen.indexOf('1 Ilse Varga'), 'sorted by name');
	pane.keys(']');
	await pane.waitFor(/^Tomas Reed · statement 2\/2/m);
	pane.keys('y');
	await pane.waitFor(/copied the statement/);
	const osc = await pane.waitForRaw(/\u001B\]52;c;([A-Za-z\d+/=]+)\u0007/);
	t.truthy(osc, 'an OSC 52 sequence reached the terminal');
	t.regex(Buffer.from(osc![1]!, 'base64').toString('utf8'), /^“.*the bridge would reopen in the summer\.?” — (?:Tomas )?Reed.* \(Bridge repairs delayed again, 2026-05-05\)$/);
	pane.keys('q');
	screen = await pane.waitFor(/exit=0/);
	t.false(pane.state().alternate);
	t.regex(pane.raw().toString('latin1'), /\u001B\[\?1006l\u001B\[\?1000l/, 'mouse reporting off on the way out');
});

test('the corpus at 80×24: o shows the article in $PAGER and comes back; Ctrl-Z and fg; a resize keeps the highlighted article on screen', async (t) => {
	const dir = twoArticles(t);
	// Five more copies of the market story: eight articles, more than the Articles pane holds at 10 rows
	const copies = [1, 2, 3, 4, 5].map((n) => {
		fs.writeFileSync(path.join(dir, `market-${n}.txt`), marketText);
		return `'${dir}/market-${n}.txt'`;
	});
	const pane = openPane(t, `env PAGER=cat node dist/cli.js ${marketFile(dir)} ${copies.join(' ')}`, {columns: 80, rows: 24, shell: true});
	await pane.waitFor(/whosaid · 8 articles/);
	await settle();
	pane.keys('j', 'j');
	await pane.waitFor(/║› 2026-05-07 +2 Market/);
	pane.keys('o');
	await new Promise((resolve) => {
		setTimeout(resolve, 800);
	});
	const raw = pane.raw().toString('utf8');
	const left = raw.lastIndexOf('\u001B[?1049l');
	const page = raw.indexOf('The town will replace the lamps in the market square.', left);
	t.true(left > 0 && page > left, 'the highlighted article went to the pager off the alternate screen');
	t.true(raw.indexOf('\u001B[?1049h', page) > page, 'and the reader took the screen back');
	pane.keys('k');
	await pane.waitFor(/║› 2026-05-05 +3 Bridge/);
	pane.keys('C-z');
	await pane.waitFor(/Stopped/);
	t.false(pane.state().alternate, 'main screen while stopped');
	pane.keys('fg', 'Enter');
	await pane.waitFor(/║› 2026-05-05 +3 Bridge/);
	t.true(pane.state().alternate);
	pane.keys('G');
	await pane.waitFor(/║› 2026-05-07 +2 Market[^\n]*\n║ +║/);
	pane.resize(80, 10);
	// The Articles pane holds all eight at 24 rows, five at 10: the highlighted last one stays in view
	const screen = await pane.waitFor(/Articles 8 +↑/);
	t.regex(screen, /║› 2026-05-07 +2 Market[^\n]*\n╚/);
	await quitToShell(pane);
	t.false(pane.state().alternate);
});
