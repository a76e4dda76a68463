import test from 'ava';
import {findQuotes} from '../../source/attribution/text/quotes.js';
import {tokenize} from '../../source/attribution/text/tokens.js';

/** The quoted words of a paragraph. */
function quoted(text: string): string[] {
	const {tokens} = tokenize(text);
	const inside = findQuotes(tokens);
	return tokens.filter((token, i) => inside[i] !== -1 && token.kind === 'word').map((token) => token.text);
}

test('straight quotes alternate', (t) => {
	t.deepEqual(quoted('He said "yes" and then "no" again.'), ['yes', 'no']);
});

test('curly quotes say which side they are', (t) => {
	t.deepEqual(quoted('She called it “a farce” twice.'), ['a', 'farce']);
});

test("two apostrophes are a double quote mark; one is an apostrophe", (t) => {
	t.deepEqual(quoted("Tom's aide said ''we won't'' loudly."), ['we', "won't"]);
});

test('an unclosed quote runs to the end of the paragraph', (t) => {
	t.deepEqual(quoted('He began: “We will go on and on'), ['We', 'will', 'go', 'on', 'and', 'on']);
});

test('a closing mark with no opening one closes a quote begun in an earlier paragraph', (t) => {
	t.deepEqual(quoted('and that is all,” she said.'), ['and', 'that', 'is', 'all']);
});
