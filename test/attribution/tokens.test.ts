import test from 'ava';
import {tokenize} from '../../source/attribution/tokens.js';

test('words, marks and abbreviations keep their text and offsets', (t) => {
	const text = 'Mr. Chen said: "Yes." — U.S. officials…';
	const tokens = tokenize(text);
	t.deepEqual(tokens.map((token) => token.text), ['Mr.', 'Chen', 'said', ':', '"', 'Yes', '.', '"', '—', 'U.S.', 'officials', '…']);
	for (const token of tokens) t.is(text.slice(token.start, token.end), token.text);
	t.true(tokens[0]!.abbreviation);
	t.false(tokens[1]!.abbreviation);
});

test('an article with more distinct words than two-byte codes hold is tokenised whole', (t) => {
	const words = Array.from({length: 40_000}, (_, i) => `w${i.toString(36)}`);
	const text = words.join(' ');
	const tokens = tokenize(text);
	t.deepEqual(tokens.map((token) => token.text), words);
	t.is(tokens.at(-1)!.end, text.length);
});
