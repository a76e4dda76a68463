import test from 'ava';
import {findAll} from '../../source/ui/search.js';
import {keys, narrow, open} from './harness.js';
import {invented} from './invented.js';
import {longModel} from './long-model.js';

// Every key of the key table, in ink-testing-library. Serial: several Ink instances driven at once drop keys.

const pause = async (ms: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, ms);
	});

/** The Article pane's first text row at 100×30 (header, border, title, then text): its column, right of the Statements pane. */
const articleTop = (frame: string) => frame.split('\n')[3]!.split(/[│║]/).at(-2) ?? '';

test.serial('digits typed together make one speaker number: 1 2 is speaker 12; after a pause a digit starts anew', async (t) => {
	const reader = await open({model: invented});
	await reader.press('1', '2');
	t.regex(reader.status(), /^Ravi Kumar · statement 1\/1 · speaker 12/);
	await pause(700);
	await reader.press('3');
	t.regex(reader.status(), /^Lena Ångström · statement 1\/1/);
	// 14 is past the last speaker (13): the 4 starts a new number
	await pause(700);
	await reader.press('1', '4');
	t.regex(reader.status(), /^Omar Haddad · statement 1\/1/);
	await pause(700);
	await reader.press('0');
	t.regex(reader.status(), /^All speakers · statement \d+\/13/);
	reader.unmount();
});

test.serial('s opens the speaker finder: typing narrows (accents folded), ↓ picks, Enter filters; Esc and Backspace on empty leave', async (t) => {
	const reader = await open({model: invented});
	await reader.press('s');
	t.regex(reader.frame(), /Find a speaker: ▏ 13\/13/);
	await reader.type('angs');
	t.regex(reader.frame(), /Find a speaker: angs▏ 1\/13/);
	t.regex(reader.frame(), /› 3 Lena Ångström \(1\)/);
	await reader.press(keys.enter);
	t.false(reader.frame().includes('Find a speaker'));
	t.regex(reader.status(), /^Lena Ångström · statement 1\/1/);
	await reader.press('s');
	await reader.type('rq');
	t.regex(reader.frame(), /Find a speaker: rq▏/, 'q after a letter is typed');
	t.deepEqual(reader.exits, [], 'not a quit');
	await reader.press(keys.escape);
	t.false(reader.frame().includes('Find a speaker'));
	await reader.press('s', 'q');
	t.false(reader.frame().includes('Find a speaker'), 'q on an empty query closes the finder');
	t.deepEqual(reader.exits, []);
	await reader.press('s', keys.backspace);
	t.false(reader.frame().includes('Find a speaker'), 'Backspace on an empty query leaves');
	await reader.press('s');
	await reader.type('er');
	const first = /› (\d+) /.exec(reader.frame())![1];
	await reader.press(keys.down);
	const second = /› (\d+) /.exec(reader.frame())![1];
	t.not(second, first);
	await reader.press(keys.enter);
	t.regex(reader.status(), new RegExp(`^${invented.speakers[Number(second) - 1]!.name} · `));
	reader.unmount();
});

test.serial('S sorts the speakers by appearance, statements, then name; numbers stay with their speaker', async (t) => {
	const reader = await open({model: invented});
	t.regex(reader.frame(), /│› 0 All \(13\)\s+│/);
	t.regex(reader.frame(), /│ {2}1 Maria Ortega \(1\)/);
	await reader.press('S', 'S');
	t.regex(reader.frame(), /Speakers by name/);
	const rows = reader.frame().split('\n').slice(4, 7).map((line) => line.split('│')[1]!.trim());
	t.deepEqual(rows, ['7 Aiko Tanaka (1)', '11 Chloe Martin (1)', '13 Elif Demir (1)']);
	await reader.press('S');
	t.false(reader.frame().includes('Speakers by'));
	reader.unmount();
});

