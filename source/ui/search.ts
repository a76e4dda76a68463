import type {Range} from './text.js';

/**
 * Where a query occurs in a text. Smart case: a query in lower case matches any case;
 * one capital makes it exact. The query is escaped, so the pattern is a literal (linear time).
 */
export function findAll(text: string, query: string): Range[] {
	if (query === '') return [];
	const flags = query === query.toLowerCase() ? 'giu' : 'gu';
	const pattern = new RegExp(query.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`), flags);
	const found: Range[] = [];
	for (const match of text.matchAll(pattern)) found.push({start: match.index, end: match.index + match[0].length});
	return found;
}

export function matches(text: string, query: string): boolean {
	return findAll(text, query).length > 0;
}
