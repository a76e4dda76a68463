import {type Corpus, type CorpusSearch, errorOf, intersect, positionIn} from '../../corpus/corpus.js';
import {type ListScroll, type Step, type TypedCount, typedNumber} from '../state.js';
import type {Action} from '../state.js';
import {clampTop, follow} from '../scroll.js';

export type CorpusPane = 'articles' | 'speakers' | 'statements';
export const corpusPanes: CorpusPane[] = ['articles', 'speakers', 'statements'];

/** Everything the corpus reader remembers. Selection is a global statement index, so filters keep it. */
export type CorpusState = {
	focus: CorpusPane;
	/** The article highlighted in the Articles pane (ink-select-input tells it). */
	article: number;
	/** Merged speaker index, or undefined for all. */
	filter: number | undefined;
	/** Row 0 is "All", row N the Nth merged speaker. */
	speakers: ListScroll;
	selected: number | undefined;
	statementsTop: number;
	search: {query: string; editing: boolean; origin: number | undefined};
	help: {top: number} | undefined;
	/** The article opened in the one-article reader, at a statement. */
	open: {article: number; statement?: number} | undefined;
	count: TypedCount | undefined;
	message: string | undefined;
	exit: number | undefined;
};

export type CorpusAction = Action | {type: 'highlight'; article: number} | {type: 'openArticle'; article: number} | {type: 'back'};

export type CorpusContext = {
	corpus: Corpus;
	search: CorpusSearch;
	rows: {speakers: number; statements: number; help: number};
	helpRows: number;
	/** Rows the selected statement takes opened. */
	openRows: (g: number) => number;
};

export function initialCorpusState(corpus: Corpus, filter?: number): CorpusState {
	const list = filter === undefined ? corpus.all : corpus.bySpeaker[filter]!;
	return {
		focus: 'articles',
		article: 0,
		filter,
		speakers: {cursor: filter === undefined ? 0 : filter + 1, top: 0},
		selected: list[0],
		statementsTop: 0,
		search: {query: '', editing: false, origin: undefined},
		help: undefined,
		open: undefined,
		count: undefined,
		message: undefined,
		exit: undefined,
	};
}

/** The statements shown: the filter's (all when none). */
export function shownList(corpus: Corpus, filter: number | undefined): Int32Array {
	return filter === undefined ? corpus.all : corpus.bySpeaker[filter]!;
}

/** Matches of the search within the shown list. */
export function shownMatches(state: CorpusState, context: CorpusContext): Int32Array {
	const list = shownList(context.corpus, state.filter);
	if (state.search.query === '') return list;
	return intersect(list, context.search.find(state.search.query));
}

function stepSize(by: Step, rows: number): number {
	if (by === 'line') return 1;
	if (by === 'half') return Math.max(1, Math.floor(rows / 2));
	if (by === 'page') return Math.max(1, rows - 1);
	return Number.MAX_SAFE_INTEGER;
}

function select(state: CorpusState, g: number | undefined, context: CorpusContext): CorpusState {
	const list = shownList(context.corpus, state.filter);
	const index = g === undefined ? 0 : positionIn(list, g);
	const open = g === undefined ? 1 : context.openRows(g);
	return {...state, selected: g, statementsTop: follow(state.statementsTop, index, list.length, context.rows.statements, open)};
}

function filterTo(state: CorpusState, filter: number | undefined, context: CorpusContext): CorpusState {
	const list = shownList(context.corpus, filter);
	const cursor = filter === undefined ? 0 : filter + 1;
	const speakers = {cursor, top: follow(state.speakers.top, cursor, context.corpus.speakers.length + 1, context.rows.speakers)};
	// Keep the selection when the new list has it, else the first statement from it on
	const at = state.selected === undefined ? 0 : positionIn(list, state.selected);
	const kept = list[Math.min(at, list.length - 1)];
	return select({...state, filter, speakers, statementsTop: 0, search: {...state.search, origin: undefined}}, kept, context);
}

function nextMatch(ids: Int32Array, from: number | undefined, direction: 1 | -1, inclusive: boolean): number | undefined {
	if (ids.length === 0) return undefined;
	const at = from ?? -1;
	const index = positionIn(ids, at);
	if (direction > 0) {
		const next = inclusive || ids[index] !== at ? index : index + 1;
		return ids[next] ?? ids[0];
	}

	return ids[index - 1] ?? ids.at(-1);
}

function searchTo(state: CorpusState, query: string, context: CorpusContext): CorpusState {
	const search = {...state.search, query};
	const next = {...state, search};
	const id = nextMatch(shownMatches(next, context), state.search.origin, 1, true);
	return select(next, id ?? state.search.origin, context);
}

