import {type Findable, rankSpeakers} from '../speakers.js';
import type {Action} from './state.js';
import {type ListScroll, moveList} from './scroll.js';

/** The speaker finder (`s`), when open: its query, the speakers it matches best first (positions in the list searched), its cursor. */
export type FinderState = {query: string; found: number[]; list: ListScroll};

/** The finder's last results by query, per list of speakers: Backspace returns to a query already ranked. */
const foundCache = new WeakMap<readonly Findable[], Map<string, number[]>>();

/** The finder at `query` over `speakers`; a longer query than the last only narrows its result. */
export function findSpeakers(speakers: readonly Findable[], previous: FinderState | undefined, query: string): FinderState {
	let cache = foundCache.get(speakers);
	if (!cache) {
		cache = new Map();
		foundCache.set(speakers, cache);
	}

	let found = cache.get(query);
	if (!found) {
		// A longer query only narrows: rank the last result again instead of every speaker
		const within = previous && query.startsWith(previous.query) && previous.query !== '' ? previous.found : undefined;
		found = rankSpeakers(speakers, query, within).map((ranked) => ranked.index);
		if (cache.size >= 32) cache.delete(cache.keys().next().value!);
		cache.set(query, found);
	}

	return {query, found, list: {cursor: 0, top: 0}};
}

/** What a key does in the open finder: the finder as it becomes (undefined: closed), and the speaker picked, if one was. */
export type FinderStep = {finder: FinderState | undefined; chosen?: number};

/**
 * An action while the finder is open, the same in both readers: ↑ ↓ pick, text narrows, Backspace
 * widens (and leaves on an empty query), Enter picks, Esc and q close. Undefined for actions the
 * finder does not take (the reader handles them as usual).
 */
export function finderStep(finder: FinderState, action: Action<string>, speakers: readonly Findable[], rows: number): FinderStep | undefined {
	switch (action.type) {
		case 'move': {
			return {finder: {...finder, list: moveList(finder.list, action.by, action.direction, finder.found.length, rows)}};
		}

		case 'type': {
			return {finder: findSpeakers(speakers, finder, finder.query + action.text)};
		}

		case 'erase': {
			if (finder.query === '') return {finder: undefined};
			return {finder: findSpeakers(speakers, undefined, [...finder.query].slice(0, -1).join(''))};
		}

		case 'enter': {
			const chosen = finder.found[finder.list.cursor];
			return chosen === undefined ? {finder: undefined} : {finder: undefined, chosen};
		}

		case 'escape':
		case 'close': {
			return {finder: undefined};
		}

		default: {
			return undefined;
		}
	}
}
