import type {Paragraph} from '../../model.js';
import {ArraysByLength, Int32List, Int32Scratch} from './buffers.js';
import {findQuotes, quoteOpenAfter} from './quotes.js';
import {type Sentence, sentenceEnds} from './sentences.js';
import {afterGap, type TokenText, type Token, TokenStore} from './tokens.js';

/**
 * One unit of analysis, tokenised and shared by every rule of a pass: a paragraph, or a piece of
 * one too long to be a paragraph. Each pass prepares a unit, uses it and drops it: the object, its
 * arrays and its buffers are reused for the units after it, so rules keep token indexes and
 * strings, not them.
 */
export type Prepared = {
	paragraph: Paragraph;
	tokens: Token[];
	/** For every token, the quote span it lies inside, or -1; longer than `tokens` (a reused buffer): read below tokens.length only. */
	inside: Int32Array;
	sentences: Sentence[];
	/** The paragraph's text, and where each token starts in it. */
	tokenText: TokenText;
	/** The index of tokens[0] in the article's token store. */
	first: number;
};

/** A unit's tokens without its quotes and sentences: all that some passes read (see tokensOf). */
export type PreparedTokens = Pick<Prepared, 'paragraph' | 'tokens' | 'tokenText' | 'first'>;

/**
 * Most tokens analysed as one unit. A pass holds a unit's tokens, offsets and quote spans in arrays
 * as long as the unit: a paragraph of millions (only hostile input has one; news paragraphs have
 * tens to hundreds) would cost more in allocation and garbage collection than in analysis. Longer paragraphs are cut
 * after the last sentence stop of the second half of each piece (or at the limit when none).
 */
export const maxUnitTokens = 10_000;

/** Where a piece may end: a plain sentence stop (not an ellipsis, which often runs on). */
const stops = new Set(['.', '!', '?']);

/**
 * The longest token and sentence arrays reused (see ArraysByLength): news paragraphs have tens to
 * hundreds of tokens and a few sentences. At most ~525,000 token slots (4.2 MB of 8-byte pointers)
 * and ~33,000 sentences, whatever the input.
 */
const longestReusedTokens = 1024;
const longestReusedSentences = 256;

const noSentences: Sentence[] = [];

/** An article's paragraphs, scanned into tokens once (two bytes a token) and prepared again by every pass. */
export class PreparedArticle {
	private readonly store: TokenStore;
	/** Per unit: its paragraph's index, its first token in the store, where the token before it ends in the paragraph (or 0). */
	private readonly unitParagraph = new Int32List();
	private readonly unitFrom = new Int32List();
	private readonly unitOffset = new Int32List();
	private readonly insides = new Int32Scratch();
	private readonly starts = new Int32Scratch();
	private readonly tokenArrays = new ArraysByLength<Token>(longestReusedTokens);
	/** Arrays of Sentence objects, rewritten for each unit. */
	private readonly sentenceArrays = new ArraysByLength<Sentence>(longestReusedSentences);
	/** What prepare() and tokensOf() give, refilled for each unit. */
	private readonly unit: Prepared;
	/**
	 * Sentence ends (token indexes) of the units prepared so far, those of unit u from
	 * `sentencesAt[u]` to `sentencesAt[u + 1]`: the first pass splits, later ones read the ends
	 * back. They must: sentences start with capitals, and capitals are lowered after the first pass.
	 */
	private readonly sentenceEnds = new Int32List();
	private readonly sentencesAt = new Int32List();

	constructor(readonly paragraphs: Paragraph[]) {
		let characters = 0;
		for (const paragraph of paragraphs) characters += paragraph.text.length;
		// News has about one token per five characters: this rarely grows
		this.store = new TokenStore(characters >> 2);
		for (let index = 0; index < paragraphs.length; index++) {
			const {text} = paragraphs[index]!;
			const from = this.store.length;
			this.store.scan(text);
			this.cut(index, from, text);
		}

		// The end of the last unit
		this.unitFrom.push(this.store.length);
		this.sentencesAt.push(0);
		this.unit = {paragraph: paragraphs[0]!, tokens: [], inside: this.insides.atLeast(0), sentences: noSentences, tokenText: {text: '', starts: this.starts.atLeast(0)}, first: 0};
	}

	/** How many units there are: as many as paragraphs, unless one is longer than maxUnitTokens. */
	get units(): number {
		return this.unitParagraph.length;
	}

	paragraphOf(unit: number): Paragraph {
		return this.paragraphs[this.unitParagraph.at(unit)]!;
	}

	/** The unit at `unit`, valid until the next call (of prepare() or tokensOf(): the same object). */
	prepare(unit: number): Prepared {
		const prepared = this.fill(unit);
		const {tokens} = prepared;
		const inside = findQuotes(tokens, this.insides.atLeast(tokens.length));
		prepared.inside = inside;
		prepared.sentences = this.sentences(unit, tokens, inside);
		return prepared;
	}

