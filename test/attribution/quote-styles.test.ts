import test from 'ava';
import {article, who} from '../helpers/attribute.js';

const styles = [
	['„', '“'],
	['‚', '‘'],
	['»', '«'],
	['«', '»'],
	['›', '‹'],
	['‹', '›'],
	['「', '」'],
	['『', '』'],
	['"', '"'],
] as const;

test('a quote of every style closed by "Mayor Oda Venn said." is hers, not the previous paragraph’s speaker’s', (t) => {
	for (const [open, close] of styles) {
		const model = article('Dam', 'Ivo Marsh said the dam held.', `${open}We will win,${close} Mayor Oda Venn said.`);
		t.deepEqual(who(model), [
			[1, 'Ivo Marsh'],
			[2, 'Oda Venn'],
		], open);
		t.is(model.statements[1]!.mode, 'direct', open);
		t.is(model.statements[1]!.resolution, 'named', open);
	}
});

test('as the first paragraph, a quote of every style with its cue after it is the named speaker’s', (t) => {
	for (const [open, close] of styles) {
		t.deepEqual(who(article('Dam', `${open}We will win,${close} Mayor Oda Venn said.`)), [[1, 'Oda Venn']], open);
	}
});

test('quote marks pair by style only: a mark of another style neither closes a quote nor opens one', (t) => {
	// „ is closed by “ only: the » inside is a word of the quote, and the quote runs to its own closer
	const model = article('Dam', 'Ivo Marsh said the dam held.', '„We will »win« today,“ Mayor Oda Venn said.');
	t.deepEqual(who(model), [
		[1, 'Ivo Marsh'],
		[2, 'Oda Venn'],
	]);
	t.is(model.statements[1]!.text, '„We will »win« today,“ Mayor Oda Venn said.');
});

test('a cue in an all-caps paragraph is reported in lower case', (t) => {
	const model = article('Dam', 'IVO MARSH SAID THE DAM HELD.', 'Ivo Marsh POINTED OUT that the gates were old.');
	t.true(model.statements.length > 0);
	for (const statement of model.statements) t.is(statement.cue, statement.cue.toLowerCase());
});

test('a zero-width joiner inside a name or a variation selector after it makes no second speaker', (t) => {
	const model = article('Dam', 'Ada Br\u200Dill said the dam held.', '"It will hold," Ada Brill\uFE0E said.', 'Brill said the gates were old.');
	t.deepEqual(who(model), [
		[1, 'Ada Brill'],
		[2, 'Ada Brill'],
		[3, 'Ada Brill'],
	]);
	t.is(model.speakers.length, 1);
});
