/**
 * How a word list is written: words one space (or line) apart. Each list records how many words it was
 * written with, so that a test can check no list names a word twice (a Set would hide the repeat).
 */
const written = new WeakMap<ReadonlySet<string>, number>();

/** The words of `list`, white space apart, as a set. */
export function words(list: string): ReadonlySet<string> {
	const all = list.trim().split(/\s+/);
	const set = new Set(all);
	written.set(set, all.length);
	return set;
}

/** The words of other lists and of `more` (written as for words()): a word of one of them is not written again in another. */
export function union(lists: ReadonlyArray<ReadonlySet<string>>, more: string): ReadonlySet<string> {
	const extra = more.trim().split(/\s+/);
	const set = new Set<string>(extra);
	let count = extra.length;
	for (const list of lists) {
		for (const word of list) set.add(word);
		count += list.size;
	}

	written.set(set, count);
	return set;
}

/** How many words `list` was written with, or undefined if neither words() nor union() made it. */
export const wordsWritten = (list: ReadonlySet<string>): number | undefined => written.get(list);
