import {type Corpus, type CorpusSearch, errorOf, intersect, positionIn, statementAt} from '../../corpus/corpus.js';
import {type FinderState, finderStep, findSpeakers} from '../finder-state.js';
import {quoteOf} from '../quote.js';
import {type ListScroll, type Step, follow, moveList, pointList, scrollHelp, stepFocus, stepSize} from '../scroll.js';
import {type Action, type Order, type Request, type RequestKind, type TypedCount, afterKey, nextOrder, nextRequestId, sortedSpeakers, typedNumber} from '../state.js';

export type CorpusPane = 'articles' | 'speakers' | 'statements';
export const corpusPanes: CorpusPane[] = ['articles', 'speakers', 'statements'];

/** Everything the corpus reader remembers. Selection is a global statement index, so filters keep it. */
export type CorpusState = {
	focus: CorpusPane;
	/** The Articles list: its cursor is the highlighted article. */
	articles: ListScroll;
	/** Merged speaker index, or undefined for all. */
	filter: number | undefined;
	/** Row 0 is "All", row N the Nth merged speaker in `order`. */
	speakers: ListScroll;
	order: Order;
	selected: number | undefined;
	statementsTop: number;
	search: {query: string; editing: boolean; origin: number | undefined};
	help: {top: number} | undefined;
	finder: FinderState | undefined;
	/** The article opened in the one-article reader, at a statement. */
	open: {article: number; statement?: number} | undefined;
	count: TypedCount | undefined;
	message: string | undefined;
	request: Request | undefined;
	exit: number | undefined;
};

export type CorpusAction = Action<CorpusPane> | {type: 'back'};

export type CorpusContext = {
	corpus: Corpus;
	search: CorpusSearch;
	rows: {articles: number; speakers: number; statements: number; help: number; finder: number};
	helpRows: number;
	/** Rows the selected statement takes opened. */
	openRows: (g: number) => number;
};

/** The merged speakers are numbered most quoted first: the list opens in that order, so numbers read 1, 2, 3 down it. */
export const corpusFirstOrder: Order = 'statements';

export function initialCorpusState(corpus: Corpus, filter?: number): CorpusState {
	const list = filter === undefined ? corpus.all : corpus.bySpeaker[filter]!;
	return {
		focus: 'articles',
		articles: {cursor: 0, top: 0},
		filter,
		speakers: {cursor: rowOfSpeaker(corpus, corpusFirstOrder, filter), top: 0},
		order: corpusFirstOrder,
		selected: list[0],
		statementsTop: 0,
		search: {query: '', editing: false, origin: undefined},
		help: undefined,
		finder: undefined,
		open: undefined,
		count: undefined,
		message: undefined,
		request: undefined,
		exit: undefined,
	};
}

/** Merged speaker indices in the Speakers list's order (first appearance: the first statement across the articles). */
export function corpusSpeakerOrder(corpus: Corpus, order: Order): number[] {
	const {speakers, bySpeaker} = corpus;
	return sortedSpeakers(corpus, speakers.length, order, {
		statements: (i) => speakers[i]!.total,
		name: (i) => speakers[i]!.name,
		first: (i) => bySpeaker[i]![0] ?? Number.MAX_SAFE_INTEGER,
	});
}

/** The merged speaker on row `row` of the Speakers list (row 0 is "All"). */
export function corpusSpeakerAtRow(corpus: Corpus, order: Order, row: number): number | undefined {
	return row <= 0 ? undefined : corpusSpeakerOrder(corpus, order)[row - 1];
}

