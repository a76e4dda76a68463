import type {Attributed, Speaker, Statement} from '../model.js';
import {matches} from './search.js';

/** Selectors over the model: the UI reads from it, never re-analyses. Cached per model. */

/** The map `cache` keeps for `model`, made (by `make`, else empty) on first use; it goes with the model. */
export function perModel<O extends object, K, V>(cache: WeakMap<O, Map<K, V>>, model: O, make: () => Map<K, V> = () => new Map()): Map<K, V> {
	let map = cache.get(model);
	if (!map) {
		map = make();
		cache.set(model, map);
	}

	return map;
}

const visibleCache = new WeakMap<Attributed, Map<string, Statement[]>>();

/** The statements the filter lets through, in article order. */
export function visible(model: Attributed, filter: string | undefined): Statement[] {
	if (filter === undefined) return model.statements;
	const byFilter = perModel(visibleCache, model);
	let list = byFilter.get(filter);
	if (!list) {
		const ids = model.speakers.find((speaker) => speaker.id === filter)?.statements ?? [];
		list = ids.map((id) => model.statements[id]!);
		byFilter.set(filter, list);
	}

	return list;
}

/** Position of a statement id in a list sorted by id; -1 when absent. */
export function indexOf(list: Statement[], id: number | undefined): number {
	if (id === undefined) return -1;
	let low = 0;
	let high = list.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const here = list[middle]!.id;
		if (here === id) return middle;
		if (here < id) low = middle + 1;
		else high = middle - 1;
	}

	return -1;
}

/** The statement to keep when the list changes: the same one, else the next one after it, else the last. */
export function keep(list: Statement[], id: number | undefined): number | undefined {
	if (list.length === 0) return undefined;
	if (id === undefined) return list[0]!.id;
	return (list.find((statement) => statement.id >= id) ?? list.at(-1)!).id;
}

const matchCache = new WeakMap<Statement[], {query: string; ids: number[]}>();

/**
 * Ids of the listed statements the query matches (search.ts: smart case, accents folded), in their
 * text or in their speaker's name.
 */
export function matching(model: Attributed, list: Statement[], query: string): number[] {
	if (query === '') return [];
	const cached = matchCache.get(list);
	if (cached?.query === query) return cached.ids;
	const named = new Set(model.speakers.filter((speaker) => matches(speaker.name, query)).map((speaker) => speaker.id));
	const ids = list.filter((statement) => named.has(statement.speaker) || matches(statement.text, query)).map((statement) => statement.id);
	matchCache.set(list, {query, ids});
	return ids;
}

export function speakerById(model: Attributed, id: string | undefined): Speaker | undefined {
	return id === undefined ? undefined : model.speakers[speakerIndex(model, id)];
}

const indexCache = new WeakMap<Attributed, Map<string, number>>();

/** Position of a speaker in model.speakers (its number less one; its colour); -1 when unknown. */
export function speakerIndex(model: Attributed, id: string): number {
	return perModel(indexCache, model, () => new Map(model.speakers.map((speaker, index) => [speaker.id, index]))).get(id) ?? -1;
}
