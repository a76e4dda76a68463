/**
 * The one key table (lazygit's way): each binding has its keys as shown, what it does, where it
 * applies, a matcher and the action it makes. `toAction` reads it; the help overlay, `--help` and
 * the readme's key table are generated from it (scripts/readme.js; a test fails when the readme
 * drifts). Only types are imported from Ink, so `--help` can print the table without loading Ink.
 */
import type {Key} from 'ink';
import {sanitize} from '../article/sanitize.js';
import type {FinderState} from './finder-state.js';
import type {Action} from './state.js';

/**
 * Where a binding applies: any time, in the panes (or one of them), or in an overlay; `corpus` in the corpus reader's panes;
 * `picker` in the list that opens first when `--speaker` matches several speakers (ink-select-input reads its arrows, j/k and 1–9).
 */
export type Where = 'always' | 'panes' | 'speakers' | 'statements' | 'article' | 'search' | 'finder' | 'help' | 'corpus' | 'corpusLists' | 'picker';

export type Binding = {
	/** The keys as shown to people. */
	keys: string;
	description: string;
	where: Where[];
	/** `state`: what of the reader's state a binding looks at (the finder's query: q closes an empty finder). */
	match: (input: string, key: Key, state: ReaderView | undefined) => boolean;
	action: (input: string, key: Key, at: number) => Action<never> | undefined;
};

/** What a binding may look at, in either reader. */
export type ReaderView = {finder: FinderState | undefined};

const is = (...inputs: string[]) => (input: string, key: Key) => !key.ctrl && !key.meta && inputs.includes(input);
const ctrl = (letter: string) => (input: string, key: Key) => key.ctrl && input === letter;
const lists: Where[] = ['panes', 'help', 'finder', 'corpusLists'];

