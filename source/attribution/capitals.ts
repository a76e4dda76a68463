import {Int32List, Uint8Scratch} from './buffers.js';
import type {Prepared, PreparedArticle} from './prepare.js';
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
	private readonly blindness = new Uint8Scratch();

	/** Gathers one unit's evidence. */
	observe(prepared: Prepared) {
		const {paragraph, tokens, first} = prepared;
		const blind = caseBlind(prepared, this.blindness.zeroed(prepared.tokens.length));
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.kind !== 'word') continue;
			if (!token.cap) {
				this.lowerCase.add(token.lower);
			} else if (blind[i] === 0) {
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

/** Marks (1) the capitalised words whose case says nothing: sentence and quote starts, after a colon or dash, a headline's words. `blind` comes zeroed. */
function caseBlind({paragraph, tokens, inside, sentences}: Prepared, blind: Uint8Array): Uint8Array {
	const mark = (i: number) => {
		const token = tokens[i];
		if (token?.kind === 'word' && token.cap) blind[i] = 1;
	};

	if (paragraph.kind === 'headline') for (let i = 0; i < tokens.length; i++) mark(i);
	for (const sentence of sentences) mark(tokens[sentence.from]?.kind === 'quote' ? sentence.from + 1 : sentence.from);
	for (let i = 0; i + 1 < tokens.length; i++) {
		const text = tokens[i]!.text;
		if (tokens[i]!.kind === 'quote' && inside[i + 1] === inside[i] && inside[i] !== -1) mark(i + 1);
		if (text === ':' || text === '--' || text === '—') mark(i + 1);
	}

	return blind;
}
