import type {Attributed, Speaker, Statement} from '../model.js';
import {type ArticleLayout, type Position, compare, placedIn} from './article-layout.js';
import {type FinderState, finderStep, findSpeakers} from './finder-state.js';
import {type PaneName, paneOrder} from './layout.js';
import {type ListScroll, type Step, follow, moveList, scrollHelp, stepFocus, stepSize} from './scroll.js';
import {indexOf, keep, matching, perModel, speakerIndex, visible} from './select.js';

/** How the Speakers list is sorted; `S` cycles through them. Speaker numbers never change. */
export type Order = 'appearance' | 'statements' | 'name';
export const orders: Order[] = ['appearance', 'statements', 'name'];

/** The order `S` turns to after `order`. */
export function nextOrder(order: Order): Order {
	return orders[(orders.indexOf(order) + 1) % orders.length]!;
}

export type {ListScroll, Step} from './scroll.js';

/** Work the reader asks of the terminal (run.tsx does it); `id` tells a new request from the last. */
export type Request =
	| {id: number; kind: 'redraw'}
	| {id: number; kind: 'suspend'}
	| {id: number; kind: 'copy'; text: string}
	/** `article`: in the corpus reader, which article (its index in the corpus). */
	| {id: number; kind: 'pager' | 'editor'; paragraph: number; article?: number};

/** Kinds of work a key asks of the terminal. */
export type RequestKind = Request['kind'];

/** Everything the reader remembers. Selection is a statement id, so filters and resizes keep it. */
export type State = {
	focus: PaneName;
	/** Speaker id, or undefined for all speakers. */
	filter: string | undefined;
	/** Statement id. */
	selected: number | undefined;
	/** The Speakers list: row 0 is "All", row N the Nth speaker in `order`. */
	speakers: ListScroll;
	order: Order;
	/** First shown statement of the Statements pane (an index in the filtered list). */
	statementsTop: number;
	/** First row of the article pane. */
	top: Position;
	search: {query: string; editing: boolean; origin: number | undefined};
	/** The help overlay's first shown row, when it is open. */
	help: {top: number} | undefined;
	/** The speaker finder, when it is open: rows are indices into `found`. */
	finder: FinderState | undefined;
	/** Digits typed within `countWindow` ms of each other make one speaker number. */
	count: TypedCount | undefined;
	/** A note in the status bar until the next key ("copied", "no speaker 14"). */
	message: string | undefined;
	request: Request | undefined;
	exit: number | undefined;
};

/** Digits typed within this many milliseconds of the previous one join it, like a count in less or vim. */
export const countWindow = 600;

/** The digits typed so far and when the last one came. */
export type TypedCount = {digits: string; at: number};

/**
 * Digits typed close together make one number (`1` `2` → 12), unless no item has it (above `max`):
 * then the last digit starts anew. Shared by the one-article and the corpus reader.
 */
export function typedNumber(previous: TypedCount | undefined, value: number, at: number, max: number): {count: TypedCount; number: number} {
	const joined = previous && at - previous.at < countWindow ? previous.digits + String(value) : undefined;
	const digits = joined !== undefined && Number(joined) <= max ? joined : String(value);
	return {count: {digits, at}, number: Number(digits)};
}

/** What keys and the pointer do. `P` names the panes (the corpus reader has its own); the key table's actions name none. */
export type Action<P extends string = PaneName> =
	| {type: 'move'; by: Step; direction: 1 | -1; pane?: P}
	| {type: 'focus'; direction: 1 | -1}
	| {type: 'focusPane'; pane: P}
	| {type: 'digit'; digit: number; at: number}
	| {type: 'enter'}
	| {type: 'search'}
	| {type: 'type'; text: string}
	| {type: 'erase'}
	| {type: 'confirm'}
	| {type: 'cancel'}
	| {type: 'match'; direction: 1 | -1}
	| {type: 'escape'}
	| {type: 'help'}
	| {type: 'close'}
	| {type: 'finder'}
	| {type: 'sameSpeaker'; direction: 1 | -1}
	| {type: 'paragraph'; direction: 1 | -1}
	| {type: 'order'}
	| {type: 'click'; pane: P; row: number}
	| {type: 'filterRow'; row: number}
	| {type: 'note'; message: string}
	| {type: 'request'; kind: RequestKind}
	| {type: 'quit'; code: number}
	| {type: 'reveal'};

/** What the reducer needs to know about the screen as it is now. */
export type Context = {
	model: Attributed;
	article: ArticleLayout;
	/** Rows inside each pane (and inside the overlays). */
	rows: {statements: number; article: number; speakers: number; help: number; finder: number};
	/** Rows the selected statement takes when opened in the Statements pane. */
	openRows: (statement: Statement) => number;
	/** Rows of the help overlay's text. */
	helpRows: number;
	/** The quote `y` copies (quote.ts), built from sanitised text. */
	quote: (statement: Statement) => string;
};