	/** The tokens of `unit`, as prepare() gives them, and as long valid; no quotes, no sentences. */
	tokensOf(unit: number): PreparedTokens {
		const prepared = this.fill(unit);
		prepared.sentences = noSentences;
		return prepared;
	}

	/** Refills the prepared unit with the tokens of `unit`, and their offsets. */
	private fill(unit: number): Prepared {
		const paragraph = this.paragraphOf(unit);
		const offset = this.unitOffset.at(unit);
		const from = this.unitFrom.at(unit);
		const to = this.unitFrom.at(unit + 1);
		let starts = this.starts.atLeast(to - from);
		let tokens = this.store.tokens(paragraph.text, from, to, offset, this.tokenArrays.of(to - from), starts);
		if (offset === 0 && paragraph.dateline) {
			// "WASHINGTON (AP) — Smith said ...": the dateline is no one's subject, so attribution starts after its dash
			const dash = datelineDash(tokens, starts, paragraph.dateline.length);
			if (dash !== -1) {
				tokens = tokens.slice(dash + 1);
				starts = starts.subarray(dash + 1);
			}
		}

		const prepared = this.unit;
		prepared.paragraph = paragraph;
		prepared.tokens = tokens;
		prepared.tokenText.text = paragraph.text;
		prepared.tokenText.starts = starts;
		prepared.first = to - tokens.length;
		return prepared;
	}

	/** The sentences of `unit`: split by the first pass, rebuilt from their ends by the later ones. */
	private sentences(unit: number, tokens: Token[], inside: Int32Array): Sentence[] {
		if (unit + 1 >= this.sentencesAt.length) this.split(unit, tokens, inside);

		const first = this.sentencesAt.at(unit);
		const end = this.sentencesAt.at(unit + 1);
		const sentences = this.sentenceArrays.of(end - first);
		let from = 0;
		for (let s = first; s < end; s++) {
			const to = this.sentenceEnds.at(s);
			const sentence = sentences[s - first];
			if (sentence === undefined) {
				sentences[s - first] = {from, to};
			} else {
				sentence.from = from;
				sentence.to = to;
			}

			from = to;
		}

		return sentences;
	}

	/** Splits the sentences of `unit`, the next unit of the first pass. */
	private split(unit: number, tokens: Token[], inside: Int32Array) {
		if (unit + 1 !== this.sentencesAt.length) throw new Error('The first pass must prepare every unit, in order');
		sentenceEnds(tokens, inside, this.sentenceEnds);
		this.sentencesAt.push(this.sentenceEnds.length);
	}

	/** How many sentences the unit at `unit` has: known once the first pass prepared it. */
	sentenceCount(unit: number): number {
		return this.sentencesAt.at(unit + 1) - this.sentencesAt.at(unit);
	}

	/** The lowerId of the token at `index` in the store (see Token). */
	lowerIdAt(index: number): number {
		return this.store.lowerId(index);
	}

	/** Lowers the capital of the token at `index` in the store for every later prepare(). */
	uncapitalise(index: number) {
		this.store.uncapitalise(index);
	}

	/** Adds the units of the paragraph whose tokens start at `from` in the store. */
	private cut(paragraph: number, from: number, text: string) {
		const to = this.store.length;
		this.addUnit(paragraph, from, 0);
		if (to - from <= maxUnitTokens) return;
		// Where each token ends, walking the text: only white space lies between tokens
		let at = 0;
		let start = from;
		let stop = -1;
		let stopEnd = 0;
		// Cut outside quotes: a piece that began inside one would pair every straight quote mark of it the wrong way
		let open: string | undefined;
		let previous = '';
		for (let i = from; i < to; i++) {
			if (i - start === maxUnitTokens) {
				const cutAfter = stop === -1 ? i - 1 : stop;
				start = cutAfter + 1;
				this.addUnit(paragraph, start, stop === -1 ? at : stopEnd);
				stop = -1;
			}

			at = afterGap(text, at);
			const written = this.store.text(i);
			at += written.length;
			const wasOpen = open !== undefined;
			open = quoteOpenAfter(open, written);
			const ends = stops.has(written) || (wasOpen && open === undefined && stops.has(previous));
			if (i - start >= maxUnitTokens / 2 && ends && open === undefined) {
				stop = i;
				stopEnd = at;
			}

			previous = written;
		}
	}

	private addUnit(paragraph: number, from: number, offset: number) {
		this.unitParagraph.push(paragraph);
		this.unitFrom.push(from);
		this.unitOffset.push(offset);
	}
}

/** The first mark after a dateline `length` characters long (its dash), or -1. */
function datelineDash(tokens: Token[], starts: Int32Array, length: number): number {
	for (let i = 0; i < tokens.length; i++) if (starts[i]! >= length && tokens[i]!.kind === 'punct') return i;
	return -1;
}
