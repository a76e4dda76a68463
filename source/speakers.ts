import {UserError, exitCode} from './errors.js';
import type {Speaker} from './model.js';

/**
 * Finding speakers by what a reader types: `--speaker` on the command line and the reader's `s`
 * finder share it. Matching folds case and diacritics ("lind" finds "Ångström-Lind").
 */

const mark = /\p{M}/gu;

const ascii = /^[\u0000-\u007F]*$/;

/** Lower case, marks removed: what typed names are compared as. */
export function foldName(text: string): string {
	if (ascii.test(text)) return text.toLowerCase();
	return text.normalize('NFD').replaceAll(mark, '').toLowerCase().replaceAll('ß', 'ss').replaceAll('ø', 'o').replaceAll('æ', 'ae').replaceAll('ł', 'l');
}

/** Whether text[at] starts a word: the text's start, or after a space, hyphen, apostrophe, full stop or parenthesis. */
function isWordStart(text: string, at: number): boolean {
	if (at === 0) return true;
	const before = text.charCodeAt(at - 1);
	return before === 32 || before === 45 || before === 39 || before === 0x2019 || before === 46 || before === 40;
}

/** Whether every letter of `query` occurs in `text` in order: one pass, the cheap test before scoring. */
function isSubsequence(text: string, query: string): boolean {
	let q = 0;
	for (let at = 0; at < text.length && q < query.length; at++) if (text.charCodeAt(at) === query.charCodeAt(q)) q++;
	return q === query.length;
}

/**
 * How well `query` matches `text` as an fzf-like subsequence (both folded), higher is better;
 * -1 when it does not. Consecutive letters and letters that start words score more, gaps less.
 * Tries each place the first letter occurs (at most 8), greedily from there: linear in practice.
 */
export function fuzzyScore(text: string, query: string): number {
	if (query === '') return 0;
	if (!isSubsequence(text, query)) return -1;
	let best = -1;
	let tries = 0;
	for (let start = text.indexOf(query[0]!); start >= 0 && tries < 8; start = text.indexOf(query[0]!, start + 1), tries++) {
		let score = 0;
		let at = start;
		let previous = -2;
		let q = 0;
		for (; q < query.length && at < text.length; at++) {
			if (text.charCodeAt(at) !== query.charCodeAt(q)) continue;
			score += 1;
			if (at === previous + 1) score += 2;
			if (isWordStart(text, at)) score += 3;
			if (previous >= 0) score -= Math.min(3, (at - previous - 1) * 0.2);
			previous = at;
			q++;
		}

		if (q < query.length) break; // Later starts cannot match either
		if (start === 0) score += 2;
		best = Math.max(best, score);
	}

	return best;
}

/** What a speaker is found by: one article's speaker, or one merged across articles. */
export type Findable = Pick<Speaker, 'name' | 'aliases' | 'role'>;

/** Folded names of each speaker, cached per list: the finder asks on every keystroke. */
const foldedCache = new WeakMap<readonly Findable[], Array<{names: string[]; role: string}>>();

function foldedOf(speakers: readonly Findable[]) {
	let folded = foldedCache.get(speakers);
	if (!folded) {
		folded = speakers.map((speaker) => ({names: [speaker.name, ...speaker.aliases].map(foldName), role: foldName(speaker.role ?? '')}));
		foldedCache.set(speakers, folded);
	}

	return folded;
}

export type Ranked = {index: number; score: number};

/**
 * Speakers matching `query` by name, alias or role (a role counts for less), best first; ties keep
 * the list's order. An empty query keeps every speaker in order. `within`, when given, limits the
 * search to those indices (the finder narrows the last result as the query grows).
 */
export function rankSpeakers(speakers: readonly Findable[], query: string, within?: number[]): Ranked[] {
	const wanted = foldName(query.trim());
	const folded = foldedOf(speakers);
	const ranked: Ranked[] = [];
	const each = (index: number) => {
		const {names, role} = folded[index]!;
		if (wanted === '') {
			ranked.push({index, score: 0});
			return;
		}

		let score = -1;
		for (const name of names) score = Math.max(score, fuzzyScore(name, wanted));
		if (role) score = Math.max(score, fuzzyScore(role, wanted) / 2);
		if (score >= 0) ranked.push({index, score});
	};

	if (within) for (const index of within) each(index);
	else for (let index = 0; index < speakers.length; index++) each(index);
	if (wanted !== '') ranked.sort((a, b) => b.score - a.score || a.index - b.index);
	return ranked;
}

export type Found = {speaker: Speaker} | {candidates: Speaker[]; total: number};

/**
 * The speaker `query` names for `--speaker`: an id, a name or alias (any case, marks folded), else
 * the only speaker a name, alias or name word starts with, else the only fuzzy match. Otherwise the
 * candidates, at most 10 (the best fuzzy matches, or the first speakers when nothing matches).
 */
export function findSpeaker(speakers: Speaker[], query: string): Found {
	const wanted = foldName(query.trim());
	if (!wanted) return {candidates: speakers.slice(0, 10), total: speakers.length};
	const folded = foldedOf(speakers);
	const exact = speakers.findIndex((speaker, i) => speaker.id === wanted || folded[i]!.names.includes(wanted));
	if (exact >= 0) return {speaker: speakers[exact]!};
	const words = (name: string) => name.split(/[\s-]+/);
	const prefixed = speakers.filter((_, i) => folded[i]!.names.some((name) => name.startsWith(wanted) || words(name).some((word) => word.startsWith(wanted))));
	if (prefixed.length === 1) return {speaker: prefixed[0]!};
	if (prefixed.length > 1) return {candidates: prefixed.slice(0, 10), total: prefixed.length};
	const fuzzy = rankSpeakers(speakers, wanted).filter((ranked) => ranked.score > 0);
	if (fuzzy.length === 1) return {speaker: speakers[fuzzy[0]!.index]!};
	if (fuzzy.length > 1) return {candidates: fuzzy.slice(0, 10).map((ranked) => speakers[ranked.index]!), total: fuzzy.length};
	return {candidates: speakers.slice(0, 10), total: speakers.length};
}

/** Whether `found` is a choice between several speakers that match, rather than no match (the article's first speakers). */
export function isChoice(found: Found, speakers: readonly Speaker[]): found is {candidates: Speaker[]; total: number} {
	return 'candidates' in found && found.total !== speakers.length;
}

/**
 * The speaker `--speaker` names in one article, or a usage error that says why not: no such speaker
 * (with at most 10 of the article's), or more than one match (with at most 10 candidates).
 */
export function speakerOrError(speakers: Speaker[], query: string, inputName: string, found = findSpeaker(speakers, query)): Speaker {
	if ('speaker' in found) return found.speaker;
	// At most 10 names, whatever the article's count: a long list of speakers is not a message
	const names = found.candidates.map((speaker) => speaker.name).join(', ') || 'none';
	const more = found.total > found.candidates.length ? ` and ${found.total - found.candidates.length} more` : '';
	const problem = !isChoice(found, speakers) ? `no speaker "${query}" in ${inputName}; speakers` : `more than one speaker matches "${query}" in ${inputName}`;
	throw new UserError(`${problem}: ${names}${more}`, exitCode.usage);
}
