import type {Attributed, Statement} from '../model.js';
import {fold} from '../ui/search.js';
import {type CorpusSpeaker, foldName, mergeSpeakers} from './merge.js';

/** One input of the corpus: its model, or the one-line error that stopped it. */
export type CorpusArticle = {file: string; model?: Attributed; error?: string};

/**
 * The articles of a run as the corpus reader reads them. Statements are numbered across articles
 * (a "global" index, in article order); lists are sorted arrays of global indices, built once.
 */
export type Corpus = {
	articles: CorpusArticle[];
	speakers: CorpusSpeaker[];
	/** Per global index: its article, its statement id there, its merged speaker. */
	articleOf: Int32Array;
	statementOf: Int32Array;
	speakerOf: Int32Array;
	/** Global index of each article's first statement (and the total at the end). */
	firstOf: Int32Array;
	/** Every statement, and each merged speaker's. */
	all: Int32Array;
	bySpeaker: Int32Array[];
};

export function buildCorpus(articles: CorpusArticle[]): Corpus {
	const models = articles.map((article) => article.model);
	const speakers = mergeSpeakers(models);
	const firstOf = new Int32Array(articles.length + 1);
	let total = 0;
	for (const [i, model] of models.entries()) {
		firstOf[i] = total;
		total += model?.statements.length ?? 0;
	}

	firstOf[articles.length] = total;
	const articleOf = new Int32Array(total);
	const statementOf = new Int32Array(total);
	const speakerOf = new Int32Array(total);
	// Each article's speaker ids → merged speaker
	const mergedOf = models.map(() => new Map<string, number>());
	for (const [index, speaker] of speakers.entries()) for (const one of speaker.articles) mergedOf[one.article]!.set(one.speaker, index);
	const counts = new Int32Array(speakers.length);
	for (const [i, model] of models.entries()) {
		if (!model) continue;
		for (const statement of model.statements) {
			const g = firstOf[i]! + statement.id;
			articleOf[g] = i;
			statementOf[g] = statement.id;
			const merged = mergedOf[i]!.get(statement.speaker) ?? 0;
			speakerOf[g] = merged;
			counts[merged]!++;
		}
	}

	const bySpeaker = speakers.map((_, index) => new Int32Array(counts[index]!));
	const filled = new Int32Array(speakers.length);
	for (let g = 0; g < total; g++) {
		const s = speakerOf[g]!;
		bySpeaker[s]![filled[s]!++] = g;
	}

	const all = new Int32Array(total);
	for (let g = 0; g < total; g++) all[g] = g;
	return {articles, speakers, articleOf, statementOf, speakerOf, firstOf, all, bySpeaker};
}

export function statementAt(corpus: Corpus, g: number): Statement {
	return corpus.articles[corpus.articleOf[g]!]!.model!.statements[corpus.statementOf[g]!]!;
}

/** The article's title as listed: its headline, else its file. */
export function titleOf(article: CorpusArticle): string {
	return article.model?.article.title ?? article.file;
}

/** A failed article's error without its file name in front (the list says the file once). */
export function errorOf(article: CorpusArticle): string {
	const error = article.error ?? 'failed';
	return error.startsWith(`${article.file}: `) ? error.slice(article.file.length + 2) : error;
}

/** The merged speaker a name or alias stands for (--speaker in the corpus), or -1. */
export function findCorpusSpeaker(corpus: Corpus, name: string): number {
	const folded = foldName(name);
	return corpus.speakers.findIndex((speaker) => foldName(speaker.name) === folded || speaker.aliases.some((alias) => foldName(alias) === folded));
}

/** Index of `g` in a sorted list, or of the first item after it (binary search). */
export function positionIn(list: Int32Array, g: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (list[mid]! < g) low = mid + 1;
		else high = mid;
	}

	return low;
}

/**
 * Search over every statement's speaker and text, folded once (smart case, accents folded as in
 * the single-article reader): one string per case mode with each statement's start offset, so a
 * typed character costs one pass of indexOf, and a longer query only narrows the last result.
 */
export class CorpusSearch {
	private readonly haystacks: Array<{text: string; starts: Int32Array} | undefined> = [undefined, undefined];
	private last: {query: string; lower: boolean; found: Int32Array} | undefined;
	private readonly recent = new Map<string, Int32Array>();

	constructor(private readonly corpus: Corpus) {}