export function initialState(model: Attributed, speaker?: string, statement?: number): State {
	const filter = speaker !== undefined && speakerIndex(model, speaker) >= 0 ? speaker : undefined;
	const at = statement === undefined ? undefined : model.statements[statement];
	return {
		focus: at ? 'article' : 'statements',
		filter,
		selected: at ? at.id : keep(visible(model, filter), undefined),
		speakers: {cursor: filter === undefined ? 0 : speakerIndex(model, filter) + 1, top: 0},
		order: 'appearance',
		statementsTop: 0,
		// The article opens at its top (headline and lede) with the first statement selected
		top: {paragraph: 0, line: 0},
		search: {query: '', editing: false, origin: undefined},
		help: undefined,
		finder: undefined,
		count: undefined,
		message: undefined,
		request: undefined,
		exit: undefined,
	};
}

const sortedCache = new WeakMap<object, Map<Order, number[]>>();
const collator = new Intl.Collator();

/** How a list of speakers is sorted: by each one's statements, name and (when the list is not in that order already) first appearance. */
export type SpeakerKeys = {statements: (index: number) => number; name: (index: number) => string; first?: (index: number) => number};

/** Positions in a list of `count` speakers (owned by `owner`, which caches the sort) in the given order; ties keep the list's order. */
export function sortedSpeakers(owner: object, count: number, order: Order, keys: SpeakerKeys): number[] {
	const byOrder = perModel(sortedCache, owner);
	let list = byOrder.get(order);
	if (!list) {
		list = Array.from({length: count}, (_, i) => i);
		const {first} = keys;
		if (order === 'appearance' && first) list.sort((a, b) => first(a) - first(b) || a - b);
		if (order === 'statements') list.sort((a, b) => keys.statements(b) - keys.statements(a) || a - b);
		if (order === 'name') list.sort((a, b) => collator.compare(keys.name(a), keys.name(b)) || a - b);
		byOrder.set(order, list);
	}

	return list;
}

/** Speaker positions (in model.speakers) in the list's order. */
export function speakerOrder(model: Attributed, order: Order): number[] {
	const {speakers} = model;
	return sortedSpeakers(model, speakers.length, order, {statements: (i) => speakers[i]!.statements.length, name: (i) => speakers[i]!.name});
}

/** The speaker on row `row` of the Speakers list (row 0 is "All"). */
export function speakerAtRow(model: Attributed, order: Order, row: number): Speaker | undefined {
	if (row <= 0) return undefined;
	const at = speakerOrder(model, order)[row - 1];
	return at === undefined ? undefined : model.speakers[at];
}

function rowOfSpeaker(model: Attributed, order: Order, id: string | undefined): number {
	if (id === undefined) return 0;
	return speakerOrder(model, order).indexOf(speakerIndex(model, id)) + 1;
}

/** Selects a statement, keeps it in the Statements window and scrolls the article so it is in view. */
function select(state: State, id: number | undefined, context: Context): State {
	const statement = id === undefined ? undefined : context.model.statements[id];
	const top = statement ? context.article.reveal(state.top, statement, context.rows.article) : state.top;
	return followStatements({...state, selected: id, top}, context);
}

function followStatements(state: State, context: Context): State {
	const list = visible(context.model, state.filter);
	const index = Math.max(0, indexOf(list, state.selected));
	const statement = list[index];
	const open = statement ? context.openRows(statement) : 1;
	const statementsTop = follow(state.statementsTop, index, list.length, context.rows.statements, open);
	return statementsTop === state.statementsTop ? state : {...state, statementsTop};
}

function move(state: State, by: Step, direction: 1 | -1, pane: PaneName, context: Context): State {
	const {model, article, rows} = context;
	if (pane === 'statements') {
		const list = visible(model, state.filter);
		if (list.length === 0) return state;
		// The selected statement is drawn open (about four rows), so a page holds fewer of them
		const size = by === 'page' ? Math.max(1, rows.statements - 4) : stepSize(by, rows.statements - 4);
		const index = Math.max(0, Math.min(list.length - 1, indexOf(list, state.selected) + direction * Math.min(size, list.length)));
		return select(state, list[index]!.id, context);
	}

	if (pane === 'article') {
		if (by === 'edge') return {...state, top: direction < 0 ? {paragraph: 0, line: 0} : article.lastTop(rows.article)};
		return {...state, top: article.clamp(article.advance(state.top, direction * stepSize(by, rows.article)), rows.article)};
	}

	return {...state, speakers: moveList(state.speakers, by, direction, model.speakers.length + 1, rows.speakers)};
}

