import type {Token} from './tokens.js';

/**
 * Quotation marks by style: each opening mark and the marks that close a quote it opens. A quote is closed
 * only by a mark of its own style ("never across styles"): „…“ and „…” (German, Polish), «…» (French),
 * »…« (German), ‚…‘, ‹…›, ›…‹, 「…」, 『…』, English “…” and "…" (one style), and typewriter ``…'' or ''…''.
 * ‘ is no quote mark of its own (it opens an English single quote, whose ’ is also the apostrophe, and
 * stands for an apostrophe in careless text): it only closes ‚.
 */
const closersOf: ReadonlyMap<string, readonly string[]> = new Map([
	// English double quotes, straight and curly, are one style: news text mixes them ("...,” said X)
	['"', ['"', '”']],
	['“', ['”', '"']],
	['„', ['“', '”']],
	['«', ['»']],
	['»', ['«']],
	['‚', ['‘']],
	['‹', ['›']],
	['›', ['‹']],
	['「', ['」']],
	['『', ['』']],
	['``', ["''"]],
	["''", ["''"]],
]);

/**
 * Marks that, with no quote open, may close a quote begun in an earlier paragraph (news style carries a
 * quote over paragraphs): the closers of any style but ‚…‘, whose ‘ opens an English single quote.
 * Of them, those that open a quote of their own style too (“ » « › ‹) close only where a closing mark
 * stands: at the paragraph's end or before a comma or a stop.
 */
const carriedClosers = new Set(['”', '»', '«', '›', '‹', '“', '」', '』']);

/** Marks that may open a quote. */
const opening: ReadonlySet<string> = new Set(closersOf.keys());

/**
 * The opening mark of the quote open after `written`, when `open` was open before it: what findQuotes()
 * decides, without reading ahead (a mark that may open or close opens when no quote is open).
 */
export function quoteOpenAfter(open: string | undefined, written: string): string | undefined {
	if (open !== undefined) return closersOf.get(open)!.includes(written) ? undefined : open;
	return opening.has(written) ? written : undefined;
}

/** Punctuation that follows a closing quote mark, not an opening one ("[" and "(" may open a quote's words). */
const afterClosing = new Set([',', '.', ';', ':', '!', '?', ')', ']']);

/** Whether the mark at `i`, with no quote open, stands where a closing mark does: at the end, or before a comma or a stop. */
function standsClosing(tokens: Token[], i: number): boolean {
	const next = tokens[i + 1];
	return next === undefined || (next.kind === 'punct' && afterClosing.has(next.text));
}

/**
 * Pairs quote marks in one pass, each quote closed by a mark of its own style; marks of other styles
 * inside it are part of it. An unclosed quote runs to the paragraph's end, as news style does for
 * quotes that go on; a closing mark with no opening one closes a quote begun in an earlier paragraph.
 * Returns `inside`: for every token, the index of the quote span it lies inside (spans are numbered
 * in text order), or -1. It may be a reused buffer at least as long as the tokens, written over
 * [0, tokens.length) only.
 */
export function findQuotes(tokens: Token[], inside: Int32Array = new Int32Array(tokens.length)): Int32Array {
	const state: QuoteState = {spans: 0, open: undefined};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		const mark = token.kind === 'quote' || (state.open === '‚' && token.text === '‘');
		if (!mark || !pairMark(tokens, i, state, inside)) inside[i] = state.open === undefined ? -1 : state.spans - 1;
	}

	return inside;
}

/** Spans met so far; the last one is open while `open` is its opening mark. */
type QuoteState = {spans: number; open: string | undefined};

/** Reads the quote mark at `i` into the state, and writes inside[i]; false when it is a mark that does nothing here. */
function pairMark(tokens: Token[], i: number, state: QuoteState, inside: Int32Array): boolean {
	const mark = tokens[i]!.text;
	if (state.open !== undefined) {
		if (closersOf.get(state.open)!.includes(mark)) state.open = undefined;
		// The same opening mark again: the quote it opened was never closed, and a new one starts
		else if (mark === state.open) state.spans++;
		inside[i] = state.spans - 1;
		return true;
	}

	const carried = carriedClosers.has(mark) && (!opening.has(mark) || standsClosing(tokens, i));
	if (carried && state.spans === 0) {
		// A closing mark with no opening: the quote began in an earlier paragraph
		state.spans = 1;
		inside.fill(0, 0, i + 1);
		return true;
	}

	if (carried || !opening.has(mark)) return false;
	state.spans++;
	state.open = mark;
	inside[i] = state.spans - 1;
	return true;
}