test.serial("] and [ step through the selected statement's speaker, wrapping; a lone statement says so", async (t) => {
	const reader = await open({size: narrow});
	const seen = [reader.selected()];
	for (let i = 0; i < 4; i++) {
		await reader.press(']');
		seen.push(reader.selected());
	}

	t.deepEqual(seen, [4, 5, 8, 9, 4]);
	await reader.press('[');
	t.is(reader.selected(), 9);
	await reader.press('G');
	t.is(reader.selected(), 10);
	await reader.press(']');
	t.regex(reader.status(), /no other statement by this speaker/);
	reader.unmount();
});

test.serial('] in the Speakers pane goes to the statement of the speaker under the cursor', async (t) => {
	const reader = await open();
	await reader.press('h', 'j', 'j', ']');
	t.is(reader.selected(), 10);
	t.regex(reader.status(), /^All speakers · statement 5\/5/);
	reader.unmount();
});

test.serial('} and { move the Article pane a paragraph at a time', async (t) => {
	const reader = await open();
	await reader.press('l', 'l');
	t.regex(articleTop(reader.frame()), /^¶0 /);
	await reader.press('}', '}');
	t.regex(articleTop(reader.frame()), /^¶2 /);
	await reader.press('{');
	t.regex(articleTop(reader.frame()), /^¶1 /);
	reader.unmount();
});