function filterTo(state: State, filter: string | undefined, context: Context): State {
	const cursor = rowOfSpeaker(context.model, state.order, filter);
	const speakers = {cursor, top: follow(state.speakers.top, cursor, context.model.speakers.length + 1, context.rows.speakers)};
	const next = {...state, filter, speakers, search: {...state.search, origin: undefined}};
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
	const ids = matching(context.model, visible(context.model, state.filter), query);
	const search = {...state.search, query};
	const id = nextMatch(ids, state.search.origin, 1, true);
	return select({...state, search}, id ?? state.search.origin, context);
}

/** A digit typed: filter to the speaker its number names (typedNumber), 0 to all. */
function digit(state: State, value: number, at: number, context: Context): State {
	const {speakers} = context.model;
	const {count, number} = typedNumber(state.count, value, at, speakers.length);
	if (number === 0) return {...filterTo(state, undefined, context), count};
	const speaker = speakers[number - 1];
	if (!speaker) return {...state, count, message: `no speaker ${number} (there are ${speakers.length})`};
	return {...filterTo(state, speaker.id, context), count};
}

/** A key in the open finder (finder-state.ts); a speaker picked filters to it. Undefined when the finder does not take the action. */
function inFinder(state: State, finder: FinderState, action: Action, context: Context): State | undefined {
	const step = finderStep(finder, action, context.model.speakers, context.rows.finder);
	if (!step) return undefined;
	const next = {...state, finder: step.finder};
	return step.chosen === undefined ? next : {...filterTo(next, context.model.speakers[step.chosen]!.id, context), focus: 'statements'};
}

/**
 * The next (or previous) statement of the current speaker, wrapping round: in the Speakers pane
 * the speaker under the cursor, elsewhere the selected statement's.
 */
function sameSpeaker(state: State, direction: 1 | -1, context: Context): State {
	const {model} = context;
	const current = state.selected === undefined ? undefined : model.statements[state.selected];
	const pointed = state.focus === 'speakers' ? speakerAtRow(model, state.order, state.speakers.cursor) : undefined;
	const speakerId = pointed?.id ?? current?.speaker;
	if (speakerId === undefined) return state;
	const ids = model.speakers[speakerIndex(model, speakerId)]?.statements ?? [];
	const at = current?.id ?? -1;
	const others = ids.filter((id) => id !== at);
	if (others.length === 0) return {...state, message: 'no other statement by this speaker'};
	const next = direction > 0 ? (ids.find((id) => id > at) ?? ids[0]!) : (ids.findLast((id) => id < at) ?? ids.at(-1)!);
	// A filter to another speaker would hide it: the filter follows the speaker
	const filtered = state.filter !== undefined && state.filter !== speakerId ? filterTo(state, speakerId, context) : state;
	return select(filtered, next, context);
}

/** Scrolls the article to the start of the paragraph after (or before) the one at its top. */
function paragraphStep(state: State, direction: 1 | -1, context: Context): State {
	const {article, rows} = context;
	const {paragraph, line} = state.top;
	const target = direction > 0 ? paragraph + 1 : line > 0 ? paragraph : paragraph - 1;
	const top = article.clamp({paragraph: Math.max(0, Math.min(article.count - 1, target)), line: 0}, rows.article);
	return {...state, focus: 'article', top};
}

/** The id of the next request: one more than the last, so the reader tells it from the last. */
export const nextRequestId = (last: Request | undefined): number => (last?.id ?? 0) + 1;

function request(state: State, kind: RequestKind, context: Context): State {
	const id = nextRequestId(state.request);
	if (kind === 'redraw' || kind === 'suspend') return {...state, request: {id, kind}};
	const statement = state.selected === undefined ? undefined : context.model.statements[state.selected];
	if (kind === 'copy') {
		if (!statement) return {...state, message: 'no statement to copy'};
		return {...state, request: {id, kind, text: context.quote(statement)}, message: 'copied the statement (OSC 52)'};
	}

	// The pager and editor open at the paragraph on screen in the Article pane, else at the selected statement's
	const paragraph = state.focus === 'article' ? context.article.paragraph(state.top.paragraph).index : (statement?.paragraph ?? 0);
	return {...state, request: {id, kind, paragraph}};
}

