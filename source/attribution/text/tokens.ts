/** Words, punctuation and quote marks with their offsets: the unit every rule works on. */

import {Interner} from './interner.js';
import {otherAbbreviations, titleAbbreviations} from '../lexicon/index.js';
import {flagsOf} from './word-flags.js';

export type TokenKind = 'word' | 'punct' | 'quote';

/**
 * A word or mark as the rules see it. One object per distinct word (and per word with its
 * abbreviation period, and per word whose capital was lowered): shared by all its occurrences,
 * never changed. Where an occurrence stands is kept beside the tokens (TokenText.starts).
 */
export type Token = {
	readonly text: string;
	/** Lower case, without a trailing abbreviation period. */
	readonly lower: string;
	/**
	 * `lower` as a small number, the same for every token of one store whose `lower` is the same
	 * ("Sales", "sales", "sales'"): what capitals.ts keeps its evidence by, without hashing strings.
	 */
	readonly lowerId: number;
	readonly kind: TokenKind;
	/** Starts with an upper-case letter (and is not lowered: see capitals.ts). */
	readonly cap: boolean;
	/** A word that carries its abbreviation period ("Mr.", "U.S.", "J."). */
	readonly abbreviation: boolean;
	/** What the lexicon says of the word: bits of `Flag` (word-flags.ts). */
	readonly flags: number;
};

/** A unit's text and where each of its tokens starts in it: what turns a range of tokens back into text. */
export type TokenText = {
	text: string;
	starts: Int32Array;
};

/** Where token `i` ends in its source's text. */
export const endOf = (tokens: Token[], tokenText: TokenText, i: number): number => tokenText.starts[i]! + tokens[i]!.text.length;

/** The text of tokens [from, to), as written. */
export const textOf = (tokens: Token[], from: number, to: number, tokenText: TokenText): string => tokenText.text.slice(tokenText.starts[from], endOf(tokens, tokenText, to - 1));


function isWordChar(code: number): boolean {
	if (code < 0x80) {
		return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
	}

	// Curly quotes and dashes (General Punctuation) are common in news and never letters: no pattern needed
	if (code >= 0x20_00 && code <= 0x20_6f) return false;
	return wordCharPattern.test(String.fromCharCode(code));
}

const wordCharPattern = /[\p{L}\p{N}\p{M}]/u;
const upperPattern = /\p{Lu}/u;

/** ASCII without the Unicode pattern, which costs milliseconds to compile on first use. */
function isUpper(char: string): boolean {
	const code = char.charCodeAt(0);
	return code < 0x80 ? code >= 0x41 && code <= 0x5a : upperPattern.test(char);
}

/** Quotation marks of every common style (quotes.ts pairs them): " “ ” „ « » ‚ ‹ › 「 」 『 』 (‘ only closes ‚: see quotes.ts). */
function isQuoteMark(code: number): boolean {
	switch (code) {
		case codes.quotationMark:
		case codes.leftDoubleQuotationMark:
		case codes.rightDoubleQuotationMark:
		case codes.doubleLow9QuotationMark:
		case codes.leftPointingGuillemet:
		case codes.rightPointingGuillemet:
		case codes.singleLow9QuotationMark:
		case codes.singleLeftPointingGuillemet:
		case codes.singleRightPointingGuillemet:
		case codes.leftCornerBracket:
		case codes.rightCornerBracket:
		case codes.leftWhiteCornerBracket:
		case codes.rightWhiteCornerBracket: {
			return true;
		}

		default: {
			return false;
		}
	}
}

const codes = {
	quotationMark: 0x22,
	leftPointingGuillemet: 0xab,
	rightPointingGuillemet: 0xbb,
	zeroWidthNonJoiner: 0x20_0c,
	zeroWidthJoiner: 0x20_0d,
	singleLow9QuotationMark: 0x20_1a,
	leftDoubleQuotationMark: 0x20_1c,
	rightDoubleQuotationMark: 0x20_1d,
	doubleLow9QuotationMark: 0x20_1e,
	singleLeftPointingGuillemet: 0x20_39,
	singleRightPointingGuillemet: 0x20_3a,
	leftCornerBracket: 0x30_0c,
	rightCornerBracket: 0x30_0d,
	leftWhiteCornerBracket: 0x30_0e,
	rightWhiteCornerBracket: 0x30_0f,
	variationSelector1: 0xfe_00,
	variationSelector16: 0xfe_0f,
	/** The high surrogate of the variation selectors 17 to 256 (U+E0100 to U+E01EF), whose low surrogates are 0xDD00 to 0xDDEF. */
	supplementVariationSelectorHigh: 0xdb_40,
} as const;

