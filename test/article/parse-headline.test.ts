import test from 'ava';
import {parse} from '../../source/article/parse.js';

const body = 'The council voted on Monday to build a new bridge to the island, the mayor said.';

test('a short first line that ends with a period is the headline when a blank line follows', (t) => {
	const article = parse(`Council backs the new bridge to the island.\n\n${body}\n`);
	t.is(article.title, 'Council backs the new bridge to the island.');
	t.deepEqual(article.paragraphs.map(({kind}) => kind), ['headline', 'body']);
});

test('a first line ending with a period is no headline without the blank line, or when it is long', (t) => {
	t.is(parse(`Council backs the new bridge to the island.\n${body}\n${body}\n`).title, undefined);
	const long = `${'The council voted on Monday to build a new bridge, '.repeat(5)}and it did.`;
	t.is(parse(`${long}\n\n${body}\n`).title, undefined);
	// Alone, with nothing after it, a sentence is the article, not its headline
	t.is(parse('Council backs the new bridge to the island.\n\n').title, undefined);
});

test('a headline given by a page heads the article; its date and byline are kept', (t) => {
	const article = parse(`${body}\n\nSecond paragraph.\n`, {title: 'Bridge vote', date: '2024-03-05', byline: 'Jane Roe', site: 'The Ledger', url: 'https://example.org/a'});
	t.like(article, {title: 'Bridge vote', date: '2024-03-05', byline: 'Jane Roe', site: 'The Ledger', url: 'https://example.org/a'});
	t.deepEqual(article.paragraphs.map(({index, kind, text}) => [index, kind, text]), [[0, 'headline', 'Bridge vote'], [1, 'body', body], [2, 'body', 'Second paragraph.']]);
});
