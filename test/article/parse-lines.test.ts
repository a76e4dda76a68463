import test from 'ava';
import {parse} from '../../source/article/parse.js';

const texts = (text: string) => parse(`Headline\n\n${text}`).paragraphs.slice(1).map((paragraph) => paragraph.text);

/* A paragraph wrapped at 72 columns, as e-mail and plain-text pages print it: a line ends with a sentence, another inside a name. */
const wrapped = [
	'The council voted on Monday to build a new bridge to the island, which',
	'has waited for one since the greatest storm swept the old one away.',
	'Mayor Ivo Marsh said the vote was a relief to everyone. "We have waited',
	'long enough," said Councillor Mira Tal of the harbour ward, who asked',
	'for it ten years ago.',
];

test('hard-wrapped prose flows back into one paragraph', (t) => {
	t.deepEqual(texts(wrapped.join('\n')), [wrapped.join(' ')]);
});

test('a wrapped paragraph ends at a short line that ends a sentence, blank line or not', (t) => {
	const next = ['Work starts in May. Lenk will pay a third of the cost, and the state the', 'rest.'];
	t.deepEqual(texts([...wrapped, ...next].join('\n')), [wrapped.join(' '), next.join(' ')]);
	t.deepEqual(texts([...wrapped, '', ...next].join('\n')), [wrapped.join(' '), next.join(' ')]);
});

test('a short wrapped line flows on when the sentence does: no closing mark, or lower case next', (t) => {
	const lines = ['The bridge will be paid for by', 'Lenk and the state, the council said', 'on Monday, after a vote of eight to two.'];
	t.deepEqual(texts(lines.join('\n')), [lines.join(' ')]);
	const quote = ['"We have waited long enough,"', 'Councillor Mira Tal said on Monday, after a vote of eight to two.'];
	t.deepEqual(texts(quote.join('\n')), [quote.join(' ')]);
});

test('in a block wider than prose is wrapped, every line is a paragraph: a heading or byline is not glued to the sentence after it', (t) => {
	const lines = [
		'Ivo Marsh said the state would build a new bridge to the island, which has waited for one since the storm hit the U.S.',
		'Otto Vell said the money would be better spent on schools, and that the vote should wait until the budget was passed.',
		'Posted by Ada Brill at 9:31 PM',
		'"We will not wait," Marsh said of the vote on Monday, which his party is expected to win by a wide margin in both houses.',
	];
	t.deepEqual(texts(lines.join('\n')), lines);
});

test('a line with room for half the block again is a heading or byline, whatever its end', (t) => {
	t.deepEqual(texts(['By Ada Brill', ...wrapped].join('\n')), ['By Ada Brill', wrapped.join(' ')]);
	t.deepEqual(texts(['Bridge To Open In May', ...wrapped].join('\n')), ['Bridge To Open In May', wrapped.join(' ')]);
});

test('a document without any blank line is one block: hard-wrapped, its paragraphs flow back; one paragraph per long line, they stay', (t) => {
	const next = ['Work starts in May. Lenk will pay a third of the cost, and the state the', 'rest.'];
	const article = parse(['Bridge vote', ...wrapped, ...next].join('\n'));
	t.deepEqual(article.paragraphs.map((paragraph) => paragraph.text), ['Bridge vote', wrapped.join(' '), next.join(' ')]);
	const lines = [
		'Bridge vote',
		'Ivo Marsh said the state would build a new bridge to the island, which has waited for one since the storm hit.',
		'Otto Vell said the money would be better spent on schools, and that the vote should wait until the budget passed.',
	];
	t.deepEqual(parse(lines.join('\n')).paragraphs.map((paragraph) => paragraph.text), lines);
});
