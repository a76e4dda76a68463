import type {Token} from './tokens.js';

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
 * An unclosed quote runs to the paragraph's end, as news style does for quotes that go on; a
 * closing mark with no opening one closes a quote begun in an earlier paragraph.
 * Returns `inside`: for every token, the index of the quote span it lies inside (spans are numbered
 * in text order), or -1. It may be a reused buffer at least as long as the tokens, written over
 * [0, tokens.length) only. (Spans are counted, not kept: no object per quote, nor array per unit.)
 */
export function findQuotes(tokens: Token[], inside: Int32Array = new Int32Array(tokens.length)): Int32Array {
	/** Spans met so far; the last one is open when `open`. */
	let spans = 0;
	let open = false;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'quote') {
			const side = sideOf(token.text);
			const opens = side === Side.Opening || (side === Side.Straight && !open);
			const closes = side === Side.Closing || (side === Side.Straight && open);
			if (open && closes) {
				inside[i] = spans - 1;
				open = false;
				continue;
			}

			if (opens) {
				// A second opening mark inside a quote closes the first, which was never closed
				spans++;
				open = true;
				inside[i] = spans - 1;
				continue;
			}

			if (closes && spans === 0) {
				// A closing mark with no opening: the quote began in an earlier paragraph
				spans = 1;
				for (let k = 0; k <= i; k++) inside[k] = 0;
				continue;
			}
		}

		// Written here, not filled with -1 first: fill() is a call into the runtime, as costly as this loop for most units
		inside[i] = open ? spans - 1 : -1;
	}

	return inside;
}
