import test from 'ava';
import {render} from 'ink-testing-library';
import {buildCorpus} from '../../source/corpus/corpus.js';
import type {Size} from '../../source/ui/layout.js';
import {CorpusApp} from '../../source/ui/corpus/corpus-app.js';
import type {Request} from '../../source/ui/state.js';
import {bridge, harbour, market} from '../corpus/invented.js';
import {keys} from './harness.js';

const corpus = buildCorpus([
	{file: 'harbour.txt', model: harbour},
	{file: 'bridge.txt', model: bridge},
	{file: 'broken.txt', error: 'not text (looks like binary data)'},
	{file: 'market.txt', model: market},
]);

const pause = async (ms: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, ms);
	});

/** Styles (inverse, bold) taken out: the text as read on screen. */
const plain = (frame: string) => frame.replaceAll(/\u001B\[\d+m/g, '');

async function open(size: Size = {columns: 120, rows: 30}, of = corpus) {
	const exits: number[] = [];
	/** What the reader asked of the terminal, with the title of the article it concerns. */
	const requests: Array<{request: Request; title: string | undefined}> = [];
	const view = (at: Size) => (
		<CorpusApp
			corpus={of}
			size={at}
			color={false}
			onExit={(code) => exits.push(code)}
			onRequest={(request, model) => {
				requests.push({request, title: model?.article.title});
				return undefined;
			}}
		/>
	);
	const app = render(view(size));
	const stdin = app.stdin as unknown as NodeJS.EventEmitter;
	const started = Date.now();
	while (stdin.listenerCount('readable') === 0 && Date.now() - started < 2000) await pause(5);
	await pause(20);
	return {
		exits,
		requests,
		resize(to: Size) {
			app.rerender(view(to));
		},
		async press(...sequence: string[]) {
			for (const key of sequence) {
				const before = app.frames.length;
				app.stdin.write(key);
				const pressed = Date.now();
				// One key at a time, like a person: each once the frame it causes is drawn (a key that changes nothing draws none)
				// eslint-disable-next-line no-await-in-loop
				while (app.frames.length === before && exits.length === 0 && Date.now() - pressed < 1000) await pause(5);
				// ink-select-input takes its next key once its effect has run after the frame
				// eslint-disable-next-line no-await-in-loop
				await pause(30);
			}
		},
		/** Waits (up to 2 s) for a frame that matches: a key whose effect takes more than one frame (back from an article). */
		async until(pattern: RegExp) {
			const started = Date.now();
			while (!pattern.test(plain(app.lastFrame() ?? '')) && Date.now() - started < 2000) await pause(10);
			return plain(app.lastFrame() ?? '');
		},
		frame: () => plain(app.lastFrame() ?? ''),
		status: () => plain(app.lastFrame() ?? '').split('\n').at(-1) ?? '',
		unmount: app.unmount,
	};
}

test('the Articles pane lists date, statement count and title, and marks the failed input with its error', async (t) => {
	const reader = await open();
	const frame = reader.frame();
	t.regex(frame, /whosaid · 4 articles \(1 failed\) · 8 statements, 4 speakers/);
	t.regex(frame, /› Articles 4 · 1 failed/);
	t.regex(frame, /║› 2026-05-03 {3}3 Harbour talks open…║/);
	t.regex(frame, /║ {2}2026-05-05 {3}3 Bridge repairs del…║/);
	t.regex(frame, /║ {2}✗ broken.txt: not text \(looks lik…║/);
	t.regex(frame, /1 Ilse Varga 4 in 3/);
	t.is(reader.status().trimEnd(), 'All speakers · statement 1/8 · ? help');
	reader.unmount();
});

test('filtering by the shared speaker shows her statements from every article, each with its title', async (t) => {
	const reader = await open();
	await reader.press(keys.tab, '1');
	const frame = reader.frame();
	t.regex(frame, /Statements of Ilse Varga/);
	t.regex(frame, /› Ilse Varga · Harbour talks open in Northport/);
	t.regex(frame, /Harbour talks op… │ Varga added that the fishing/);
	t.regex(frame, /Bridge repairs d… │ "The steel arrived late," Va/);
	t.regex(frame, /Market square to… │ "People asked for brighter s/);
	t.notRegex(frame, /Tomas Reed:|Anna Holm:/);
	t.regex(reader.status(), /^Ilse Varga · statement 1\/4/);
	reader.unmount();
});

test('Enter on a statement opens its article at it; q comes back to the corpus with the filter kept', async (t) => {
	const reader = await open();
	await reader.press(keys.tab, '1', keys.tab, 'j', 'j', keys.enter);
	const opened = reader.frame();
	t.regex(opened, /^Bridge repairs delayed again · 2026-05-05/);
	// The one-article reader names her as that article does
	t.regex(opened, /› ¶3 Varga +│/);
	t.regex(opened, /Statements[\s\S]*› Article/);
	await reader.press('q');
	t.deepEqual(reader.exits, []);
	t.regex(await reader.until(/Statements of Ilse Varga/), /Statements of Ilse Varga/);
	t.regex(reader.frame(), /› Ilse Varga · Bridge repairs delayed again/);
	// Back in the corpus, its lists take keys once their effects have run again after the frame
	await pause(100);
	await reader.press('q');
	t.deepEqual(reader.exits, [0]);
	reader.unmount();
});

test('the Articles pane keeps its own keys: j moves its highlight (not the statements), Enter opens the article, a failed one says why', async (t) => {
	const reader = await open();
	await reader.press('j');
	t.regex(reader.frame(), /║› 2026-05-05 {3}3 Bridge repairs del…║/);
	t.regex(reader.status(), /statement 1\/8/);
	await reader.press('j');
	await reader.press(keys.enter);
	t.regex(reader.status(), /cannot open broken.txt: not text/);
	await reader.press('k', keys.enter);
	t.regex(reader.frame(), /^Bridge repairs delayed again · 2026-05-05/);
	reader.unmount();
});

test('search across articles: smart case, a counter, n moves to the next match; Esc clears', async (t) => {
	const reader = await open();
	await reader.press('/', 'V', 'a', 'r', 'g', 'a');
	t.regex(reader.status(), /^\/Varga▏ 1\/4/);
	await reader.press(keys.enter, 'n');
	t.regex(reader.status(), /All speakers · statement 2\/8 · \/Varga 2\/4/);
	await reader.press('n', 'n', 'n');
	t.regex(reader.status(), /statement 1\/8 · \/Varga 1\/4/);
	await reader.press(keys.escape);
	t.regex(reader.status(), /^All speakers · statement 1\/8 · \? help/);
	reader.unmount();
});

test('at 80 columns two panes show, the focused one and the one it feeds; at 60 one, named in the status bar', async (t) => {
	const wide = await open({columns: 80, rows: 24});
	t.regex(wide.frame(), /Articles 4/);
	t.regex(wide.frame(), /Speakers/);
	t.notRegex(wide.frame(), /Statements/);
	await wide.press(keys.tab);
	t.notRegex(wide.frame(), /Articles 4/);
	t.regex(wide.frame(), /Statements/);
	t.true(wide.frame().split('\n').every((line) => line.length <= 80));
	wide.unmount();
	const narrow = await open({columns: 60, rows: 20});
	t.regex(narrow.status(), /^\[Articles\] All speakers/);
	t.true(narrow.frame().split('\n').every((line) => line.length <= 60));
	narrow.unmount();
});

const {mouse} = keys;
/** At 120×30: Articles in columns 1–38, Speakers 39–67, Statements 68–120 (1-based, as SGR reports count); each pane's first item on row 4. */
const column = {articles: 10, speakers: 45, statements: 90};

test.serial('s finds a merged speaker by part of a name; Enter filters to her across articles; q on an empty query closes it', async (t) => {
	const reader = await open();
	await reader.press('s');
	t.regex(reader.frame(), /Find a speaker: ▏ 4\/4/);
	await reader.press('q');
	t.notRegex(reader.frame(), /Find a speaker/);
	t.deepEqual(reader.exits, []);
	await reader.press('s', 'b', 'e', 'l');
	t.regex(reader.frame(), /Find a speaker: bel▏ 1\/4/);
	t.regex(reader.frame(), /› 4 Marco Bellini \(1\)/);
	await reader.press(keys.enter);
	t.notRegex(reader.frame(), /Find a speaker/);
	t.regex(reader.frame(), /Statements of Marco Bellini/);
	t.regex(reader.status(), /^Marco Bellini · statement 1\/1/);
	await reader.press('s', 'v', 'a', 'r', keys.escape);
	t.regex(reader.status(), /^Marco Bellini · statement 1\/1/);
	reader.unmount();
});

test.serial('S sorts the Speakers pane by name, then first appearance, then statements again; numbers stay, the cursor stays on its speaker', async (t) => {
	const reader = await open();
	const order = () => [...reader.frame().matchAll(/[ ›][ ●](\d \S+ \S+) \d in \d/g)].map((found) => found[1]);
	t.deepEqual(order(), ['1 Ilse Varga', '2 Tomas Reed', '3 Anna Holm', '4 Marco Bellini']);
	await reader.press(keys.tab, 'j', 'S');
	t.regex(reader.status(), /speakers by name/);
	t.deepEqual(order(), ['3 Anna Holm', '1 Ilse Varga', '4 Marco Bellini', '2 Tomas Reed']);
	t.regex(reader.frame(), /›[ ●]1 Ilse Varga 4 in 3/);
	await reader.press('S');
	t.regex(reader.status(), /speakers by appearance/);
	t.deepEqual(order(), ['1 Ilse Varga', '4 Marco Bellini', '2 Tomas Reed', '3 Anna Holm']);
	await reader.press('S');
	t.deepEqual(order(), ['1 Ilse Varga', '2 Tomas Reed', '3 Anna Holm', '4 Marco Bellini']);
	// A digit still names the speaker by number, whatever the order
	await reader.press('S', '4');
	t.regex(reader.status(), /^Marco Bellini · statement 1\/1/);
	reader.unmount();
});

test.serial('] and [ go to the next and previous statement of the speaker across articles, wrapping; the filter follows', async (t) => {
	const reader = await open();
	await reader.press(']');
	t.regex(reader.status(), /^All speakers · statement 2\/8/);
	await reader.press(']');
	t.regex(reader.status(), /statement 4\/8/);
	t.regex(reader.frame(), /› Ilse Varga · Bridge repairs delayed again/);
	await reader.press(']', ']');
	t.regex(reader.status(), /statement 1\/8/);
	await reader.press('[');
	t.regex(reader.status(), /statement 7\/8/);
	await reader.press('2');
	t.regex(reader.status(), /^Tomas Reed · statement 2\/2/);
	await reader.press(']');
	t.regex(reader.status(), /^Tomas Reed · statement 1\/2/);
	// In Speakers, the speaker under the cursor: the filter follows her
	await reader.press(keys.tab, 'k', ']');
	t.regex(reader.status(), /^Ilse Varga · statement 4\/4/);
	await reader.press('3', ']');
	t.regex(reader.status(), /no other statement by this speaker/);
	reader.unmount();
});

test.serial('y copies the selected statement with its speaker and its own article; o and e open that article at its paragraph, Articles the highlighted one', async (t) => {
	const reader = await open();
	await reader.press(keys.tab, keys.tab, 'j', 'j', 'j', 'y');
	t.regex(reader.status(), /copied the statement/);
	const copy = reader.requests.at(-1)!.request;
	t.is(copy.kind, 'copy');
	t.is(copy.kind === 'copy' ? copy.text : '', '“"The steel arrived late," Varga said on Wednesday.” — Varga (Bridge repairs delayed again, 2026-05-05)');
	await reader.press('o', 'e');
	t.deepEqual(
		reader.requests.slice(-2).map(({request, title}) => [request.kind, 'paragraph' in request ? request.paragraph : undefined, title]),
		[
			['pager', 3, 'Bridge repairs delayed again'],
			['editor', 3, 'Bridge repairs delayed again'],
		],
	);
	// In Articles: the highlighted article from its top; a failed one says why
	await reader.press(keys.shiftTab, keys.shiftTab, 'G', 'o');
	t.is(reader.requests.at(-1)!.title, 'Market square to get new lights');
	t.is((reader.requests.at(-1)!.request as {paragraph: number}).paragraph, 0);
	await reader.press('k', 'o');
	t.regex(await reader.until(/cannot open broken.txt: not text/), /cannot open broken.txt: not text/);
	t.is(reader.requests.length, 4);
	reader.unmount();
});

test.serial('Ctrl-L asks for a redraw and Ctrl-Z for a suspension, in the corpus as in one article', async (t) => {
	const reader = await open();
	await reader.press(keys.ctrlL);
	await reader.until(/Articles 4/);
	await reader.press(keys.ctrlZ);
	t.deepEqual(
		reader.requests.map(({request}) => request.kind),
		['redraw', 'suspend'],
	);
	t.regex(reader.frame(), /Articles 4/);
	reader.unmount();
});

test.serial('the mouse: the wheel scrolls the pane under the pointer, a click picks an article (twice opens it), a speaker or a statement, a title focuses', async (t) => {
	const reader = await open();
	await reader.press(mouse(65, column.statements, 12), mouse(65, column.statements, 12));
	t.regex(reader.status(), /^All speakers · statement 3\/8/);
	t.regex(reader.frame(), /› Articles 4/, 'the wheel leaves the focus where it was');
	await reader.press(mouse(64, column.statements, 12));
	t.regex(reader.status(), /statement 2\/8/);
	// The second speaker row (row 0 is All) filters to her
	await reader.press(mouse(0, column.speakers, 5));
	t.regex(reader.status(), /^Ilse Varga · statement/);
	t.regex(reader.frame(), /› Speakers/);
	// The title row of Statements focuses it; its third row is her third statement
	await reader.press(mouse(0, column.statements, 3));
	t.regex(reader.frame(), /› Statements of Ilse Varga/);
	// Her first statement on row 4, the selected second one opened on rows 5–8: row 9 is her third
	await reader.press(mouse(0, column.statements, 9));
	t.regex(reader.status(), /^Ilse Varga · statement 3\/4/);
	await reader.press(mouse(0, column.articles, 5));
	t.regex(reader.frame(), /║› 2026-05-05 {3}3 Bridge repairs del…║/);
	t.regex(reader.frame(), /› Articles 4/);
	await reader.press(mouse(0, column.articles, 5));
	t.regex(await reader.until(/^Bridge repairs delayed again · 2026-05-05/), /^Bridge repairs delayed again · 2026-05-05/);
	reader.unmount();
});

test.serial('a resize brings every list back to its cursor: the highlighted article stays on screen', async (t) => {
	const many = buildCorpus(Array.from({length: 12}, (_, i) => ({file: `story-${i + 1}.txt`, model: [harbour, bridge, market][i % 3]!})));
	const reader = await open({columns: 120, rows: 30}, many);
	await reader.press('G');
	t.regex(reader.frame(), /║› 2026-05-07 {3}2 Market square to g…║/);
	reader.resize({columns: 120, rows: 12});
	const small = await reader.until(/↑/);
	t.regex(small, /║› 2026-05-07 {3}2 Market square to g…║/);
	t.regex(small, /› Articles 12 +↑/);
	t.regex(reader.status(), /statement 1\/32/);
	reader.unmount();
});
