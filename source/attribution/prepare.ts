import type {Paragraph} from '../model.js';
import {findQuotes} from './quotes.js';
import {type Sentence, splitSentences} from './sentences.js';
import {type Token, tokenize} from './tokens.js';

/**
 * One paragraph, tokenised and shared by every rule of a pass. Each pass prepares a paragraph,
 * uses it and drops it, so that the tokens of a whole article are never alive at once: on large
 * inputs that is the difference between a heap of a few times the text and one of dozens of times.
 */
export type Prepared = {
	paragraph: Paragraph;
	tokens: Token[];
	/** For every token, the quote span it lies inside, or -1. */
	inside: Int32Array;
	sentences: Sentence[];
};

export function prepare(paragraph: Paragraph): Prepared {
	const tokens = withoutDateline(tokenize(paragraph.text), paragraph);
	const {inside} = findQuotes(tokens);
	return {paragraph, tokens, inside, sentences: splitSentences(tokens, inside)};
}

/** "WASHINGTON (AP) — Smith said ...": the dateline is no one's subject, so attribution starts after its dash. */
function withoutDateline(tokens: Token[], paragraph: Paragraph): Token[] {
	if (!paragraph.dateline) return tokens;
	const end = paragraph.dateline.length;
	const dash = tokens.findIndex((token) => token.start >= end && token.kind === 'punct');
	return dash === -1 ? tokens : tokens.slice(dash + 1);
}