/**
 * Format characters that shape how a word is drawn, not what it is: ZWJ, ZWNJ and the variation selectors
 * (the supplement's as the high surrogate of a pair, asked with isSupplementSelector()). Inside a word they are
 * part of its text and left out of its lower case; elsewhere they lie between tokens like white space.
 */
const isFormat = (code: number): boolean =>
	code === codes.zeroWidthJoiner || code === codes.zeroWidthNonJoiner || (code >= codes.variationSelector1 && code <= codes.variationSelector16);

/** Whether chars[i] and chars[i + 1] are a variation selector of the supplement (U+E0100 to U+E01EF). */
const isSupplementSelector = (chars: Uint16Array, i: number, length: number): boolean =>
	chars[i]! === codes.supplementVariationSelectorHigh && i + 1 < length && chars[i + 1]! >= 0xdd_00 && chars[i + 1]! <= 0xdd_ef;

/** The end of the run of format characters from `i` (i itself when there is none). */
function formatRunEnd(chars: Uint16Array, i: number, length: number): number {
	let k = i;
	for (;;) {
		if (k < length && isFormat(chars[k]!)) k++;
		else if (isSupplementSelector(chars, k, length)) k += 2;
		else return k;
	}
}

const formatPattern = /\u200C|\u200D|[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** A text without its format characters: what a word's lower case, a name's words and a slug are made of. */
export const withoutFormat = (text: string): string => (hasFormat(text) ? text.replaceAll(formatPattern, '') : text);

function hasFormat(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isFormat(code) || code === codes.supplementVariationSelectorHigh) return true;
	}

	return false;
}

/** Joiners that stay inside a word when a letter follows: don't, Russia's, law-enforcement, AT&T, U.S */
function isJoiner(code: number): boolean {
	return code === 0x27 || code === 0x20_19 || code === 0x2d || code === 0x26 || code === 0x2e || code === 0x2f;
}

const isAsciiLower = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * Whether the period at `i`, inside a word that starts at `start`, ends a sentence with no space after it:
 * "said.Marsh" (two lower-case letters before it, a capital after), not "U.S", "Ph.D" or "e.g".
 */
function gluedSentence(chars: Uint16Array, start: number, i: number): boolean {
	const after = chars[i + 1]!;
	return after >= 0x41 && after <= 0x5a && i - 2 >= start && isAsciiLower(chars[i - 1]!) && isAsciiLower(chars[i - 2]!);
}

/** The white space that may lie between tokens (the sanitised text has no other). */
export function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x0a || code === 0xa0 || code === 0x09;
}

/** Where the white space and format characters between two tokens end, from `at`. */
export function afterGap(text: string, at: number): number {
	let k = at;
	while (k < text.length) {
		const code = text.charCodeAt(k);
		if (isSpace(code) || isFormat(code)) k++;
		else if (code === codes.supplementVariationSelectorHigh && k + 1 < text.length && text.charCodeAt(k + 1) >= 0xdd_00 && text.charCodeAt(k + 1) <= 0xdd_ef) k += 2;
		else break;
	}

	return k;
}

/** What scan() tells apart, one class per character: a letter or digit, a joiner, white space, or anything else (0). */
const wordClass = 1;
const joinerClass = 2;
const spaceClass = 3;

function classify(code: number): number {
	if (isSpace(code)) return spaceClass;
	if (isJoiner(code)) return joinerClass;
	return isWordChar(code) ? wordClass : 0;
}

const asciiClasses = Uint8Array.from({length: 0x80}, (_, code) => classify(code));

/** The class of a character, ASCII by table: short, so that it is inlined at every call in scan(). */
function classOf(code: number): number {
	return code < 0x80 ? asciiClasses[code]! : classify(code);
}

/**
 * Room in the interner for a text of `capacity` tokens: distinct words grow much slower than text, and
 * one slot per 32 tokens, from 1,024 to 65,536 slots, holds them without growing while the scan runs.
 */
function internerSlots(capacity: number): number {
	let slots = 1024;
	while (slots < 65_536 && slots < capacity >> 5) slots *= 2;
	return slots;
}

/**
 * Where the word that starts at `start` ends: letters and digits, a joiner between two of them ("don't",
 * "U.S"; not the period of "said.Marsh", which ends a sentence), format characters between two of them.
 */
