import test from 'ava';
import {endOf, tokenize} from '../../source/attribution/text/tokens.js';

test('words, marks and abbreviations keep their text and offsets', (t) => {
	const text = 'Mr. Chen said: "Yes." — U.S. officials…';
	const {tokens, tokenText} = tokenize(text);
	t.deepEqual(tokens.map((token) => token.text), ['Mr.', 'Chen', 'said', ':', '"', 'Yes', '.', '"', '—', 'U.S.', 'officials', '…']);
	for (const [i, token] of tokens.entries()) t.is(text.slice(tokenText.starts[i], endOf(tokens, tokenText, i)), token.text);
	t.true(tokens[0]!.abbreviation);
	t.false(tokens[1]!.abbreviation);
});

test('an article with more distinct words than two-byte codes hold is tokenised whole', (t) => {
	const words = Array.from({length: 40_000}, (_, i) => `w${i.toString(36)}`);
	const text = words.join(' ');
	const {tokens, tokenText} = tokenize(text);
	t.deepEqual(tokens.map((token) => token.text), words);
	t.is(endOf(tokens, tokenText, tokens.length - 1), text.length);
});

test('a period with no space before a capital ends the word when two lower-case letters precede it: "said.Tal"', (t) => {
	const texts = (text: string) => tokenize(text).tokens.map((token) => token.text);
	t.deepEqual(texts('Marsh said.Tal left'), ['Marsh', 'said', '.', 'Tal', 'left']);
	t.deepEqual(texts('a Ph.D in the U.S.Army, e.g.Tal'), ['a', 'Ph.D', 'in', 'the', 'U.S.Army', ',', 'e.g.Tal']);
});