function click(state: State, pane: PaneName, row: number, context: Context): State {
	const focused = {...state, focus: pane};
	if (pane === 'speakers') {
		const cursor = state.speakers.top + row;
		if (cursor > context.model.speakers.length) return focused;
		return filterTo({...focused, speakers: {...state.speakers, cursor}}, speakerAtRow(context.model, state.order, cursor)?.id, context);
	}

	if (pane === 'statements') {
		const list = visible(context.model, state.filter);
		const index = indexOf(list, state.selected);
		let at = state.statementsTop;
		let left = row;
		// Rows above the opened statement are one each; the opened one takes openRows
		while (at < list.length) {
			const height = at === index ? context.openRows(list[at]!) : 1;
			if (left < height) return select(focused, list[at]!.id, context);
			left -= height;
			at++;
		}
	}

	if (pane === 'article') {
		// The statement on the clicked row, if any: the first that row shows
		const {article} = context;
		const at = article.advance(article.clamp(state.top, context.rows.article), row);
		const block = article.block(at.paragraph);
		const range = block.lines[at.line];
		const hit = range ? placedIn(block, range.start, range.end)[0] : undefined;
		if (hit) {
			const shown = visible(context.model, state.filter);
			const filtered = indexOf(shown, hit.statement.id) < 0 ? filterTo(focused, undefined, context) : focused;
			return {...select(filtered, hit.statement.id, context), top: state.top};
		}
	}

	return focused;
}

/**
 * What a key ends in either reader: a note lasts until the next key (a resize, `reveal`, keeps it), and digits
 * typed together (`count`) until a key that is no digit.
 */
export function afterKey<S extends {message?: string | undefined; count?: TypedCount | undefined}>(state: S, type: string): S {
	if (state.message !== undefined && type !== 'reveal' && type !== 'note') state = {...state, message: undefined};
	if (state.count && type !== 'digit' && type !== 'reveal') state = {...state, count: undefined};
	return state;
}

export function reduce(state: State, action: Action, context: Context): State {
	state = afterKey(state, action.type);
	const found = state.finder ? inFinder(state, state.finder, action, context) : undefined;
	if (found) return found;
	switch (action.type) {
		case 'move': {
			if (state.help) return {...state, help: scrollHelp(state.help, action.by, action.direction, context.helpRows, context.rows.help)};
			return move(state, action.by, action.direction, action.pane ?? state.focus, context);
		}

		case 'focus': {
			return {...state, focus: stepFocus(paneOrder, state.focus, action.direction)};
		}

		case 'focusPane': {
			return {...state, focus: action.pane};
		}

		case 'digit': {
			return digit(state, action.digit, action.at, context);
		}

		case 'enter': {
			if (state.focus === 'speakers') {
				const filtered = filterTo(state, speakerAtRow(context.model, state.order, state.speakers.cursor)?.id, context);
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
			// Backspace on an empty query leaves the search, as in less and vim
			if (state.search.query === '') return reduce(state, {type: 'cancel'}, context);
			return searchTo(state, [...state.search.query].slice(0, -1).join(''), context);
		}

		case 'confirm': {
			if (state.search.query === '') return {...state, search: {query: '', editing: false, origin: undefined}};
			return {...state, search: {...state.search, editing: false}};
		}

		case 'cancel': {
			return select({...state, search: {query: '', editing: false, origin: undefined}}, state.search.origin, context);
		}

		case 'match': {
			const ids = matching(context.model, visible(context.model, state.filter), state.search.query);
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
			return {...state, help: undefined, finder: undefined};
		}

		case 'help': {
			return {...state, help: state.help ? undefined : {top: 0}, finder: undefined};
		}

		case 'finder': {
			return {...state, finder: findSpeakers(context.model.speakers, undefined, ''), help: undefined};
		}

		case 'sameSpeaker': {
			return sameSpeaker(state, action.direction, context);
		}

		case 'paragraph': {
			return paragraphStep(state, action.direction, context);
		}

		case 'order': {
			const order = nextOrder(state.order);
			const cursor = rowOfSpeaker(context.model, order, speakerAtRow(context.model, state.order, state.speakers.cursor)?.id);
			return {...state, order, speakers: {cursor, top: follow(0, cursor, context.model.speakers.length + 1, context.rows.speakers)}, message: `speakers by ${order}`};
		}

		case 'note': {
			return {...state, message: action.message};
		}

		case 'filterRow': {
			return filterTo(state, speakerAtRow(context.model, state.order, action.row)?.id, context);
		}

		case 'click': {
			return click(state, action.pane, action.row, context);
		}

		case 'request': {
			return request(state, action.kind, context);
		}

		case 'quit': {
			return {...state, exit: action.code};
		}

		case 'reveal': {
			// The same state when nothing moves, so that React draws no second frame
			const revealed = select(state, state.selected, context);
			return compare(revealed.top, state.top) === 0 && revealed.statementsTop === state.statementsTop ? state : revealed;
		}
	}
}