function wordEnd(chars: Uint16Array, start: number, length: number): number {
	let i = start + 1;
	while (i < length) {
		const c = chars[i]!;
		const next = classOf(c);
		if (next === wordClass) i++;
		else if (next === joinerClass && i + 1 < length && classOf(chars[i + 1]!) === wordClass && !(c === 0x2e && gluedSentence(chars, start, i))) i += 2;
		else {
			// Format characters between two letters of a word are part of it: "Mar\u200Dsh" is one word
			const end = formatRunEnd(chars, i, length);
			if (end === i || end >= length || classOf(chars[end]!) !== wordClass) return i;
			i = end;
		}
	}

	return i;
}

/** Where the mark that starts at `start` ends: "--" is one dash, "..." one ellipsis, '' and `` double quote marks. */
function markEnd(chars: Uint16Array, start: number, length: number): number {
	const code = chars[start]!;
	const twice = start + 1 < length && chars[start + 1]! === code;
	if ((code === 0x27 || code === 0x60) && twice) return start + 2;
	if ((code === 0x2d || code === 0x2e) && twice) {
		let i = start;
		while (i < length && chars[i]! === code) i++;
		return i;
	}

	// A lone surrogate at the end (sanitised text has none) is one code unit: none read past the end
	return start + (code >= 0xd8_00 && code <= 0xdb_ff && start + 1 < length ? 2 : 1);
}

/** The interner's hash of chars[start, end): polynomial, base 31, as an int32. */
function hashOf(chars: Uint16Array, start: number, end: number): number {
	let hash = chars[start]!;
	for (let k = start + 1; k < end; k++) hash = Math.imul(hash, 31) + chars[k]!;
	return hash | 0;
}

/** Room for the code units of a paragraph of news, before the first longer one. */
const initialCharacters = 4096;
/** Paragraphs shorter than this are copied into TokenStore.chars by a loop, not Buffer.write(). */
const nativeCopyFrom = 24;
/** Whether TokenStore.chars, UTF-16LE bytes viewed as code units, reads them right: else every paragraph is copied by the loop. */
const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** A gap too long for a byte: tokens() walks the white space instead. */
const longGap = 0xff;

/**
 * The tokens of many texts, three bytes each: which word or mark a token is, whether it carries
 * an abbreviation period, and how much white space lies before it. Offsets are not stored: the
 * gaps and the tokens' lengths give them. An article is scanned once; every pass turns a
 * paragraph's codes back into its (shared) tokens and their offsets, which costs much less than
 * scanning again.
 */
export class TokenStore {
	/**
	 * Interned word or mark id × 2, plus 1 for a word with its abbreviation period: two bytes while
	 * the article has fewer than 32,768 distinct words and marks (news has a few thousand), then four.
	 */
	private codes: Uint16Array | Int32Array;
	/**
	 * Characters of white space before each token (or longGap): adding them up is cheaper than walking
	 * the text again for every token of every pass.
	 */
	private gaps: Uint8Array;
	/** The largest code `codes` holds: 0xffff while it is a Uint16Array. */
	private largestCode = 0xff_ff;
	length = 0;
	private readonly words: Interner<WordInfo>;
	/** The lowerId of every lower case met so far. */
	private readonly lowerIds = new Map<string, number>();
	/** The token of every code (at 2 × id, and with its period at 2 × id + 1): one load per token in tokens(). */
	private readonly byCode: Token[] = [];
	/** The ids of one-character ASCII marks, by character code, or -1 until first met. */
	private readonly marks = new Int32Array(0x80).fill(-1);
	/**
	 * The paragraph being scanned, its UTF-16 code units copied by one native call: what scan()
	 * reads and the interner compares words with. charCodeAt() on a paragraph (a slice of the
	 * article) dispatches on the string's representation at every character. Grown to the longest
	 * paragraph (two bytes a character).
	 */
	private buffer = Buffer.allocUnsafeSlow(2 * initialCharacters);
	/** `buffer` as code units (allocUnsafeSlow: an ArrayBuffer of its own, so at offset 0, aligned). */
	private chars = new Uint16Array(this.buffer.buffer, 0, initialCharacters);
	/** Word id → the id of the same word without its capital. */
	private readonly uncapitalised = new Map<number, number>();

	/** `capacity`: how many tokens to make room for. */
	constructor(capacity = 64) {
		this.codes = new Uint16Array(Math.max(capacity, 64));
		this.gaps = new Uint8Array(this.codes.length);
		this.words = new Interner((text) => this.known(wordInfoOf(text, this.lowerIds)), internerSlots(capacity));
	}

