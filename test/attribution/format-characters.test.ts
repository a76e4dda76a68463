import test from 'ava';
import {tokenize} from '../../source/attribution/text/tokens.js';
import {article, who} from '../helpers/attribute.js';

const zwj = '\u200D';
const zwnj = '\u200C';
const vs16 = '\uFE0F';
const vs17 = '\u{E0100}';

test('a format character inside a word keeps the word whole; its lower case leaves it out', (t) => {
	for (const mark of [zwj, zwnj, vs16, vs17]) {
		const text = `Ivo Mar${mark}sh spoke.`;
		const {tokens, tokenText} = tokenize(text);
		t.deepEqual(tokens.map((token) => token.text), ['Ivo', `Mar${mark}sh`, 'spoke', '.'], JSON.stringify(mark));
		t.is(tokens[1]!.lower, 'marsh');
		t.is(tokenText.starts[2], text.indexOf('spoke'));
	}
});

test('a format character next to a word lies between tokens, as white space does', (t) => {
	const text = `Ivo Marsh${zwj} said ${zwnj}it.`;
	const {tokens, tokenText} = tokenize(text);
	t.deepEqual(tokens.map((token) => token.text), ['Ivo', 'Marsh', 'said', 'it', '.']);
	t.is(tokenText.starts[3], text.indexOf('it'));
});

test('a name with a format character inside is the same speaker, named without it', (t) => {
	const model = article('Port opens', `Ivo Mar${zwj}sh said the port would open.`, `Mar${zwnj}sh said it would stay open.`, `Ivo Marsh${vs16} said ships were waiting.`);
	t.deepEqual(who(model), [[1, 'Ivo Marsh'], [2, 'Ivo Marsh'], [3, 'Ivo Marsh']]);
	t.is(model.speakers.length, 1);
	t.is(model.speakers[0]!.id, 'ivo-marsh');
	// The statement is the paragraph's text as written, format characters and all
	t.is(model.statements[0]!.text, `Ivo Mar${zwj}sh said the port would open.`);
});
