import test from 'ava';
import {article, lines, who} from '../helpers/attribute.js';

test('a straight-quoted statement with its cue after it', (t) => {
	const model = article('Dam holds', '"The dam held. The town is safe," Mayor Ilse Varga said on Sunday.');
	t.deepEqual(lines(model), ['Ilse Varga: "The dam held. The town is safe," Mayor Ilse Varga said on Sunday.']);
	t.is(model.statements[0]!.mode, 'direct');
});

test('a curly quote split around its cue is one statement', (t) => {
	const model = article('Dam holds', 'Ilse Varga spoke first.', '“We were lucky,” she said. “Next year we build higher.”');
	t.deepEqual(who(model), [[2, 'Ilse Varga']]);
	t.is(model.statements[0]!.text, '“We were lucky,” she said. “Next year we build higher.”');
});

test("typewriter quotes ('') work like straight ones", (t) => {
	const model = article('Dam holds', "''We were lucky,'' said Ilse Varga, the mayor.");
	t.deepEqual(who(model), [[1, 'Ilse Varga']]);
	t.is(model.statements[0]!.mode, 'direct');
});

test('a paragraph that is only a quote continues the previous speaker', (t) => {
	const model = article(
		'Dam holds',
		'"The water rose fast," said Tomas Orr, a spokesman for the water board.',
		'"Nobody slept for three nights. We watched the water all the time."',
	);
	t.deepEqual(who(model), [[1, 'Tomas Orr'], [2, 'Tomas Orr']]);
	t.is(model.statements[1]!.resolution, 'continuation');
});

test('a quote-only paragraph after narration is nobody’s', (t) => {
	const model = article('Dam holds', '"The water rose fast," said Tomas Orr.', 'The board met on Monday.', '"Nobody slept for three nights."');
	t.deepEqual(who(model), [[1, 'Tomas Orr']]);
});

test('an unattributed quote before a cued one in the same paragraph belongs to that speaker', (t) => {
	const model = article('Dam holds', '"It held." "It will hold again," Ilse Varga said.');
	t.deepEqual(who(model), [[1, 'Ilse Varga']]);
	t.is(model.statements[0]!.text, '"It held." "It will hold again," Ilse Varga said.');
});

test('quotes of every common style are direct statements of the speaker named after them', (t) => {
	for (const [open, close] of [['„', '“'], ['«', '»'], ['»', '«'], ['‚', '‘'], ['‹', '›'], ['›', '‹'], ['「', '」'], ['『', '』'], ['"', '"']]) {
		const model = article('Dam holds', `${open}The dam held,${close} said Ilse Varga.`);
		t.deepEqual(who(model), [[1, 'Ilse Varga']], open);
		t.is(model.statements[0]!.mode, 'direct', open);
	}
});

test('a quote mark of another style inside a quote does not end it', (t) => {
	const model = article('Dam holds', '«The dam held, and the "new" wall too,» said Ilse Varga.');
	t.deepEqual(who(model), [[1, 'Ilse Varga']]);
	t.is(model.statements[0]!.mode, 'direct');
});