	/** Appends the tokens of `text`. */
	scan(text: string) {
		const length = text.length;
		const chars = this.charsOf(text);
		let i = 0;
		// Where the last token ended
		let end = 0;
		while (i < length) {
			const kind = classOf(chars[i]!);
			// White space, and format characters outside a word, lie between tokens
			const gapEnd = kind === spaceClass ? i + 1 : formatRunEnd(chars, i, length);
			if (gapEnd > i) {
				i = gapEnd;
				continue;
			}

			const start = i;
			if (kind === wordClass) {
				i = wordEnd(chars, start, length);
				const id = this.words.id(text, chars, start, i, hashOf(chars, start, i));
				// Every check of the next character is bounded: a read past the end would throw the scan's optimised code out
				const abbreviation = i < length && chars[i]! === 0x2e && this.words.get(id).abbreviable;
				if (abbreviation) i++;
				this.push(2 * id + (abbreviation ? 1 : 0), start - end);
			} else {
				i = markEnd(chars, start, length);
				this.push(2 * this.markId(text, chars, start, i), start - end);
			}

			end = i;
		}
	}

	/** The id of the mark chars[start, end): one ASCII character, the commonest token after words, is known without hashing once seen. */
	private markId(text: string, chars: Uint16Array, start: number, end: number): number {
		const code = chars[start]!;
		if (end !== start + 1 || code >= 0x80) return this.words.id(text, chars, start, end, hashOf(chars, start, end));
		let id = this.marks[code]!;
		if (id === -1) id = this.marks[code] = this.words.id(text, chars, start, end, code);
		return id;
	}


	/** The code units of `text`, copied into `chars` (grown first if it is too short). */
	private charsOf(text: string): Uint16Array {
		if (text.length > this.chars.length) {
			this.buffer = Buffer.allocUnsafeSlow(2 * Math.max(text.length, 2 * this.chars.length));
			this.chars = new Uint16Array(this.buffer.buffer, 0, this.buffer.length >> 1);
		}

		const {chars} = this;
		// A short paragraph is copied faster by a loop than by the native call
		if (text.length < nativeCopyFrom || !littleEndian) for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
		else this.buffer.write(text, 0, 'utf16le');
		return chars;
	}

	/**
	 * The tokens [from, to) of `text`, the first of which is at or after `at`, the end of the token
	 * before it (0 for all of its tokens), written into `tokens` (of length to - from), with where
	 * each starts written into `starts`.
	 */
	tokens(text: string, from: number, to: number, at: number, tokens: Token[], starts: Int32Array): Token[] {
		for (let i = from; i < to; i++) {
			const gap = this.gaps[i]!;
			if (gap === longGap) at = afterGap(text, at);
			else at += gap;
			const token = this.token(this.codes[i]!);
			starts[i - from] = at;
			at += token.text.length;
			tokens[i - from] = token;
		}

		return tokens;
	}

	/** The token a code stands for, shared by every occurrence. */
	private token(code: number): Token {
		return this.byCode[code]!;
	}

	/** Records the tokens of a word just interned. */
	private known(word: WordInfo): WordInfo {
		this.byCode.push(word.plain, word.dotted);
		return word;
	}

	/** Token `i` as written. */
	text(i: number): string {
		return this.token(this.codes[i]!).text;
	}

	/** The lowerId of token `i` (see Token). */
	lowerId(i: number): number {
		return this.token(this.codes[i]!).lowerId;
	}

	/** Token `i` without its capital: the same word, but never taken for a name (see capitals.ts). */
	uncapitalise(i: number) {
		const code = this.codes[i]!;
		const id = code >> 1;
		let twin = this.uncapitalised.get(id);
		if (twin === undefined) {
			const {plain} = this.words.get(id);
			twin = this.words.append(this.known(wordInfo(plain.text, plain.lower, plain.lowerId, plain.kind, false, this.words.get(id).abbreviable, plain.flags)));
			this.uncapitalised.set(id, twin);
		}

		this.set(i, 2 * twin + (code & 1));
	}

	/** The common path only: grow() and widen() are rare. */
	private push(code: number, gap: number) {
		if (this.length === this.codes.length || code > this.largestCode) this.grow(code);
		this.gaps[this.length] = Math.min(gap , longGap);
		this.codes[this.length++] = code;
	}

	/** Makes room for one more code, `code`: twice the length, or four bytes a code once it needs them. */
	private grow(code: number) {
		if (code > this.largestCode) this.widen();
		if (this.length < this.codes.length) return;
		const grown = this.codes instanceof Uint16Array ? new Uint16Array(this.length * 2) : new Int32Array(this.length * 2);
		grown.set(this.codes);
		this.codes = grown;
		const gaps = new Uint8Array(this.length * 2);
		gaps.set(this.gaps);
		this.gaps = gaps;
	}

