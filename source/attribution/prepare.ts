import type {Paragraph} from '../model.js';
import {Int32Scratch} from './buffers.js';
import {findQuotes} from './quotes.js';
import {type Sentence, splitSentences} from './sentences.js';
import {type Token, TokenStore} from './tokens.js';

/**
 * One paragraph, tokenised and shared by every rule of a pass. Each pass prepares a paragraph,
 * uses it and drops it: its token objects are refilled for the next paragraph, so no rule may keep
 * a token beyond it (rules keep token indexes and strings).
 */
export type Prepared = {
	paragraph: Paragraph;
	tokens: Token[];
	/** For every token, the quote span it lies inside, or -1. */
	inside: Int32Array;
	sentences: Sentence[];
};

/** An article's paragraphs, scanned into tokens once (two bytes a token) and prepared again by every pass. */
export class PreparedArticle {
	private readonly store: TokenStore;
	/** Where each paragraph's tokens begin in the store, and where the last one's end. */
	private readonly bounds: Int32Array;
	private readonly insides = new Int32Scratch();

	constructor(readonly paragraphs: Paragraph[]) {
		let characters = 0;
		for (const paragraph of paragraphs) characters += paragraph.text.length;
		// News has about one token per five characters: this rarely grows
		this.store = new TokenStore(characters >> 2);
		this.bounds = new Int32Array(paragraphs.length + 1);
		for (const [index, paragraph] of paragraphs.entries()) {
			this.store.scan(paragraph.text);
			this.bounds[index + 1] = this.store.length;
		}
	}

	/** The paragraph at `index`, valid until the next call (its tokens and `inside` are reused). */
	prepare(index: number): Prepared {
		const paragraph = this.paragraphs[index]!;
		const tokens = withoutDateline(this.store.tokens(paragraph.text, this.bounds[index]!, this.bounds[index + 1]!), paragraph);
		const {inside} = findQuotes(tokens, this.insides.take(tokens.length));
		return {paragraph, tokens, inside, sentences: splitSentences(tokens, inside)};
	}
}

/** "WASHINGTON (AP) — Smith said ...": the dateline is no one's subject, so attribution starts after its dash. */
function withoutDateline(tokens: Token[], paragraph: Paragraph): Token[] {
	if (!paragraph.dateline) return tokens;
	const end = paragraph.dateline.length;
	const dash = tokens.findIndex((token) => token.start >= end && token.kind === 'punct');
	return dash === -1 ? tokens : tokens.slice(dash + 1);
}
