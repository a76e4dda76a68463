import test from 'ava';
import {maxUnitTokens} from '../../source/attribution/text/units.js';
import {article, lines} from '../helpers/attribute.js';

// A paragraph longer than maxUnitTokens is analysed in pieces (only hostile input has one): the
// pieces must keep every statement, its offsets in the paragraph and which side of a quote it is on.

/** Sentences of about 10 tokens: enough of them to cut the paragraph several times. */
const sentences = (count: number, make: (k: number) => string) => Array.from({length: count}, (_, k) => make(k)).join(' ');
const count = Math.ceil((3 * maxUnitTokens) / 10);
/** Two speakers in turn: one speaker's adjacent statements would merge into one. */
const speaker = (k: number) => (k % 2 === 0 ? 'Ada Brill' : 'Ivo Marsh');

test('a paragraph of thousands of quoted statements keeps every one, with its text at its offsets', (t) => {
	const paragraph = sentences(count, (k) => `"Quote number ${k} is here," ${speaker(k)} said.`);
	const model = article('Headline', paragraph);
	t.is(model.statements.length, count);
	for (const [k, statement] of model.statements.entries()) {
		t.is(statement.text, `"Quote number ${k} is here," ${speaker(k)} said.`);
		t.is(model.article.paragraphs[statement.paragraph]!.text.slice(statement.start, statement.end), statement.text);
		t.is(statement.mode, 'direct');
	}
});

test('a piece that would begin inside a quote does not pair the quote marks after it the wrong way', (t) => {
	// Long quotes with stops inside them: the only safe cuts are after each closing mark
	const quote = (k: number) => `"One. Two. Three. Four. Five. Six. Seven. Eight ${k}," ${speaker(k)} said.`;
	const model = article('Headline', sentences(count / 2, quote));
	t.deepEqual(lines(model), Array.from({length: count / 2}, (_, k) => `${speaker(k)}: ${quote(k)}`));
});
