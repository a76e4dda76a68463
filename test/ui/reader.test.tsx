import test from 'ava';
import {type Reader, keys, narrow, open} from './harness.js';
import {longModel} from './long-model.js';
import {analyse} from '../../source/analyse.js';

// Serial: several Ink instances driven at once in one process drop key presses (seen with ink 6.8)

/** Statement rows in a one-pane frame of the Statements pane: "¶4 Chen Wenqing…" lines. */
function statementRows(reader: Reader): string[] {
	return reader
		.frame()
		.split('\n')
		.filter((line) => /[›\s]¶\d+ /.test(line));
}

async function visit(reader: Reader, key: string, times: number): Promise<number[]> {
	const seen = [reader.selected()];
	for (let i = 0; i < times; i++) {
		await reader.press(key);
		seen.push(reader.selected());
	}

	return seen;
}

test.serial('filtering to Patrushev (2) shows exactly his one statement', async (t) => {
	const reader = await open({size: narrow});
	t.is(statementRows(reader).length, 5);
	await reader.press('2');
	const rows = statementRows(reader);
	t.is(rows.length, 1);
	t.regex(rows[0]!, /¶10 Nikolai Patrushev/);
	t.regex(reader.frame(), /It is Russia's unswerving policy/);
	t.regex(reader.status(), /Nikolai Patrushev · statement 1\/1/);
	reader.unmount();
});

test.serial('filtering to Chen (1) and stepping j then k visits exactly his four statements, in order', async (t) => {
	const reader = await open({size: narrow});
	await reader.press('1');
	t.deepEqual(await visit(reader, 'j', 4), [4, 5, 8, 9, 9]);
	t.regex(reader.status(), /Chen Wenqing · statement 4\/4/);
	t.deepEqual(await visit(reader, 'k', 4), [9, 8, 5, 4, 4]);
	t.false(reader.frame().includes('Patrushev'));
	reader.unmount();
});

test.serial('the arrow keys step like j and k, and the opened statement says how its speaker was found', async (t) => {
	const reader = await open({size: narrow});
	await reader.press(keys.down);
	t.is(reader.selected(), 5);
	t.regex(reader.frame(), /cue: said · indirect/);
	t.regex(reader.frame(), /speaker: "he" → Chen Wenqing, the previous speaker/);
	await reader.press(keys.up);
	t.is(reader.selected(), 4);
	reader.unmount();
});

test.serial('Enter on a statement brings its paragraph into view in the Article pane', async (t) => {
	const reader = await open({size: narrow});
	await reader.press('G', 'l', 'g');
	t.regex(reader.status(), /^\[Article]/);
	t.false(reader.frame().includes('¶10'), 'the article is scrolled to its top, away from ¶10');
	await reader.press('h', keys.enter);
	t.regex(reader.status(), /^\[Article]/);
	t.regex(reader.frame(), /¶10 +\[Nikolai Patrushev] It is Russia's/);
	reader.unmount();
});

test.serial('Enter on a speaker filters to it; Tab and Shift-Tab move between panes', async (t) => {
	const reader = await open({size: narrow});
	await reader.press(keys.shiftTab);
	t.regex(reader.status(), /^\[Speakers]/);
	await reader.press('j', 'j', keys.enter);
	t.regex(reader.status(), /^\[Statements] .*Nikolai Patrushev · statement 1\/1/);
	await reader.press(keys.tab);
	t.regex(reader.status(), /^\[Article]/);
	await reader.press(keys.tab, 'l');
	t.regex(reader.status(), /^\[Article]/, 'stops at the last pane');
	await reader.press(keys.shiftTab, 'h', 'h');
	t.regex(reader.status(), /^\[Speakers]/, 'stops at the first pane');
	reader.unmount();
});

test.serial('/Russia shows a match counter, n and N move through the matches and wrap', async (t) => {
	const reader = await open({size: narrow});
	await reader.press('/');
	await reader.type('Russia');
	t.regex(reader.status(), /\/Russia▏ 1\/3/);
	await reader.press(keys.enter);
	t.regex(reader.status(), /\/Russia 1\/3/);
	t.is(reader.selected(), 8);
	await reader.press('n');
	t.regex(reader.status(), /\/Russia 2\/3/);
	t.is(reader.selected(), 9);
	await reader.press('n', 'n');
	t.regex(reader.status(), /\/Russia 1\/3/, 'wraps past the last match');
	await reader.press('N');
	t.regex(reader.status(), /\/Russia 3\/3/);
	t.is(reader.selected(), 10);
	reader.unmount();
});

test.serial('search is smart-case: lower case matches any case, a capital makes it exact', async (t) => {
	const reader = await open({size: narrow});
	await reader.press('/');
	await reader.type('russia');
	t.regex(reader.status(), /1\/3/);
	await reader.press(keys.escape, '/');
	await reader.type('RUSSIA');
	t.regex(reader.status(), /\/RUSSIA▏ no match/);
	reader.unmount();
});

test.serial('Esc clears the search, then the filter', async (t) => {
	const reader = await open({size: narrow});
	await reader.press('1', '/');
	await reader.type('China');
	await reader.press(keys.enter);
	t.regex(reader.status(), /Chen Wenqing · statement 2\/4 · \/China 1\/2/);
	await reader.press(keys.escape);
	t.false(reader.status().includes('/China'));
	t.regex(reader.status(), /Chen Wenqing · statement/);
	await reader.press(keys.escape);
	t.regex(reader.status(), /All speakers · statement \d\/5/);
	reader.unmount();
});

test.serial('? opens the help and ? or Esc closes it', async (t) => {
	const reader = await open();
	await reader.press('?');
	t.regex(reader.frame(), /Keys \(q, Esc or \? closes\)/);
	t.regex(reader.frame(), /q +quit \(panes, corpus\)/);
	await reader.press('?');
	t.false(reader.frame().includes('Keys (q'));
	await reader.press('?', keys.escape);
	t.false(reader.frame().includes('Keys (q'));
	await reader.press('?', 'q');
	t.false(reader.frame().includes('Keys (q'), 'q closes the help');
	t.deepEqual(reader.exits, [], 'and does not quit');
	t.regex(reader.frame(), /Statements/);
	reader.unmount();
});

test.serial('q ends the reader with exit code 0', async (t) => {
	const reader = await open();
	t.deepEqual(reader.exits, []);
	await reader.press('q');
	t.deepEqual(reader.exits, [0]);
	reader.unmount();
});

test.serial('Ctrl-C quits with 130, even while typing a search', async (t) => {
	const reader = await open();
	await reader.press('/', 'q');
	t.deepEqual(reader.exits, [], 'q is part of the query');
	await reader.press(keys.ctrlC);
	t.deepEqual(reader.exits, [130], 'like the signal');
	reader.unmount();
});

test.serial('digits filter straight from the speakers list: 2 is Patrushev, 0 is everyone', async (t) => {
	const reader = await open({size: narrow});
	await reader.press(keys.shiftTab, '2');
	t.regex(reader.status(), /Nikolai Patrushev · statement 1\/1/);
	await reader.press('0');
	t.regex(reader.status(), /All speakers · statement 5\/5/);
	reader.unmount();
});

test.serial('--speaker opens the reader filtered', async (t) => {
	const reader = await open({size: narrow, speaker: 'nikolai-patrushev'});
	t.regex(reader.status(), /Nikolai Patrushev · statement 1\/1/);
	reader.unmount();
});

test.serial('three columns when wide, one pane named in the status bar when narrow', async (t) => {
	const reader = await open({size: {columns: 100, rows: 30}});
	for (const title of ['Speakers', 'Statements', 'Article']) t.true(reader.frame().split('\n')[2]!.includes(title));
	t.false(reader.status().startsWith('['));
	await reader.resize({columns: 60, rows: 20});
	// Header, speaker bar, top border, titles
	const titles = reader.frame().split('\n')[3]!;
	t.true(titles.includes('Statements'));
	t.false(titles.includes('Article'));
	t.regex(reader.status(), /^\[Statements]/);
	reader.unmount();
});

test.serial('resizing keeps the selection', async (t) => {
	const reader = await open();
	await reader.press('j', 'j');
	t.is(reader.selected(), 8);
	await reader.resize({columns: 60, rows: 20});
	t.is(reader.selected(), 8);
	await reader.resize({columns: 100, rows: 40});
	t.is(reader.selected(), 8);
	t.regex(reader.status(), /statement 3\/5/);
	reader.unmount();
});

test.serial('below the minimum size a message says the size needed, fitting down to 10×3, and q still quits', async (t) => {
	const reader = await open({size: {columns: 30, rows: 8}});
	t.is(reader.frame(), 'whosaid needs 40×10 (now 30×8)\n· q quits');
	await reader.resize({columns: 16, rows: 1});
	t.is(reader.frame(), '40×10 · q quits');
	for (const [size, message] of [
		[{columns: 20, rows: 5}, 'whosaid needs 40×10\n(now 20×5) · q quits'],
		[{columns: 15, rows: 3}, 'whosaid needs\n40×10 (now\n15×3) · q quits'],
		[{columns: 15, rows: 2}, 'needs 40×10 · q\nquits'],
		[{columns: 10, rows: 3}, 'needs\n40×10 · q\nquits'],
		[{columns: 10, rows: 2}, '40×10 · q\nquits'],
	] as const) {
		await reader.resize(size);
		t.is(reader.frame(), message, `${size.columns}×${size.rows}`);
	}

	await reader.resize({columns: 8, rows: 2});
	t.regex(reader.frame(), /q quits/);
	await reader.press('q');
	t.deepEqual(reader.exits, [0]);
	reader.unmount();
});

test.serial('frames use every row of the terminal, and never more', async (t) => {
	for (const size of [
		{columns: 100, rows: 30},
		{columns: 85, rows: 12},
		{columns: 60, rows: 20},
		{columns: 40, rows: 10},
	]) {
		const reader = await open({size});
		for (const sequence of [[], ['j'], ['?'], ['?', 'l', '2'], ['l', 'G']]) {
			await reader.press(...sequence);
			t.is(reader.frame().split('\n').length, size.rows, `${size.columns}×${size.rows} after ${sequence.join(' ')}`);
		}

		reader.unmount();
	}
});

test.serial('a document with 10,000 statements opens, jumps to its end and pages, drawing only a screenful', async (t) => {
	const reader = await open({model: longModel(10_000)});
	t.regex(reader.status(), /statement 1\/10000/);
	await reader.press('G');
	t.regex(reader.status(), /statement 10000\/10000/);
	t.regex(reader.frame(), /¶10000 +\[/);
	await reader.press('g', keys.pageDown);
	t.regex(reader.status(), /statement (\d+)\/10000/);
	t.true(Number(/statement (\d+)\//.exec(reader.status())![1]) > 5);
	t.true(reader.frame().split('\n').length <= 30);
	reader.unmount();
});

test.serial('an article with no attributed statements opens and says so', async (t) => {
	const reader = await open({model: analyse('Quiet day\n\nNothing happened in the town today.\n\nThe weather was fine.')});
	// The message wraps inside the (focused, double-ruled) Statements pane: read that column alone
	const pane = reader
		.frame()
		.split('\n')
		.map((line) => line.split('║')[1] ?? '')
		.join(' ')
		.replaceAll(/\s+/g, ' ');
	t.regex(pane, /No attributed statements: everything here is narration\./);
	t.regex(reader.frame(), /The weather was fine\./);
	t.regex(reader.status(), /no statements/);
	await reader.press('q');
	t.deepEqual(reader.exits, [0]);
});

test.serial('the first frame orients: header, speakers reachable at 80×24, the article at its top, the first statement selected; no second frame', async (t) => {
	const reader = await open({size: {columns: 80, rows: 24}});
	await new Promise((resolve) => {
		setTimeout(resolve, 100);
	});
	const frames = reader.frames();
	t.is(frames.length, 1);
	const lines = frames[0]!.split('\n');
	t.is(lines.length, 24);
	t.is(lines[0], 'Senior CPC official attends meetings in… · 2023-05-26 · 5 statements, 2 speakers');
	t.is(lines[1], 'Speakers: 0 All (5) · 1 Chen Wenqing (4) · 2 Nikolai Patrushev (1) · s finds');
	t.regex(lines[3]!, /Article {2}↓ 8 ¶ more/);
	t.regex(lines[4]!, /¶0 {2}Senior CPC official attends meetings/);
	t.regex(lines[4]!, /› ¶4 Chen Wenqing/);
	t.regex(reader.status(), /All speakers · statement 1\/5/);
	reader.unmount();
});
