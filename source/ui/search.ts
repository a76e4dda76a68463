import type {Range} from './text.js';

/**
 * Search as readers expect it: smart case (a query in lower case matches any case, one capital
 * makes it exact) and diacritics folded both ways (`angstrom` and `Angstrom` find "Ångström",
 * `ss` finds "ß"). Text is folded once per string and cached; ranges point into the original text.
 * A literal search (no regular expression), so linear in the text.
 */

/** Letters that lose no mark under NFD but that readers type without one. */
const special: Record<string, string> = {ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'TH'};

const mark = /\p{M}/gu;

type Folded = {text: string; /** Original index of each folded unit; absent when folding changed nothing. */ map?: number[]};

/** Plain ASCII folds to itself (the common case, no map). */
const ascii = /^[\u0000-\u007F]*$/;

function foldChar(char: string, lower: boolean): string {
	const base = special[char] ?? char.normalize('NFD').replaceAll(mark, '');
	return lower ? base.toLowerCase() : base;
}

const cache = [new Map<string, Folded>(), new Map<string, Folded>()];

/** The text with marks removed (and lower-cased when `lower`), with a map back to the original. */
export function fold(text: string, lower: boolean): Folded {
	if (ascii.test(text)) return {text: lower ? text.toLowerCase() : text};
	const memo = cache[lower ? 1 : 0]!;
	const known = memo.get(text);
	if (known) return known;
	let out = '';
	const map: number[] = [];
	let index = 0;
	for (const char of text) {
		const folded = foldChar(char, lower);
		for (let k = 0; k < folded.length; k++) map.push(index);
		out += folded;
		index += char.length;
	}

	map.push(text.length);
	const result = {text: out, map};
	if (memo.size > 50_000) memo.clear();
	memo.set(text, result);
	return result;
}

/** Whether a query asks for exact case: it has a capital once folded. */
export function exactCase(query: string): boolean {
	const folded = fold(query, false).text;
	return folded !== folded.toLowerCase();
}

/** The query as matched against folded text. */
function needle(query: string): {text: string; lower: boolean} {
	const lower = !exactCase(query);
	return {text: fold(query, lower).text, lower};
}

/** Where a query occurs in a text, as ranges of the original text. */
export function findAll(text: string, query: string): Range[] {
	if (query === '') return [];
	const wanted = needle(query);
	if (wanted.text === '') return [];
	const folded = fold(text, wanted.lower);
	const found: Range[] = [];
	for (let at = folded.text.indexOf(wanted.text); at >= 0; at = folded.text.indexOf(wanted.text, at + wanted.text.length)) {
		const end = at + wanted.text.length;
		if (folded.map) {
			// The end maps to the start of the original character after the match
			const last = folded.map[end - 1]!;
			let after = end;
			while (after < folded.map.length - 1 && folded.map[after] === last) after++;
			found.push({start: folded.map[at]!, end: folded.map[after]!});
		} else {
			found.push({start: at, end});
		}
	}

	return found;
}

export function matches(text: string, query: string): boolean {
	if (query === '') return false;
	const wanted = needle(query);
	return wanted.text !== '' && fold(text, wanted.lower).text.includes(wanted.text);
}