function rowOfSpeaker(corpus: Corpus, order: Order, speaker: number | undefined): number {
	return speaker === undefined ? 0 : corpusSpeakerOrder(corpus, order).indexOf(speaker) + 1;
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

/** The first shown statement that keeps `g` opened in view, as the Statements pane draws it. */
export function statementsTopFor(state: CorpusState, g: number | undefined, context: CorpusContext): number {
	const list = shownList(context.corpus, state.filter);
	const index = g === undefined ? 0 : positionIn(list, g);
	const open = g === undefined ? 1 : context.openRows(g);
	return follow(state.statementsTop, index, list.length, context.rows.statements, open);
}

function select(state: CorpusState, g: number | undefined, context: CorpusContext): CorpusState {
	return {...state, selected: g, statementsTop: statementsTopFor(state, g, context)};
}

function filterTo(state: CorpusState, filter: number | undefined, context: CorpusContext): CorpusState {
	const {corpus} = context;
	const list = shownList(corpus, filter);
	const speakers = pointList(state.speakers, rowOfSpeaker(corpus, state.order, filter), corpus.speakers.length + 1, context.rows.speakers);
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

function move(state: CorpusState, by: Step, direction: 1 | -1, pane: CorpusPane, context: CorpusContext): CorpusState {
	const {corpus, rows} = context;
	if (pane === 'articles') return {...state, articles: moveList(state.articles, by, direction, corpus.articles.length, rows.articles)};
	if (pane === 'speakers') return {...state, speakers: moveList(state.speakers, by, direction, corpus.speakers.length + 1, rows.speakers)};
	const list = shownList(corpus, state.filter);
	if (list.length === 0) return state;
	// The selected statement is drawn open, so a page holds fewer of them
	const size = by === 'page' ? Math.max(1, rows.statements - 4) : stepSize(by, rows.statements - 4);
	const here = state.selected === undefined ? 0 : positionIn(list, state.selected);
	const index = Math.max(0, Math.min(list.length - 1, here + direction * Math.min(size, list.length)));
	return select(state, list[index], context);
}

/** Opens an article in the one-article reader (at a statement), or says why a failed one cannot open. */
function openArticle(state: CorpusState, article: number, context: CorpusContext, statement?: number): CorpusState {
	const one = context.corpus.articles[article];
	if (!one) return state;
	if (!one.model) return {...state, message: `cannot open ${one.file}: ${errorOf(one)}`};
	return {...state, open: statement === undefined ? {article} : {article, statement}};
}

/**
 * The next (or previous) statement of the current speaker across the articles, wrapping round: in
 * the Speakers pane the speaker under the cursor, elsewhere the selected statement's.
 */
function sameSpeaker(state: CorpusState, direction: 1 | -1, context: CorpusContext): CorpusState {
	const {corpus} = context;
	const pointed = state.focus === 'speakers' ? corpusSpeakerAtRow(corpus, state.order, state.speakers.cursor) : undefined;
	const speaker = pointed ?? (state.selected === undefined ? undefined : corpus.speakerOf[state.selected]);
	if (speaker === undefined) return state;
	const ids = corpus.bySpeaker[speaker]!;
	const at = state.selected ?? -1;
	if (ids.length === 0 || (ids.length === 1 && ids[0] === at)) return {...state, message: 'no other statement by this speaker'};
	const next = nextMatch(ids, at, direction, false)!;
	// A filter to another speaker would hide it: the filter follows the speaker
	const filtered = state.filter !== undefined && state.filter !== speaker ? filterTo(state, speaker, context) : state;
	return select(filtered, next, context);
}

/** Work for the terminal: y copies the selected statement, o and e open its article (in Articles, the highlighted one) at its paragraph. */
function request(state: CorpusState, kind: RequestKind, context: CorpusContext): CorpusState {
	const {corpus} = context;
	const id = nextRequestId(state.request);
	if (kind === 'redraw' || kind === 'suspend') return {...state, request: {id, kind}};
	const g = state.selected;
	if (kind === 'copy') {
		if (g === undefined) return {...state, message: 'no statement to copy'};
		const text = quoteOf(corpus.articles[corpus.articleOf[g]!]!.model!, statementAt(corpus, g));
		return {...state, request: {id, kind, text}, message: 'copied the statement (OSC 52)'};
	}

	const article = state.focus === 'articles' || g === undefined ? state.articles.cursor : corpus.articleOf[g]!;
	const one = corpus.articles[article];
	if (!one?.model) return {...state, message: one ? `cannot open ${one.file}: ${errorOf(one)}` : 'no article'};
	const paragraph = state.focus === 'articles' || g === undefined ? 0 : statementAt(corpus, g).paragraph;
	return {...state, request: {id, kind, paragraph, article}};
}

/** A click on row `row` of a pane's items: it takes the focus; an article is highlighted (opened when it was already), a speaker filters, a statement is selected. */
function click(state: CorpusState, pane: CorpusPane, row: number, context: CorpusContext): CorpusState {
	const {corpus, rows} = context;
	const focused = {...state, focus: pane};
	if (pane === 'articles') {
		const cursor = state.articles.top + row;
		if (cursor >= corpus.articles.length) return focused;
		if (state.focus === 'articles' && cursor === state.articles.cursor) return openArticle(focused, cursor, context);
		return {...focused, articles: pointList(state.articles, cursor, corpus.articles.length, rows.articles)};
	}

	if (pane === 'speakers') {
		const cursor = state.speakers.top + row;
		if (cursor > corpus.speakers.length) return focused;
		return filterTo({...focused, speakers: {...state.speakers, cursor}}, corpusSpeakerAtRow(corpus, state.order, cursor), context);
	}

	const list = shownList(corpus, state.filter);
	const index = state.selected === undefined ? 0 : positionIn(list, state.selected);
	let at = statementsTopFor(state, state.selected, context);
	let left = row;
	// Rows above the opened statement are one each; the opened one takes openRows
	while (at < list.length) {
		const height = at === index ? context.openRows(list[at]!) : 1;
		if (left < height) return select(focused, list[at]!, context);
		left -= height;
		at++;
	}

	return focused;
}

/** A key in the open finder: a speaker picked filters to it. Undefined when the finder does not take the action. */
function inFinder(state: CorpusState, finder: FinderState, action: CorpusAction, context: CorpusContext): CorpusState | undefined {
	if (action.type === 'back') return undefined;
	const step = finderStep(finder, action, context.corpus.speakers, context.rows.finder);
	if (!step) return undefined;
	const next = {...state, finder: step.finder};
	return step.chosen === undefined ? next : {...filterTo(next, step.chosen, context), focus: 'statements'};
}

/** Every list's window follows its cursor again (a resize). The same state when nothing moves. */
function reveal(state: CorpusState, context: CorpusContext): CorpusState {
	const {corpus, rows} = context;
	const articles = follow(state.articles.top, state.articles.cursor, corpus.articles.length, rows.articles);
	const speakers = follow(state.speakers.top, state.speakers.cursor, corpus.speakers.length + 1, rows.speakers);
	const statementsTop = statementsTopFor(state, state.selected, context);
	if (articles === state.articles.top && speakers === state.speakers.top && statementsTop === state.statementsTop) return state;
	return {...state, articles: {...state.articles, top: articles}, speakers: {...state.speakers, top: speakers}, statementsTop};
}

export function reduceCorpus(state: CorpusState, action: CorpusAction, context: CorpusContext): CorpusState {
	state = afterKey(state, action.type);
	const found = state.finder ? inFinder(state, state.finder, action, context) : undefined;
	if (found) return found;
	const {corpus} = context;
	switch (action.type) {
		case 'back': {
			return {...state, open: undefined};
		}

		case 'move': {
			if (state.help) return {...state, help: scrollHelp(state.help, action.by, action.direction, context.helpRows, context.rows.help)};
			return move(state, action.by, action.direction, action.pane ?? state.focus, context);
		}

		case 'focus': {
			return {...state, focus: stepFocus(corpusPanes, state.focus, action.direction)};
		}

		case 'focusPane': {
			return {...state, focus: action.pane};
		}

		case 'click': {
			return click(state, action.pane, action.row, context);
		}

		case 'digit': {
			return digit(state, action.digit, action.at, context);
		}

		case 'enter': {
			if (state.focus === 'articles') return openArticle(state, state.articles.cursor, context);
			if (state.focus === 'speakers') {
				return {...filterTo(state, corpusSpeakerAtRow(corpus, state.order, state.speakers.cursor), context), focus: 'statements'};
			}

			if (state.selected === undefined) return state;
			const article = corpus.articleOf[state.selected]!;
			const articles = pointList(state.articles, article, corpus.articles.length, context.rows.articles);
			return openArticle({...state, articles}, article, context, corpus.statementOf[state.selected]!);
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

		case 'finder': {
			return {...state, finder: findSpeakers(corpus.speakers, undefined, ''), help: undefined};
		}

		case 'order': {
			const order = nextOrder(state.order);
			const speaker = corpusSpeakerAtRow(corpus, state.order, state.speakers.cursor);
			const speakers = pointList({cursor: 0, top: 0}, rowOfSpeaker(corpus, order, speaker), corpus.speakers.length + 1, context.rows.speakers);
			return {...state, order, speakers, message: `speakers by ${order}`};
		}

		case 'sameSpeaker': {
			return sameSpeaker(state, action.direction, context);
		}

		case 'request': {
			return request(state, action.kind, context);
		}

		case 'note': {
			return {...state, message: action.message};
		}

		case 'quit': {
			return {...state, exit: action.code};
		}

		case 'reveal': {
			return reveal(state, context);
		}

		default: {
			return state;
		}
	}
}