function digit(state: CorpusState, value: number, at: number, context: CorpusContext): CorpusState {
	const {speakers} = context.corpus;
	const {count, number} = typedNumber(state.count, value, at, speakers.length);
	if (number === 0) return {...filterTo(state, undefined, context), count};
	if (number > speakers.length) return {...state, count, message: `no speaker ${number} (there are ${speakers.length})`};
	return {...filterTo(state, number - 1, context), count};
}

export function reduceCorpus(state: CorpusState, action: CorpusAction, context: CorpusContext): CorpusState {
	if (state.message !== undefined && action.type !== 'note') state = {...state, message: undefined};
	if (state.count && action.type !== 'digit') state = {...state, count: undefined};
	const {corpus} = context;
	switch (action.type) {
		case 'highlight': {
			return {...state, article: action.article};
		}

		case 'openArticle': {
			const article = corpus.articles[action.article];
			if (!article) return state;
			if (!article.model) return {...state, article: action.article, message: `cannot open ${article.file}: ${errorOf(article)}`};
			return {...state, article: action.article, open: {article: action.article}};
		}

		case 'back': {
			return {...state, open: undefined};
		}

		case 'move': {
			if (state.help) return {...state, help: {top: clampTop(state.help.top + action.direction * stepSize(action.by, context.rows.help), context.helpRows, context.rows.help)}};
			if (state.focus === 'speakers') {
				const count = corpus.speakers.length + 1;
				const size = stepSize(action.by, context.rows.speakers);
				const cursor = Math.max(0, Math.min(count - 1, state.speakers.cursor + action.direction * Math.min(size, count)));
				return {...state, speakers: {cursor, top: follow(state.speakers.top, cursor, count, context.rows.speakers)}};
			}

			if (state.focus === 'statements') {
				const list = shownList(corpus, state.filter);
				if (list.length === 0) return state;
				const size = by(action.by, context.rows.statements);
				const here = state.selected === undefined ? 0 : positionIn(list, state.selected);
				const index = Math.max(0, Math.min(list.length - 1, here + action.direction * Math.min(size, list.length)));
				return select(state, list[index], context);
			}

			return state;
		}

		case 'focus': {
			const index = Math.max(0, Math.min(corpusPanes.length - 1, corpusPanes.indexOf(state.focus) + action.direction));
			return {...state, focus: corpusPanes[index]!};
		}

		case 'digit': {
			return digit(state, action.digit, action.at, context);
		}

		case 'enter': {
			if (state.focus === 'speakers') {
				const row = state.speakers.cursor;
				return {...filterTo(state, row === 0 ? undefined : row - 1, context), focus: 'statements'};
			}

			if (state.focus === 'statements' && state.selected !== undefined) {
				const article = corpus.articleOf[state.selected]!;
				return {...state, article, open: {article, statement: corpus.statementOf[state.selected]!}};
			}

			return state;
		}

		case 'search': {
			return {...state, search: {query: '', editing: true, origin: state.selected}};
		}

		case 'type': {
			return searchTo(state, state.search.query + action.text, context);
		}

		case 'erase': {
			if (state.search.query === '') return reduceCorpus(state, {type: 'cancel'}, context);
			return searchTo(state, [...state.search.query].slice(0, -1).join(''), context);
		}

		case 'confirm': {
			if (state.search.query === '') return {...state, search: {query: '', editing: false, origin: undefined}};
			return {...state, search: {...state.search, editing: false}, focus: 'statements'};
		}

		case 'cancel': {
			return select({...state, search: {query: '', editing: false, origin: undefined}}, state.search.origin, context);
		}

		case 'match': {
			const ids = shownMatches(state, context);
			if (state.search.query !== '' && ids.length === 0) return {...state, message: `no match for ${state.search.query}`};
			const id = nextMatch(ids, state.selected, action.direction, false);
			return id === undefined ? state : select(state, id, context);
		}

		case 'escape': {
			if (state.help) return {...state, help: undefined};
			if (state.search.query !== '' || state.search.editing) return {...state, search: {query: '', editing: false, origin: undefined}};
			if (state.filter !== undefined) return filterTo(state, undefined, context);
			return state;
		}

		case 'close': {
			return {...state, help: undefined};
		}

		case 'help': {
			return {...state, help: state.help ? undefined : {top: 0}};
		}

		case 'note': {
			return {...state, message: action.message};
		}

		case 'quit': {
			return {...state, exit: action.code};
		}

		default: {
			return state;
		}
	}
}

/** The step through the statements: a page holds fewer of them, as the selected one is drawn open. */
function by(step: Step, rows: number): number {
	return step === 'page' ? Math.max(1, rows - 4) : stepSize(step, rows - 4);
}