test.serial('g G, Home End, Space b, PgDn PgUp, Ctrl-D Ctrl-U move through a long list', async (t) => {
	const reader = await open({model: longModel(500)});
	const at = () => Number(/statement (\d+)\//.exec(reader.status())![1]);
	await reader.press('G');
	t.is(at(), 500);
	await reader.press('g');
	t.is(at(), 1);
	await reader.press(keys.end);
	t.is(at(), 500);
	await reader.press(keys.home);
	t.is(at(), 1);
	await reader.press(' ');
	const page = at();
	t.true(page > 5);
	await reader.press('b');
	t.is(at(), 1);
	await reader.press(keys.pageDown);
	t.is(at(), page);
	await reader.press(keys.pageUp);
	t.is(at(), 1);
	await reader.press(keys.ctrlD);
	const half = at();
	t.true(half > 1 && half < page);
	await reader.press(keys.ctrlU);
	t.is(at(), 1);
	reader.unmount();
});

test.serial('y copies the statement with its speaker, role, headline and date; the status says so', async (t) => {
	const reader = await open();
	await reader.press('y');
	t.is(reader.requests.length, 1);
	const request = reader.requests[0]!;
	t.is(request.kind, 'copy');
	t.regex(request.kind === 'copy' ? request.text : '', /^“Chen stressed that the core ideas .* unity and cooperation\.” — Chen Wenqing, member of the Political Bureau .* \(Senior CPC official attends meetings in Russia, 2023-05-26\)$/);
	t.regex(reader.status(), /^copied the statement \(OSC 52\) · All speakers · statement 1\/5/);
	reader.unmount();
});

test.serial('o and e ask for the pager and the editor at the paragraph; Ctrl-L a redraw, Ctrl-Z a suspension', async (t) => {
	const reader = await open();
	await reader.press('j', 'o', 'e', keys.ctrlL, keys.ctrlZ);
	t.deepEqual(
		reader.requests.map((request) => [request.kind, 'paragraph' in request ? request.paragraph : undefined]),
		[
			['pager', 5],
			['editor', 5],
			['redraw', undefined],
			['suspend', undefined],
		],
	);
	t.deepEqual(reader.exits, []);
	reader.unmount();
});

test.serial('the help scrolls with j, G and g, and q or Esc closes it without quitting', async (t) => {
	const reader = await open({size: {columns: 100, rows: 16}});
	await reader.press('?');
	const firstRow = () => reader.frame().split('\n')[3]!;
	const top = firstRow();
	t.regex(reader.frame(), /↓ \d+ more/);
	await reader.press('j');
	t.not(firstRow(), top);
	await reader.press('G');
	t.regex(reader.frame(), /Ctrl-L +redraw the screen/);
	t.notRegex(reader.frame(), /↓ \d+ more/);
	await reader.press('g');
	t.is(firstRow(), top);
	await reader.press('q');
	t.false(reader.frame().includes('Keys (q'));
	await reader.press('?', keys.escape);
	t.false(reader.frame().includes('Keys (q'));
	t.deepEqual(reader.exits, []);
	reader.unmount();
});

test.serial('search finds speaker names with accents folded, says "no match", and Backspace on an empty query leaves it', async (t) => {
	const reader = await open({model: invented});
	await reader.press('/');
	await reader.type('angstrom');
	t.regex(reader.status(), /\/angstrom▏ 1\/1/);
	t.regex(reader.frame(), /› ¶\d+ Lena Ångström/);
	await reader.type('x');
	t.regex(reader.status(), /\/angstromx▏ no match/);
	for (let i = 0; i < 9; i++) await reader.press(keys.backspace);
	t.regex(reader.status(), /\/▏/);
	await reader.press(keys.backspace);
	t.notRegex(reader.status(), /▏/, 'left the search');
	await reader.press('/');
	await reader.type('tramway');
	await reader.press(keys.enter, 'n');
	t.regex(reader.status(), /no match for tramway/);
	reader.unmount();
});

test.serial('matches are found where readers expect them: smart case, accents folded both ways, ranges in the original text', (t) => {
	t.deepEqual(findAll('Lena Ångström said', 'angstrom'), [{start: 5, end: 13}]);
	t.deepEqual(findAll('Lena Ångström said', 'Angstrom'), [{start: 5, end: 13}]);
	t.deepEqual(findAll('Lena Ångström said', 'ÅNGSTRÖM'), []);
	t.deepEqual(findAll('cafe\u0301 and café', 'cafe'), [
		{start: 0, end: 5},
		{start: 10, end: 14},
	]);
	t.deepEqual(findAll('Die Straße', 'strasse'), [{start: 4, end: 10}]);
});

test.serial('the mouse: the wheel moves the list under the pointer, a click on a speaker filters, a wheel over the Article scrolls it', async (t) => {
	const reader = await open();
	// Statements pane: columns 27-58 at 100×30; rows from 4
	await reader.press(keys.mouse(65, 40, 12));
	t.regex(reader.status(), /statement 2\/5/);
	await reader.press(keys.mouse(64, 40, 12));
	t.regex(reader.status(), /statement 1\/5/);
	// Speakers: header (row 1), border, title, All (row 4), Chen, Patrushev (row 6)
	await reader.press(keys.mouse(0, 5, 6));
	t.regex(reader.status(), /^Nikolai Patrushev · statement 1\/1/);
	t.regex(reader.frame(), /║› Speakers/, 'the click focused the pane');
	await reader.press(keys.mouse(65, 80, 12), keys.mouse(65, 80, 12));
	t.regex(reader.frame(), /Article {2}↑/);
	// A click on a statement in the Article selects it (leaving a filter that hides it)
	await reader.press('l', 'l', 'g', '}', '}', '}', '}', '}');
	const row = reader.frame().split('\n').findIndex((line) => /¶5 +\[Chen Wenqing\]/.test(line));
	t.true(row > 0);
	await reader.press(keys.mouse(0, 80, row + 1));
	t.regex(reader.status(), /^All speakers · statement 2\/5/);
	t.is(reader.selected(), 5);
	reader.unmount();
});

test.serial('the speaker bar at 80 columns: every speaker reachable, a click on one filters', async (t) => {
	const reader = await open({model: invented, size: {columns: 80, rows: 24}});
	const bar = reader.frame().split('\n')[1]!;
	t.regex(bar, /^Speakers: 0 All \(13\) · 1 Maria Ortega \(1\) · .* \+\d+ · s finds$/);
	const column = bar.indexOf('1 Maria Ortega') + 2;
	await reader.press(keys.mouse(0, column, 2));
	t.regex(reader.status(), /^Maria Ortega · statement 1\/1/);
	await reader.press('1', '2');
	t.regex(reader.frame().split('\n')[1]!, /12 Ravi Kumar \(1\)/, 'the bar shows the active speaker, wherever it is');
	reader.unmount();
});
