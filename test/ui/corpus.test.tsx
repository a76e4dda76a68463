import test from 'ava';
import {render} from 'ink-testing-library';
import {buildCorpus} from '../../source/corpus/corpus.js';
import type {Size} from '../../source/ui/layout.js';
import {CorpusApp} from '../../source/ui/corpus/corpus-app.js';
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

async function open(size: Size = {columns: 120, rows: 30}) {
	const exits: number[] = [];
	const app = render(<CorpusApp corpus={corpus} size={size} color={false} onExit={(code) => exits.push(code)} />);
	const stdin = app.stdin as unknown as NodeJS.EventEmitter;
	const started = Date.now();
	while (stdin.listenerCount('readable') === 0 && Date.now() - started < 2000) await pause(5);
	await pause(20);
	return {
		exits,
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
