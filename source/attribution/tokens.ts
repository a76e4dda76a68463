/** Words, punctuation and quote marks with their offsets: the unit every rule works on. */

export type TokenKind = 'word' | 'punct' | 'quote';

export type Token = {
	text: string;
	/** Lower case, without a trailing abbreviation period. */
	lower: string;
	start: number;
	end: number;
	kind: TokenKind;
	/** Starts with an upper-case letter. */
	cap: boolean;
	/** A word that carries its abbreviation period ("Mr.", "U.S.", "J."). */
	abbreviation: boolean;
};

/** Abbreviations whose period never ends a sentence when followed by a name or number. */
export const titleAbbreviations = new Set([
	'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'rev',
	'hon', 'pres', 'supt', 'atty', 'st', 'mt', 'ft', 'messrs', 'no', 'nos', 'vs', 'v', 'sens', 'reps', 'govs', 'lt-gov',
]);
/** Abbreviations that may also end a sentence ("... in the U.S. The ..."). */
const otherAbbreviations = new Set([
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jr', 'sr', 'inc', 'co', 'corp',
	'ltd', 'llc', 'etc', 'dept', 'univ', 'approx', 'est', 'ave', 'blvd', 'fig', 'al', 'calif', 'fla', 'mass', 'penn', 'wash',
	'ariz', 'colo', 'conn', 'del', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb',
	'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo', 'ala', 'ark',
]);

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

function isQuoteMark(code: number): boolean {
	return code === 0x22 || code === 0x20_1c || code === 0x20_1d || code === 0x20_1e || code === 0xab || code === 0xbb;
}

/** Joiners that stay inside a word when a letter follows: don't, Russia's, law-enforcement, AT&T, U.S */
function isJoiner(code: number): boolean {
	return code === 0x27 || code === 0x20_19 || code === 0x2d || code === 0x26 || code === 0x2e || code === 0x2f;
}

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const length = text.length;
	let i = 0;
	while (i < length) {
		const code = text.charCodeAt(i);
		if (code === 0x20 || code === 0x0a || code === 0xa0 || code === 0x09) {
			i++;
			continue;
		}

		if (isWordChar(code)) {
			const start = i;
			// The word's hash, computed while scanning, finds it interned without slicing it first
			let hash = code;
			i++;
			while (i < length) {
				const c = text.charCodeAt(i);
				if (isWordChar(c)) {
					hash = Math.imul(hash, 31) + c;
					i++;
				} else if (isJoiner(c) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) {
					hash = Math.imul(Math.imul(hash, 31) + c, 31) + text.charCodeAt(i + 1);
					i += 2;
				} else {
					break;
				}
			}

			const word = wordInfo(text, start, i, hash | 0);
			if (text.charCodeAt(i) === 0x2e && word.abbreviable) {
				i++;
				tokens.push({text: word.dotted, lower: word.lower, start, end: i, kind: 'word', cap: word.cap, abbreviation: true});
			} else {
				tokens.push({text: word.text, lower: word.lower, start, end: i, kind: 'word', cap: word.cap, abbreviation: false});
			}

			continue;
		}

		const start = i;
		// "--" is one dash; "..." one ellipsis; '' and `` are double quote marks (typewriter style)
		if ((code === 0x27 || code === 0x60) && text.charCodeAt(i + 1) === code) {
			i += 2;
			tokens.push({text: text.slice(start, i), lower: text.slice(start, i), start, end: i, kind: 'quote', cap: false, abbreviation: false});
			continue;
		}

		if ((code === 0x2d || code === 0x2e) && text.charCodeAt(i + 1) === code) {
			while (text.charCodeAt(i) === code) i++;
		} else {
			i += code >= 0xd8_00 && code <= 0xdb_ff ? 2 : 1;
		}

		const value = text.slice(start, i);
		tokens.push({text: value, lower: value, start, end: i, kind: isQuoteMark(code) ? 'quote' : 'punct', cap: false, abbreviation: false});
	}

	return tokens;
}

function isAbbreviation(word: string, lower: string): boolean {
	if (word.length === 1) return isUpper(word); // An initial: "J."
	if (word.includes('.')) return true; // U.S, p.m, e.g
	return titleAbbreviations.has(lower) || otherAbbreviations.has(lower);
}

/** What a word's tokens share, whatever its position. */
type WordInfo = {
	text: string;
	/** With its abbreviation period, for when one follows. */
	dotted: string;
	lower: string;
	cap: boolean;
	abbreviable: boolean;
	/** The next word with the same hash. */
	next: WordInfo | undefined;
};

/*
 * Words repeat: interning them makes every "said" one string instead of one per token, which
 * halves the memory tokens take and the garbage collector's work on large inputs; and a known word
 * is found by its hash and compared in place, so it costs no new string at all. Bounded, so a text
 * of endless distinct words cannot grow the table without end.
 */
const interned = new Map<number, WordInfo>();
const maxInterned = 100_000;

function wordInfo(text: string, start: number, end: number, hash: number): WordInfo {
	const length = end - start;
	for (let known = interned.get(hash); known; known = known.next) {
		if (known.text.length === length && text.startsWith(known.text, start)) return known;
	}

	const word = text.slice(start, end);
	let lower = word.toLowerCase();
	const abbreviable = isAbbreviation(word, lower);
	// Possessive ’s and plural s’ stay with the word: lower drops them for lexicon look-ups
	if (lower.endsWith("'s") || lower.endsWith('’s')) lower = lower.slice(0, -2);
	if (interned.size >= maxInterned) interned.clear();
	const info = {text: word, dotted: `${word}.`, lower, cap: isUpper(word[0]!), abbreviable, next: interned.get(hash)};
	interned.set(hash, info);
	return info;
}
