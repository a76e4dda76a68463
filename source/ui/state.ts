import type {Attributed} from '../model.js';
import {type ArticleLayout, type Position, compare} from './article-layout.js';
import {type PaneName, paneOrder} from './layout.js';
import {indexOf, keep, matching, speakerIndex, visible} from './select.js';

/** Everything the reader remembers. Selection is a statement id, so filters and resizes keep it. */
export type State = {
	focus: PaneName;
	/** Speaker id, or undefined for all speakers. */
	filter: string | undefined;
	/** Statement id. */
	selected: number | undefined;
	/** Highlighted row of the speakers list: 0 is "All", N is speaker N. */
	cursor: number;
	/** Bumped when the speakers cursor moves, so the list is re-created there. */
	cursorEpoch: number;
	/** First row of the article pane. */
	top: Position;
	search: {query: string; editing: boolean; origin: number | undefined};
	help: boolean;
	exit: number | undefined;
};

export type Step = 'line' | 'half' | 'page' | 'edge';

export type Action =
	| {type: 'move'; by: Step; direction: 1 | -1}
	| {type: 'focus'; direction: 1 | -1}
	| {type: 'filter'; number: number}
	| {type: 'enter'}
	| {type: 'search'}
	| {type: 'type'; text: string}
	| {type: 'erase'}
	| {type: 'confirm'}
	| {type: 'cancel'}
	| {type: 'match'; direction: 1 | -1}
	| {type: 'escape'}
	| {type: 'help'}
	| {type: 'quit'; code: number}
	| {type: 'reveal'};

/** What the reducer needs to know about the screen as it is now. */
export type Context = {
	model: Attributed;
	article: ArticleLayout;
	/** Rows inside each pane. */
	rows: {statements: number; article: number; speakers: number};
};

export function initialState(model: Attributed, speaker?: string): State {
	const filter = speaker !== undefined && speakerIndex(model, speaker) >= 0 ? speaker : undefined;
	return {
		focus: 'statements',
		filter,
		selected: keep(visible(model, filter), undefined),
		cursor: filter === undefined ? 0 : speakerIndex(model, filter) + 1,
		cursorEpoch: 0,
		top: {paragraph: 0, line: 0},
		search: {query: '', editing: false, origin: undefined},
		help: false,
		exit: undefined,
	};
}

/** Selects a statement and scrolls the article so it is in view. */
function select(state: State, id: number | undefined, context: Context): State {
	const statement = id === undefined ? undefined : context.model.statements[id];
	const top = statement ? context.article.reveal(state.top, statement, context.rows.article) : state.top;
	return {...state, selected: id, top};
}

function stepSize(by: Step, rows: number): number {
	if (by === 'line') return 1;
	if (by === 'half') return Math.max(1, Math.floor(rows / 2));
	if (by === 'page') return Math.max(1, rows - 1);
	return Number.MAX_SAFE_INTEGER;
}

function move(state: State, by: Step, direction: 1 | -1, context: Context): State {
	const {model, article, rows} = context;
	if (state.focus === 'statements') {
		const list = visible(model, state.filter);
		if (list.length === 0) return state;
		// The selected statement is drawn open (about four rows), so a page holds fewer of them
		const size = by === 'page' ? Math.max(1, rows.statements - 4) : stepSize(by, rows.statements - 4);
		const index = Math.max(0, Math.min(list.length - 1, indexOf(list, state.selected) + direction * Math.min(size, list.length)));
		return select(state, list[index]!.id, context);
	}

	if (state.focus === 'article') {
		if (by === 'edge') return {...state, top: direction < 0 ? {paragraph: 0, line: 0} : article.lastTop(rows.article)};
		return {...state, top: article.clamp(article.advance(state.top, direction * stepSize(by, rows.article)), rows.article)};
	}

	const last = model.speakers.length;
	const size = by === 'edge' ? last : stepSize(by, rows.speakers);
	const cursor = Math.max(0, Math.min(last, state.cursor + direction * size));
	return {...state, cursor, cursorEpoch: state.cursorEpoch + 1};
}

function filterTo(state: State, filter: string | undefined, context: Context): State {
	const cursor = filter === undefined ? 0 : speakerIndex(context.model, filter) + 1;
	const next = {...state, filter, cursor, cursorEpoch: state.cursorEpoch + 1};
	return select(next, keep(visible(context.model, filter), state.selected), context);
}

/** The next match after the selection in `direction`, wrapping round the list. */
function nextMatch(ids: number[], from: number | undefined, direction: 1 | -1, inclusive: boolean): number | undefined {
	if (ids.length === 0) return undefined;
	const at = from ?? -1;
	if (direction > 0) return ids.find((id) => (inclusive ? id >= at : id > at)) ?? ids[0];
	return ids.findLast((id) => id < at) ?? ids.at(-1);
}

function searchTo(state: State, query: string, context: Context): State {
	const ids = matching(visible(context.model, state.filter), query);
	const search = {...state.search, query};
	const id = nextMatch(ids, state.search.origin, 1, true);
	return select({...state, search}, id ?? state.search.origin, context);
}

export function reduce(state: State, action: Action, context: Context): State {
	switch (action.type) {
		case 'move': {
			return move(state, action.by, action.direction, context);
		}

		case 'focus': {
			const index = paneOrder.indexOf(state.focus) + action.direction;
			return {...state, focus: paneOrder[(index + paneOrder.length) % paneOrder.length]!};
		}

		case 'filter': {
			if (action.number === 0) return filterTo(state, undefined, context);
			const speaker = context.model.speakers[action.number - 1];
			return speaker ? filterTo(state, speaker.id, context) : state;
		}

		case 'enter': {
			if (state.focus === 'speakers') {
				const filtered = filterTo(state, context.model.speakers[state.cursor - 1]?.id, context);
				return {...filtered, focus: 'statements'};
			}

			if (state.focus === 'statements') return {...select(state, state.selected, context), focus: 'article'};
			return state;
		}

		case 'search': {
			return {...state, search: {query: '', editing: true, origin: state.selected}};
		}

		case 'type': {
			return searchTo(state, state.search.query + action.text, context);
		}

		case 'erase': {
			return searchTo(state, [...state.search.query].slice(0, -1).join(''), context);
		}

		case 'confirm': {
			return {...state, search: {...state.search, editing: false}};
		}

		case 'cancel': {
			return select({...state, search: {query: '', editing: false, origin: undefined}}, state.search.origin, context);
		}

		case 'match': {
			const ids = matching(visible(context.model, state.filter), state.search.query);
			const id = nextMatch(ids, state.selected, action.direction, false);
			return id === undefined ? state : select(state, id, context);
		}

		case 'escape': {
			if (state.search.query !== '' || state.search.editing) return {...state, search: {query: '', editing: false, origin: undefined}};
			if (state.filter !== undefined) return filterTo(state, undefined, context);
			return {...state, help: false};
		}

		case 'help': {
			return {...state, help: !state.help};
		}

		case 'quit': {
			return {...state, exit: action.code};
		}

		case 'reveal': {
			// The same state when nothing moves (as on start-up: the initial state is revealed already), so that React draws no second frame
			const revealed = select(state, state.selected, context);
			return compare(revealed.top, state.top) === 0 ? state : revealed;
		}
	}
}
