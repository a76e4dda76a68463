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

test('each style of quotation marks pairs with its own closing mark', (t) => {
	t.deepEqual(quoted('Sie sagte „wir bauen“ heute.'), ['wir', 'bauen']);
	t.deepEqual(quoted('Sie sagte „wir bauen” heute.'), ['wir', 'bauen']);
	t.deepEqual(quoted('Il a dit « on reconstruit » hier.'), ['on', 'reconstruit']);
	t.deepEqual(quoted('Sie sagte »wir bauen« heute.'), ['wir', 'bauen']);
	t.deepEqual(quoted('Sie sagte ‚wir bauen‘ heute.'), ['wir', 'bauen']);
	t.deepEqual(quoted('Il a dit ‹ on reconstruit › hier.'), ['on', 'reconstruit']);
	t.deepEqual(quoted('Sie sagte ›wir bauen‹ heute.'), ['wir', 'bauen']);
	t.deepEqual(quoted('Port 「open again」 today.'), ['open', 'again']);
	t.deepEqual(quoted('Port 『open again』 today.'), ['open', 'again']);
	t.deepEqual(quoted("He said ``we won'' loudly."), ['we', 'won']);
});

test('a mark of another style neither opens nor closes a quote: it is part of it', (t) => {
	t.deepEqual(quoted('She called it «a "farce" really» twice.'), ['a', 'farce', 'really']);
	t.deepEqual(quoted('She called it “a «farce» really” twice.'), ['a', 'farce', 'really']);
	// „ is closed by “ or ”, never by «: the quote runs on to the paragraph's end
	t.deepEqual(quoted('Sie sagte „wir bauen« heute'), ['wir', 'bauen', 'heute']);
	// A single guillemet inside double ones is part of the quote
	t.deepEqual(quoted('Il a dit «le ‹plan› marche» hier.'), ['le', 'plan', 'marche']);
});

test('English double quotes, straight and curly, are one style: news text mixes them', (t) => {
	t.deepEqual(quoted('"We hold,” said Ivo Marsh, “for now."'), ['We', 'hold', 'for', 'now']);
});

test('an ambiguous mark with no quote open opens before a word, closes an earlier paragraph\'s quote before punctuation', (t) => {
	t.deepEqual(quoted('and that is all », she said.'), ['and', 'that', 'is', 'all']);
	t.deepEqual(quoted('»We stay«, she said.'), ['We', 'stay']);
	// An English single quote mark alone is no quote (‘ closes only ‚)
	t.deepEqual(quoted('He called it ‘absurd’ twice.'), []);
});
