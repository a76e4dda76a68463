import test from 'ava';
import {findQuotes} from '../../source/attribution/text/quotes.js';
import {Int32List} from '../../source/attribution/text/buffers.js';
import {sentenceEnds} from '../../source/attribution/text/sentences.js';
import {textOf, tokenize} from '../../source/attribution/text/tokens.js';

/** The sentences of one paragraph, as text. */
function sentences(text: string): string[] {
	const {tokens, tokenText} = tokenize(text);
	const inside = findQuotes(tokens);
	const ends = new Int32List();
	sentenceEnds(tokens, inside, ends);
	return Array.from({length: ends.length}, (_, s) => textOf(tokens, s === 0 ? 0 : ends.at(s - 1), ends.at(s), tokenText));
}

test('"U.S." inside a sentence does not end it', (t) => {
	t.deepEqual(sentences('The U.S. envoy Ada Brill arrived on Friday. She met farmers.'), ['The U.S. envoy Ada Brill arrived on Friday.', 'She met farmers.']);
});

test('"U.S." at the end of a sentence ends it when a new sentence plainly starts', (t) => {
	t.deepEqual(sentences('Talks moved to the U.S. The envoy left early.'), ['Talks moved to the U.S.', 'The envoy left early.']);
});

test('"Oct. 8" and "Mr." keep the sentence whole', (t) => {
	t.deepEqual(sentences('On Oct. 8 Mr. Pell opened the depot. It closed a week later.'), ['On Oct. 8 Mr. Pell opened the depot.', 'It closed a week later.']);
});

test('"p.m." before a lower-case word does not end the sentence', (t) => {
	t.deepEqual(sentences('The vote closed at 9 p.m. on Tuesday in Varna. Counting began.'), ['The vote closed at 9 p.m. on Tuesday in Varna.', 'Counting began.']);
});

test('a quote of several sentences is never cut', (t) => {
	t.deepEqual(sentences('"We came. We saw. We left," Ilse Varga said. Then she went home.'), ['"We came. We saw. We left," Ilse Varga said.', 'Then she went home.']);
});

test('curly and typewriter quotes are quotes too', (t) => {
	t.deepEqual(sentences('“It rained. It poured,” Ilse said. Next.'), ['“It rained. It poured,” Ilse said.', 'Next.']);
	t.deepEqual(sentences("''It rained. It poured,'' Ilse said. Next."), ["''It rained. It poured,'' Ilse said.", 'Next.']);
});