	/** Global indices of the statements that match, in order. */
	find(query: string): Int32Array {
		const folded = fold(query, false).text;
		const lower = folded === folded.toLowerCase();
		const needle = lower ? folded.toLowerCase() : folded;
		if (needle === '') return this.corpus.all;
		const {text, starts} = this.haystack(lower);
		const key = `${lower ? 'l' : 'e'}${needle}`;
		const known = this.recent.get(key);
		if (known) return known;
		const previous = this.last;
		let found: Int32Array;
		// A longer query only narrows: when the last result is small, look in it alone; a full pass of indexOf is as fast otherwise
		if (previous && previous.lower === lower && needle.startsWith(previous.query) && previous.query !== '' && previous.found.length * 8 < starts.length) {
			const kept = new Int32Array(previous.found.length);
			let count = 0;
			for (const g of previous.found) if (text.slice(starts[g]!, starts[g + 1]!).includes(needle)) kept[count++] = g;
			found = kept.subarray(0, count);
		} else {
			const hits = new Int32Array(starts.length - 1);
			let count = 0;
			let g = 0;
			let at = text.indexOf(needle);
			while (at >= 0) {
				while (starts[g + 1]! <= at) g++;
				hits[count++] = g;
				at = text.indexOf(needle, starts[g + 1]!);
			}

			found = hits.slice(0, count);
		}

		this.last = {query: needle, lower, found};
		// Backspace goes back to a query met a moment ago
		if (this.recent.size >= 32) this.recent.delete(this.recent.keys().next().value!);
		this.recent.set(key, found);
		return found;
	}

	/**
	 * Builds some of the folded texts: up to `count` statements more, lower-case text first.
	 * Returns false once both are built. The reader calls it in slices after its first frame, so
	 * that neither a key nor the first search waits for the whole index.
	 */
	prepareSome(count: number): boolean {
		for (const lower of [true, false]) {
			const slot = lower ? 1 : 0;
			if (this.haystacks[slot]) continue;
			const building = this.building(lower);
			this.extend(building, lower, building.next + count);
			if (building.next >= this.corpus.all.length) this.finish(lower);
			return true;
		}

		return false;
	}

	private readonly partial: Array<{parts: string[]; starts: Int32Array; length: number; next: number} | undefined> = [undefined, undefined];

	private building(lower: boolean) {
		const slot = lower ? 1 : 0;
		let building = this.partial[slot];
		if (!building) {
			building = {parts: [], starts: new Int32Array(this.corpus.all.length + 1), length: 0, next: 0};
			this.partial[slot] = building;
		}

		return building;
	}

	private extend(building: {parts: string[]; starts: Int32Array; length: number; next: number}, lower: boolean, until: number): void {
		const {corpus} = this;
		const end = Math.min(until, corpus.all.length);
		for (let g = building.next; g < end; g++) {
			building.starts[g] = building.length;
			// NUL never survives sanitising, so a match never spans two statements
			const part = `${fold(corpus.speakers[corpus.speakerOf[g]!]!.name, lower).text}\u0000${fold(statementAt(corpus, g).text, lower).text}\u0000`;
			building.parts.push(part);
			building.length += part.length;
		}

		building.next = Math.max(building.next, end);
	}

	private finish(lower: boolean): {text: string; starts: Int32Array} {
		const slot = lower ? 1 : 0;
		const building = this.building(lower);
		this.extend(building, lower, this.corpus.all.length);
		building.starts[this.corpus.all.length] = building.length;
		const made = {text: building.parts.join(''), starts: building.starts};
		this.haystacks[slot] = made;
		this.partial[slot] = undefined;
		return made;
	}

	private haystack(lower: boolean): {text: string; starts: Int32Array} {
		return this.haystacks[lower ? 1 : 0] ?? this.finish(lower);
	}
}

/** The items of `list` that are also in `matches` (both sorted). */
export function intersect(list: Int32Array, matches: Int32Array): Int32Array {
	if (list === matches) return list;
	// Every statement shown: the matches are the answer
	if (list.length > 0 && list.length === list.at(-1)! + 1 && list[0] === 0) return matches;
	const out: number[] = [];
	let j = 0;
	for (const g of list) {
		while (j < matches.length && matches[j]! < g) j++;
		if (matches[j] === g) out.push(g);
	}

	return Int32Array.from(out);
}
