import type {Key} from 'ink';
import {sanitize} from '../article/sanitize.js';
import type {Action, State} from './state.js';

/** The key table (design §4) as data: the help overlay lists it, `toAction` implements it. */
export const keyTable: Array<[string, string]> = [
	['↑ ↓  k j', 'previous / next item'],
	['Tab S-Tab  ← →  h l', 'next / previous pane'],
	['1–9  0', 'filter to speaker N / all'],
	['Enter', 'filter (speakers); show in article'],
	['g G  Home End', 'top / bottom'],
	['PgUp PgDn  C-u C-d', 'page / half page'],
	['/  n N', 'search statements; next / previous'],
	['Esc', 'clear search, then filter; close'],
	['?', 'this help'],
	['q  Ctrl-C', 'quit'],
];

/** Turns a key press into an action, or undefined when the key means nothing here. */
export function toAction(input: string, key: Key, state: State): Action | undefined {
	if (key.ctrl && input === 'c') return {type: 'quit', code: 0};
	if (state.search.editing) return searchKey(input, key);
	if (state.help) {
		if (input === 'q') return {type: 'quit', code: 0};
		return key.escape || input === '?' || key.return ? {type: 'help'} : undefined;
	}

	if (key.ctrl) {
		if (input === 'd') return {type: 'move', by: 'half', direction: 1};
		if (input === 'u') return {type: 'move', by: 'half', direction: -1};
		return undefined;
	}

	if (key.tab) return {type: 'focus', direction: key.shift ? -1 : 1};
	if (key.rightArrow || input === 'l') return {type: 'focus', direction: 1};
	if (key.leftArrow || input === 'h') return {type: 'focus', direction: -1};
	if (key.escape) return {type: 'escape'};
	if (key.return) return {type: 'enter'};
	if (key.pageDown) return {type: 'move', by: 'page', direction: 1};
	if (key.pageUp) return {type: 'move', by: 'page', direction: -1};
	if (key.home) return {type: 'move', by: 'edge', direction: -1};
	if (key.end) return {type: 'move', by: 'edge', direction: 1};
	if (key.downArrow || input === 'j') return {type: 'move', by: 'line', direction: 1};
	if (key.upArrow || input === 'k') return {type: 'move', by: 'line', direction: -1};
	if (/^\d$/.test(input)) return {type: 'filter', number: Number(input)};

	switch (input) {
		case 'q': {
			return {type: 'quit', code: 0};
		}

		case '?': {
			return {type: 'help'};
		}

		case '/': {
			return {type: 'search'};
		}

		case 'n': {
			return {type: 'match', direction: 1};
		}

		case 'N': {
			return {type: 'match', direction: -1};
		}

		case 'g': {
			return {type: 'move', by: 'edge', direction: -1};
		}

		case 'G': {
			return {type: 'move', by: 'edge', direction: 1};
		}

		default: {
			return undefined;
		}
	}
}

function searchKey(input: string, key: Key): Action | undefined {
	if (key.escape) return {type: 'cancel'};
	if (key.return) return {type: 'confirm'};
	if (key.backspace || key.delete) return {type: 'erase'};
	if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return undefined;
	// Typed text is echoed in the status bar: a paste could carry controls or bidi overrides, so it
	// goes through the same sanitiser as articles, then is kept to one line
	const text = sanitize(input).text.replaceAll('\n', ' ');
	return text === '' ? undefined : {type: 'type', text};
}
