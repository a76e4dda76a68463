import type {Token} from './tokens.js';

export type QuoteSpan = {
	/** Token index of the opening mark, or -1 when the quote runs on from the previous paragraph. */
	open: number;
	/** Token index of the closing mark, or -1 when the quote runs on past the paragraph. */
	close: number;
};

export const opening = new Set(['“', '„', '«', '``']);
export const closing = new Set(['”', '»']);
/** Marks that open or close depending on whether a quote is open. */
export const straight = new Set(['"', "''"]);

const enum Side {
	Opening,
	Closing,
	Straight,
}

/** Which side a quote mark (a token of kind 'quote') stands on, by its first character: cheaper than the sets above, as often as findQuotes asks. */
function sideOf(mark: string): Side {
	const code = mark.charCodeAt(0);
	if (code === 0x22 || code === 0x27) return Side.Straight; // " ''
	return code === 0x20_1d || code === 0xbb ? Side.Closing : Side.Opening; // ” » (“ „ « `` open)
}

/**
 * Pairs quote marks in one pass. Straight quotes alternate; curly ones say which side they are.
 * An unclosed quote runs to the paragraph's end, as news style does for quotes that go on.
 * Returns, for every token, the span it lies inside (or -1), and the spans; `inside` may be a reused buffer at least as long as
 * the tokens, written over [0, tokens.length) only.
 */
export function findQuotes(tokens: Token[], inside: Int32Array = new Int32Array(tokens.length)): {spans: QuoteSpan[]; inside: Int32Array} {
	const spans: QuoteSpan[] = [];
	let current: QuoteSpan | undefined;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'quote') {
			const side = sideOf(token.text);
			const opens = side === Side.Opening || (side === Side.Straight && !current);
			const closes = side === Side.Closing || (side === Side.Straight && current !== undefined);
			if (current && closes) {
				current.close = i;
				inside[i] = spans.length - 1;
				current = undefined;
				continue;
			}

			if (opens) {
				// A second opening mark inside a quote closes the first, which was never closed
				current = {open: i, close: -1};
				spans.push(current);
				inside[i] = spans.length - 1;
				continue;
			}

			if (closes && spans.length === 0) {
				// A closing mark with no opening: the quote began in an earlier paragraph
				spans.push({open: -1, close: i});
				for (let k = 0; k <= i; k++) inside[k] = 0;
				continue;
			}
		}

		// Written here, not filled with -1 first: fill() is a call into the runtime, as costly as this loop for most units
		inside[i] = current ? spans.length - 1 : -1;
	}

	return {spans, inside};
}