/** Printable text typed into a query: sanitised (a paste could carry controls or bidi overrides), one line. */
function typed(input: string, key: Key): Action<never> | undefined {
	if (key.ctrl || key.meta || key.tab || key.return || key.escape || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return undefined;
	const text = sanitize(input).text.replaceAll('\n', ' ');
	return text === '' ? undefined : {type: 'type', text};
}

export const bindings: Binding[] = [
	{keys: 'Ctrl-C', description: 'quit (exit 130, like the signal)', where: ['always'], match: ctrl('c'), action: () => ({type: 'quit', code: 130})},
	{keys: 'Ctrl-Z', description: 'suspend (fg brings the reader back)', where: ['always'], match: ctrl('z'), action: () => ({type: 'request', kind: 'suspend'})},
	{keys: 'Ctrl-L', description: 'redraw the screen', where: ['always'], match: ctrl('l'), action: () => ({type: 'request', kind: 'redraw'})},
	{keys: 'Enter', description: 'search: keep the query', where: ['search'], match: (_, key) => key.return, action: () => ({type: 'confirm'})},
	{keys: 'Esc', description: 'search: cancel', where: ['search'], match: (_, key) => key.escape, action: () => ({type: 'cancel'})},
	{keys: 'Backspace', description: 'erase; on an empty query, leave', where: ['search', 'finder'], match: (_, key) => key.backspace || key.delete, action: () => ({type: 'erase'})},
	{keys: 'Enter', description: 'finder: filter to the picked speaker', where: ['finder'], match: (_, key) => key.return, action: () => ({type: 'enter'})},
	{keys: '↑ ↓', description: 'finder: pick', where: ['finder'], match: (_, key) => key.upArrow || key.downArrow, action: (_, key) => ({type: 'move', by: 'line', direction: key.upArrow ? -1 : 1})},
	{keys: 'Esc / q', description: 'finder: close (q on an empty query; type Q to find names with q)', where: ['finder'], match: (input, key, state) => key.escape || (input === 'q' && !key.ctrl && !key.meta && state?.finder?.query === ''), action: () => ({type: 'close'})},
	{keys: 'text', description: 'type the query', where: ['search', 'finder'], match: (input, key) => typed(input, key) !== undefined, action: typed},
	{keys: '↑ ↓ / k j / 1–9, Enter', description: '--speaker matched several: pick one and open the reader on their statements', where: ['picker'], match: () => false, action: () => undefined},
	{keys: 'Esc', description: '--speaker matched several: open the reader on every speaker', where: ['picker'], match: (_, key) => key.escape, action: () => ({type: 'close'})},
	{keys: 'q', description: '--speaker matched several: quit', where: ['picker'], match: is('q'), action: () => ({type: 'quit', code: 0})},
	{keys: 'q Esc ?', description: 'close the help', where: ['help'], match: (input, key) => key.escape || key.return || is('q', '?')(input, key), action: () => ({type: 'close'})},
	{keys: '↑ ↓ / k j', description: 'previous / next item; in the Article, scroll a line', where: lists, match: (input, key) => key.upArrow || key.downArrow || is('k', 'j')(input, key), action: (input, key) => ({type: 'move', by: 'line', direction: key.upArrow || input === 'k' ? -1 : 1})},
	{keys: 'g G / Home End', description: 'top / bottom', where: lists, match: (input, key) => key.home || key.end || is('g', 'G')(input, key), action: (input, key) => ({type: 'move', by: 'edge', direction: key.home || input === 'g' ? -1 : 1})},
	{keys: 'PgUp PgDn / b Space', description: 'previous / next page', where: lists, match: (input, key) => key.pageUp || key.pageDown || is('b', ' ')(input, key), action: (input, key) => ({type: 'move', by: 'page', direction: key.pageUp || input === 'b' ? -1 : 1})},
	{keys: 'Ctrl-U Ctrl-D', description: 'half a page up / down', where: lists, match: (input, key) => key.ctrl && (input === 'u' || input === 'd'), action: (input) => ({type: 'move', by: 'half', direction: input === 'u' ? -1 : 1})},
	{keys: 'Tab Shift-Tab / → ← / l h', description: 'next / previous pane (stops at the edges)', where: ['panes', 'corpus'], match: (input, key) => key.tab || key.rightArrow || key.leftArrow || is('l', 'h')(input, key), action: (input, key) => ({type: 'focus', direction: (key.tab && !key.shift) || key.rightArrow || input === 'l' ? 1 : -1})},
	{keys: '1 2 … / 0', description: 'filter to speaker N (digits typed together: 1 2 is 12) / all', where: ['panes', 'corpusLists'], match: (input, key) => !key.ctrl && !key.meta && /^\d$/.test(input), action: (input, _key, at) => ({type: 'digit', digit: Number(input), at})},
	{keys: 's', description: 'find a speaker by name, alias or role (fuzzy)', where: ['panes', 'corpus'], match: is('s'), action: () => ({type: 'finder'})},
	{keys: 'S', description: 'sort speakers: appearance, statements, name', where: ['panes', 'corpus'], match: is('S'), action: () => ({type: 'order'})},
	{keys: 'Enter', description: 'on a speaker: filter; on a statement: show it in the article (corpus: open its article at it); on an article: open it', where: ['panes', 'corpusLists'], match: (_, key) => key.return, action: () => ({type: 'enter'})},
	{keys: '] [', description: "next / previous statement of the selected statement's speaker", where: ['panes', 'corpus'], match: is(']', '['), action: (input) => ({type: 'sameSpeaker', direction: input === ']' ? 1 : -1})},
	{keys: '} {', description: 'next / previous paragraph', where: ['article'], match: is('}', '{'), action: (input) => ({type: 'paragraph', direction: input === '}' ? 1 : -1})},
	{keys: '/', description: 'search statements and speakers (smart case, accents folded)', where: ['panes', 'corpus'], match: is('/'), action: () => ({type: 'search'})},
	{keys: 'n N', description: 'next / previous match (wraps)', where: ['panes', 'corpus'], match: is('n', 'N'), action: (input) => ({type: 'match', direction: input === 'n' ? 1 : -1})},
	{keys: 'y', description: 'copy the statement with its speaker (OSC 52)', where: ['panes', 'corpus'], match: is('y'), action: () => ({type: 'request', kind: 'copy'})},
	{keys: 'o', description: 'open the article in $PAGER (less -R) at the paragraph', where: ['panes', 'corpus'], match: is('o'), action: () => ({type: 'request', kind: 'pager'})},
	{keys: 'e', description: 'open the article in $EDITOR at the paragraph', where: ['panes', 'corpus'], match: is('e'), action: () => ({type: 'request', kind: 'editor'})},
	{keys: 'Esc', description: 'clear the search, then the filter', where: ['panes', 'corpus'], match: (_, key) => key.escape, action: () => ({type: 'escape'})},
	{keys: '?', description: 'this help', where: ['panes', 'corpus'], match: is('?'), action: () => ({type: 'help'})},
	{keys: 'q', description: 'in an article opened from the corpus: back to the corpus', where: ['corpus'], match: () => false, action: () => undefined},
	{keys: 'q', description: 'quit', where: ['panes', 'corpus'], match: is('q'), action: () => ({type: 'quit', code: 0})},
];

/** Where the reader is: which bindings apply. */
function contexts(state: {focus: Where; search: {editing: boolean}; finder: FinderState | undefined; help: unknown}): Set<Where> {
	if (state.search.editing) return new Set(['always', 'search']);
	if (state.finder) return new Set(['always', 'finder']);
	if (state.help) return new Set(['always', 'help']);
	return new Set(['always', 'panes', state.focus]);
}

/** Where the corpus reader is: its overlays as the one-article reader's; every pane a list. */
function corpusContexts(state: {search: {editing: boolean}; finder: FinderState | undefined; help: unknown}): Set<Where> {
	if (state.search.editing) return new Set(['always', 'search']);
	if (state.finder) return new Set(['always', 'finder']);
	if (state.help) return new Set(['always', 'help']);
	return new Set(['always', 'corpus', 'corpusLists']);
}

/** A key press in the corpus reader, as the action the table gives it there. */
export function corpusAction(input: string, key: Key, state: {search: {editing: boolean}; finder: FinderState | undefined; help: unknown}, at = 0): Action<never> | undefined {
	return actionIn(corpusContexts(state), input, key, state, at);
}

/** Turns a key press into an action, or undefined when the key means nothing here. `at` is when it was pressed (ms). */
export function toAction(input: string, key: Key, state: {focus: Where; search: {editing: boolean}; finder: FinderState | undefined; help: unknown}, at = 0): Action<never> | undefined {
	return actionIn(contexts(state), input, key, state, at);
}

/** The action of the first binding that applies `here` and matches the key. */
function actionIn(here: Set<Where>, input: string, key: Key, state: ReaderView, at: number): Action<never> | undefined {
	for (const binding of bindings) {
		if (!binding.where.some((where) => here.has(where))) continue;
		if (binding.match(input, key, state)) return binding.action(input, key, at);
	}

	return undefined;
}

const whereName: Record<Where, string> = {
	always: 'anywhere',
	panes: 'panes',
	speakers: 'Speakers',
	statements: 'Statements',
	article: 'Article',
	search: 'search',
	finder: 'finder',
	help: 'help',
	corpus: 'corpus',
	corpusLists: 'corpus lists',
	picker: 'speaker picker',
};

/** A key press in the speaker picker: the keys that work anywhere (Ctrl-C) and the picker's own; ink-select-input takes the rest. */
export function pickerAction(input: string, key: Key): Action<never> | undefined {
	return actionIn(new Set(['always', 'picker']), input, key, {finder: undefined}, 0);
}

/** Where a binding applies, in words: "panes, help, finder". */
export function whereOf(binding: Binding): string {
	return binding.where.map((where) => whereName[where]).join(', ');
}

const shownOrder: Where[] = ['panes', 'speakers', 'statements', 'article', 'corpus', 'corpusLists', 'search', 'finder', 'help', 'picker', 'always'];

/** The bindings as people read them: the panes' keys first, then the overlays', then those that work anywhere (the table's own order is the order keys are tried in). */
export function shownBindings(): Binding[] {
	const rank = (binding: Binding) => Math.min(...binding.where.map((where) => shownOrder.indexOf(where)));
	return bindings.map((binding, index) => ({binding, index})).sort((a, b) => rank(a.binding) - rank(b.binding) || a.index - b.index).map(({binding}) => binding);
}

/** Help rows: keys, description, where, in columns. */
export function helpLines(): string[] {
	const shown = shownBindings();
	const keyWidth = Math.max(...shown.map((binding) => binding.keys.length)) + 2;
	return shown.map((binding) => `${binding.keys.padEnd(keyWidth)}${binding.description} (${whereOf(binding)})`);
}

/** The key list for `whosaid --help`, indented as meow prints. */
export function keysForHelp(indent = '  '): string {
	return helpLines()
		.map((line) => indent + line)
		.join('\n');
}

/** The readme's key table, in Markdown. */
export function keysMarkdown(): string {
	const cell = (text: string) => text.replaceAll('|', String.raw`\|`);
	return ['| key | action | where |', '|---|---|---|', ...shownBindings().map((binding) => `| ${cell(binding.keys)} | ${cell(binding.description)} | ${whereOf(binding)} |`)].join('\n');
}