	private widen() {
		this.codes = Int32Array.from(this.codes);
		this.largestCode = 0x7f_ff_ff_ff;
	}

	private set(i: number, code: number) {
		if (code > this.largestCode) this.widen();
		this.codes[i] = code;
	}
}

/** One text's tokens, and where each starts. */
export function tokenize(text: string): {tokens: Token[]; tokenText: TokenText} {
	const store = new TokenStore(text.length >> 2);
	store.scan(text);
	const starts = new Int32Array(store.length);
	return {tokens: store.tokens(text, 0, store.length, 0, tokenArray(store.length), starts), tokenText: {text, starts}};
}

/**
 * An array for `length` tokens, sized once: pushing grew it step by step. But V8 makes an array
 * created with 100,000 slots or more a dictionary, slow to write and to read: one that long
 * (hostile input) grows instead.
 */
function tokenArray(length: number): Token[] {
	return length < 50_000 ? new Array<Token>(length) : [];
}

function isAbbreviation(word: string, lower: string): boolean {
	if (word.length === 1) return isUpper(word); // An initial: "J."
	if (word.includes('.')) return true; // U.S, p.m, e.g
	return titleAbbreviations.has(lower) || otherAbbreviations.has(lower);
}

/** What all occurrences of one word (or mark) share: its token, and its token with an abbreviation period. */
type WordInfo = {
	text: string;
	abbreviable: boolean;
	plain: Token;
	/** The word followed by its abbreviation period ("Mr."); `plain` for a word that takes none. */
	dotted: Token;
};

function wordInfo(text: string, lower: string, lowerId: number, kind: TokenKind, cap: boolean, abbreviable: boolean, flags: number): WordInfo {
	// Both made by one literal: tokens of one shape keep every rule's property reads monomorphic
	const token = (written: string, abbreviation: boolean): Token => ({text: written, lower, lowerId, kind, cap, abbreviation, flags});
	const plain = token(text, false);
	return {text, abbreviable, plain, dotted: abbreviable ? token(`${text}.`, true) : plain};
}

/** The id of `lower` in `ids`: a new one (the next number) the first time. */
function idOf(ids: Map<string, number>, lower: string): number {
	let id = ids.get(lower);
	if (id === undefined) ids.set(lower, (id = ids.size));
	return id;
}

/** What every occurrence of the word or mark `text` shares, its lower case given an id in `lowerIds`. */
function wordInfoOf(text: string, lowerIds: Map<string, number>): WordInfo {
	const {lower, kind, cap, abbreviable, flags} = lexicalOf(text);
	return wordInfo(text, lower, idOf(lowerIds, lower), kind, cap, abbreviable, flags);
}

/** What a word's or mark's text alone decides, in any article. */
type Lexical = {lower: string; kind: TokenKind; cap: boolean; abbreviable: boolean; flags: number};

/**
 * Lexical facts by text, kept from one analysis to the next: a batch of articles meets the same few
 * thousand words in each, and working them out again (lower case, some twenty look-ups) was a
 * tenth of a news article's analysis. Bounded: emptied when full. Only texts shorter than V8's
 * sliced strings (13 characters) are kept, as those are copies: a longer one could be a slice
 * that keeps its whole article alive.
 */
const lexicalCache = new Map<string, Lexical>();
const lexicalCacheSize = 1 << 16;
const longestCached = 12;

function lexicalOf(text: string): Lexical {
	let lexical = lexicalCache.get(text);
	if (lexical !== undefined) return lexical;
	lexical = lexicalOfText(text);
	if (text.length <= longestCached) {
		if (lexicalCache.size >= lexicalCacheSize) lexicalCache.clear();
		lexicalCache.set(text, lexical);
	}

	return lexical;
}

function lexicalOfText(text: string): Lexical {
	const code = text.charCodeAt(0);
	if (!isWordChar(code)) {
		const quote = isQuoteMark(code) || text === "''" || text === '``';
		return {lower: text, kind: quote ? 'quote' : 'punct', cap: false, abbreviable: false, flags: flagsOf(text, text)};
	}

	let lower = withoutFormat(text).toLowerCase();
	const abbreviable = isAbbreviation(text, lower);
	// Possessive ’s and plural s’ stay with the word: lower drops them for lexicon look-ups
	if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
	return {lower, kind: 'word', cap: isUpper(text[0]!), abbreviable, flags: flagsOf(text, lower)};
}
