import type {Int32List} from './buffers.js';
import {sentenceStarters, titleAbbreviations} from '../lexicon/index.js';
import type {Token} from './tokens.js';

export type Sentence = {
	/** Token range [from, to). */
	from: number;
	to: number;
};

const stops = new Set(['.', '!', '?', '...', '…']);

function startsSentence(next: Token | undefined): boolean {
	if (!next) return false;
	if (next.kind === 'quote') return true;
	if (next.kind === 'word') return next.cap || (next.text.charCodeAt(0) >= 0x30 && next.text.charCodeAt(0) <= 0x39);
	return next.text === '(' || next.text === '[';
}

/**
 * Splits a paragraph's tokens into sentences: appends to `ends` where each ends (its `to`; the next
 * starts there), no object per sentence. A quote is never cut: several quoted sentences stay
 * together, so that `"A. B," she said.` is one statement. Abbreviations ("Mr.", "U.S.", "Oct. 8",
 * "p.m.") do not end sentences unless a sentence plainly starts after them.
 */
export function sentenceEnds(tokens: Token[], inside: Int32Array, ends: Int32List) {
	let from = 0;
	for (let i = 0; i < tokens.length; i++) {
		let end = stopAt(tokens, inside, i);
		if (end === -1) continue;
		// Closing marks and brackets right after the stop belong to this sentence
		while (end + 1 < tokens.length && (tokens[end + 1]!.text === ')' || (tokens[end + 1]!.kind === 'quote' && isClosing(end + 1, inside, tokens.length)))) end++;
		i = end;
		if (end + 1 < tokens.length && !startsSentence(tokens[end + 1])) continue;
		ends.push(end + 1);
		from = end + 1;
	}

	if (from < tokens.length) ends.push(tokens.length);
}

/** Whether a sentence may end after token i (a stop outside quotes, a quote closed after a stop, an abbreviation before a sentence starter): i, or -1. */
function stopAt(tokens: Token[], inside: Int32Array, i: number): number {
	const token = tokens[i]!;
	if (token.kind === 'punct') return inside[i] === -1 && stops.has(token.text) ? i : -1;
	if (token.kind === 'quote') {
		if (inside[i] === -1 || i === 0 || !isClosing(i, inside, tokens.length)) return -1;
		const previous = tokens[i - 1]!;
		if (previous.kind === 'punct' && stops.has(previous.text)) return i;
		return previous.abbreviation && previous.text.endsWith('.') && !titleAbbreviations.has(previous.lower) ? i : -1;
	}

	if (!token.abbreviation || inside[i] !== -1 || titleAbbreviations.has(token.lower) || token.text.length <= 2) return -1;
	const next = tokens[i + 1];
	return next?.kind === 'word' && next.cap && sentenceStarters.has(next.lower) ? i : -1;
}

/** A quote mark that ends its span (the next token is outside it, or another span starts). `inside` may be longer than the `length` tokens. */
function isClosing(i: number, inside: Int32Array, length: number): boolean {
	return inside[i] !== -1 && (i + 1 >= length || inside[i + 1] !== inside[i]);
}
