import test from 'ava';
import {article, lines, who} from '../helpers/attribute.js';

test('"X, chair of the panel, said Y failed ...": the name after the verb is what was said about, the subject speaks', (t) => {
	const model = article(
		'Dam',
		'Ada Voss (D-Tull), chair of the river panel, said Ivo Marsh failed to fix the gauges.',
		'Lena Holt, speaking at the station on Monday, said the mayor has ignored the crews.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
	]);
});

test('an inverted speaker stays one: "..., said Ivo Marsh on Monday", "..., said Ivo Marsh, the engineer"', (t) => {
	const model = article(
		'Dam',
		'The gauges are old, said Ivo Marsh on Monday.',
		'The crews cannot read them at night, said Oda Venn, the engineer.',
	);
	t.deepEqual(lines(model), [
		'Ivo Marsh: The gauges are old, said Ivo Marsh on Monday.',
		'Oda Venn: The crews cannot read them at night, said Oda Venn, the engineer.',
	]);
});
