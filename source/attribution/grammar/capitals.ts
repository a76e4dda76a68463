import {Int32List} from '../text/buffers.js';
import type {Prepared, PreparedArticle} from '../text/units.js';
import type {Sentence} from '../text/sentences.js';
import type {Token} from '../text/tokens.js';
import {Flag, hasFlag} from '../text/word-flags.js';

/** The bits of Capitals' evidence on a word. */
const writtenLower = 1;
const capitalisedInside = 2;

/**
 * A capitalised word at the start of a sentence, a quote or a title-case headline is a name
 * only if the article never writes it in lower case ("Representatives", "Sales").
 * The evidence is two bits per word gathered in a first pass over every paragraph, which also
 * notes the capitals whose case says nothing; once every paragraph is seen, demote() lowers those
 * that case alone explains in the token store, for good, so later passes see them so.
 */
export class Capitals {
	/**
	 * By the words' lowerId (see Token): writtenLower when the article writes the word in lower case
	 * somewhere, capitalisedInside when it capitalises it where case means something (not at a
	 * sentence start). One byte per distinct word instead of two sets of strings: no hashing per token.
	 */
	private evidence: Uint8Array;
	/**
	 * Capitals whose case says nothing: index in the token store × 2, plus 1 when nothing around
	 * them says they are a name (see demote()). Four bytes each, for the whole article.
	 */
	private blind = new Int32List();

	/**
	 * Room for 16,384 distinct words before the evidence grows: growing once observe() is optimised
	 * throws its code out. (Assigned here, not where declared: a field assigned once is compiled as a constant.)
	 */
	constructor() {
		this.evidence = new Uint8Array(16_384);
	}

	/** Gathers one unit's evidence. */
	observe(prepared: Prepared) {
		const {paragraph, tokens, sentences, first} = prepared;
		/** The first sentence whose first word is not before token i. */
		let s = 0;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.kind !== 'word') continue;
			if (!token.cap) {
				this.note(token.lowerId, writtenLower);
				continue;
			}

			while (s < sentences.length && firstWord(tokens, sentences[s]!) < i) s++;
			if (!(paragraph.kind === 'headline' || (s < sentences.length && firstWord(tokens, sentences[s]!) === i) || opensPhrase(prepared, i))) {
				this.note(token.lowerId, capitalisedInside);
			} else {
				// "Throughout the day", "Southern states": alone unless a headline, a capital next or a reporting verb ("Sales said")
				const next = tokens[i + 1];
				const alone = paragraph.kind !== 'headline' && !(next?.kind === 'word' && next.cap) && (next === undefined || !hasFlag(next, Flag.Reporting));
				this.blind.push(2 * (first + i) + (alone ? 1 : 0));
			}
		}
	}

	/**
	 * Lowers, in the article's token store, every capital that case alone explains: one the article
	 * also writes in lower case, or one never capitalised elsewhere with nothing around it that
	 * makes it a name. Call once every unit was observed.
	 */
	demote(article: Pick<PreparedArticle, 'lowerIdAt' | 'uncapitalise'>) {
		for (let k = 0; k < this.blind.length; k++) {
			const index = this.blind.at(k) >> 1;
			const evidence = this.evidenceOf(article.lowerIdAt(index));
			if ((evidence & writtenLower) !== 0 || ((this.blind.at(k) & 1) === 1 && (evidence & capitalisedInside) === 0)) article.uncapitalise(index);
		}

		this.blind = new Int32List();
	}

	private evidenceOf(lowerId: number): number {
		return lowerId < this.evidence.length ? this.evidence[lowerId]! : 0;
	}

	private note(lowerId: number, bit: number) {
		if (lowerId >= this.evidence.length) this.grow(lowerId);
		this.evidence[lowerId]! |= bit;
	}

	private grow(lowerId: number) {
		const grown = new Uint8Array(Math.max(2 * this.evidence.length, lowerId + 1));
		grown.set(this.evidence);
		this.evidence = grown;
	}
}

/*
 * A capital's case says nothing at the start of a sentence, of a quote, after a colon or a dash, and
 * in a headline: those are the capitals observe() counts as blind. Only capitals are asked.
 */

/** Where a sentence's first word stands: after its opening quote mark, if any. */
function firstWord(tokens: Token[], sentence: Sentence): number {
	return tokens[sentence.from]?.kind === 'quote' ? sentence.from + 1 : sentence.from;
}

/** Whether token i opens a quote or follows a colon or dash. */
function opensPhrase({tokens, inside}: Prepared, i: number): boolean {
	if (i === 0) return false;
	const before = tokens[i - 1]!;
	if (before.kind === 'quote') return inside[i] === inside[i - 1] && inside[i - 1] !== -1;
	return before.text === ':' || before.text === '--' || before.text === '—';
}
