import {Int32List} from './buffers.js';
import type {Prepared, PreparedArticle} from './prepare.js';
import type {Sentence} from './sentences.js';
import type {Token} from './tokens.js';
import {Flag, hasFlag} from './word-flags.js';

/**
 * A capitalised word at the start of a sentence, a quote or a title-case headline is a name
 * only if the article never writes it in lower case ("Representatives", "Sales").
 * The evidence is two sets of words gathered in a first pass over every paragraph, which also
 * notes the capitals whose case says nothing; once every paragraph is seen, demote() lowers those
 * that case alone explains in the token store, for good, so later passes see them so.
 */
export class Capitals {
	/** Words the article writes in lower case somewhere. */
	private readonly lowerCase = new Set<string>();
	/** Words capitalised where case means something (not at a sentence start). */
	private readonly capitalised = new Set<string>();
	/**
	 * Capitals whose case says nothing: index in the token store × 2, plus 1 when nothing around
	 * them says they are a name (see demote()). Four bytes each, for the whole article.
	 */
	private blind = new Int32List();

	/** Gathers one unit's evidence. */
	observe(prepared: Prepared) {
		const {paragraph, tokens, sentences, first} = prepared;
		/** The first sentence whose first word is not before token i. */
		let s = 0;
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.kind !== 'word') continue;
			if (!token.cap) {
				this.lowerCase.add(token.lower);
				continue;
			}

			while (s < sentences.length && firstWord(tokens, sentences[s]!) < i) s++;
			if (!(paragraph.kind === 'headline' || (s < sentences.length && firstWord(tokens, sentences[s]!) === i) || opensPhrase(prepared, i))) {
				this.capitalised.add(token.lower);
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
	demote(article: Pick<PreparedArticle, 'lowerCaseAt' | 'uncapitalise'>) {
		for (let k = 0; k < this.blind.length; k++) {
			const index = this.blind.at(k) >> 1;
			const word = article.lowerCaseAt(index);
			if (this.lowerCase.has(word) || ((this.blind.at(k) & 1) === 1 && !this.capitalised.has(word))) article.uncapitalise(index);
		}

		this.blind = new Int32List();
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
