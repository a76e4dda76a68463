import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import fc from 'fast-check';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {analyse} from '../../source/analyse.js';
import {decode} from '../../source/article/read.js';
import {App} from '../../source/ui/app.js';
import {article, unsafe} from '../helpers/hostile.js';
import {openPane} from '../helpers/tmux.js';
import {open} from '../ui/harness.js';

/*
 * What hostile text can do to a terminal, checked where it matters: in the reader's frames and
 * in the raw byte stream the real binary writes to a pseudo-terminal.
 */

/** The reader's own output: SGR styling, cursor moves, erase, and the modes it sets (cursor, alternate screen, synchronised output, mouse reports). */
const inkSequence = /\u001B\[[\d;]*[mABCDEFGHJKST]|\u001B\[\?(?:25|1049|2026|1000|1006)[hl]/g;

const pause = async (ms: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, ms);
	});

test('reader frames of hostile articles hold no control character and no escape but Ink styling', async (t) => {
	const samples = fc.sample(article, {numRuns: 25, seed: 11});
	for (const sample of samples) {
		const model = analyse(decode(sample, 'fuzz.txt').text);
		const reader = render(createElement(App, {model, size: {columns: 100, rows: 30}}));
		await pause(20);
		// Through every pane and into the search, so the article and statements are all drawn
		for (const key of ['\t', 'j', 'G', '\t', 'j', '/', 'P', 'r', '\r', 'n']) {
			reader.stdin.write(key);
			await pause(15);
		}

		for (const frame of reader.frames) {
			const rest = frame.replaceAll(inkSequence, '');
			t.false(rest.includes('\u001B'), `an escape sequence Ink did not write: ${JSON.stringify(rest)}`);
			t.false(unsafe.test(rest), `a control character in a frame: ${JSON.stringify(rest)}`);
		}

		reader.unmount();
	}
});

test('a pasted BEL or bidi override is not echoed in the search field', async (t) => {
	const reader = await open({model: analyse('Title\n\n"Hi," Smith said.')});
	// A paste arrives as one write
	await reader.press('/', 'a\u0007b\u202Ec');
	t.regex(reader.status(), /^\/abc/);
	t.false(unsafe.test(reader.status().replaceAll(inkSequence, '')));
	reader.unmount();
});

const hostileArticle = [
	'\u001B]0;pwned title\u0007Council approves budget\u001B]2;second title\u001B\\',
	'RIVERTON, March 3 -- The council met on Monday.\u001B]52;c;ZWNobyBoYWNrZWQ=\u0007 Copy this.',
	'"The budget is fair,\u202E" Mayor Ana Ruiz said\u0007. Read \u001B]8;;https://evil.example/\u001B\\the report\u001B]8;;\u001B\\ online.',
	'\u001B[2J\u001B[H\u001BPq#0;2;0;0;0\u001B\\\u009B31mThe vote\u009D0;c1 title\u0007 passed \u001B[?1049l\u001B[6n\u001B[?1000h7 to 2.',
	'"It will help every family," Ruiz added\u0008\u0008\u0008\u007F.',
].join('\n\n');

test('under a pseudo-terminal, nothing hostile in the article reaches the terminal', async (t) => {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-safety-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, 'hostile.txt');
	fs.writeFileSync(file, hostileArticle);
	const pane = openPane(t, `node dist/cli.js '${file}'`, {columns: 120, rows: 40});
	let screen = await pane.waitFor(/statement 1\/\d/);
	t.regex(screen, /Read the report online\./, 'the link text stays, without its target');
	t.regex(screen, /The budget is fair,/);
	// Every statement selected in turn, then the article pane scrolled to its end
	for (const key of ['j', 'j', 'j', 'Tab', 'G']) {
		pane.keys(key);
		await pause(60);
	}

	screen = await pane.waitFor(/7 to 2\./);
	t.notRegex(screen, /pwned|evil\.example|ZWNob|c1 title/);
	pane.keys('q');
	await pane.waitFor(/exit=0/);
	const raw = pane.raw().toString('latin1');
	t.true(raw.length > 1000, 'the raw stream was recorded');
	// OSC (title, clipboard, hyperlink), DCS, BEL, C1 controls, the bidi override
	t.false(raw.includes('\u001B]'), 'no OSC sequence');
	t.false(raw.includes('\u001BP'), 'no DCS sequence');
	t.false(raw.includes('\u0007'), 'no BEL');
	t.false(raw.includes('\u00C2\u009B') || raw.includes('\u00C2\u009D'), 'no 8-bit CSI or OSC');
	t.false(raw.includes('\u00E2\u0080\u00AE'), 'no U+202E');
	t.false(raw.includes('ZWNob') || raw.includes('evil.example') || raw.includes('pwned'), 'no payload');
	// What remains is Ink's own drawing: its sequences, CR, LF and text
	// eslint-disable-next-line no-control-regex
	t.deepEqual(raw.replaceAll(inkSequence, '').match(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g) ?? [], []);
	t.not(pane.state().title, 'pwned title');
	t.false(pane.state().alternate);
});
