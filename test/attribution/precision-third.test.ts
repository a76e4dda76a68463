import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('a described subject whose modifier ends in a name speaks, not the name: "Some delegates at the rally in Lenk said ..."', (t) => {
	const model = article(
		'Dam talks',
		'Some delegates at the rally in Lenk said the gauges were old.',
		'Former aides who worked with Ada Voss say the river was high.',
	);
	t.deepEqual(who(model), [
		[1, 'Some delegates'],
		[2, 'Former aides'],
	]);
});

test('a named subject is not replaced by the place after it: "Ada Voss in Lenk said ..." is Voss\'s', (t) => {
	const model = article('Dam talks', 'Ada Voss in Lenk said the river was high.', 'Lena Holt at the dam in Tull said the crews were tired.');
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
	]);
});

test('a description after a preposition inside the subject gives way to it too: "An earlier memo in a Lenk paper said ..."', (t) => {
	const model = article('Dam talks', 'Ada Voss said the gauges were old.', 'An earlier memo in a Lenk paper said the crews were tired.');
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'earlier memo'],
	]);
});

test('an opening "While X said ..., Y said ..." clause is X\'s and the main clause Y\'s, as after "After" or "Although"', (t) => {
	const model = article(
		'Dam talks',
		'While Lena Holt pledged to work with both councils, Ivo Marsh insisted that the gauges will fail.',
		'While Ada Voss said the river was high, Pia Lund said that it was low.',
	);
	t.deepEqual(who(model), [
		[1, 'Lena Holt'],
		[1, 'Ivo Marsh'],
		[2, 'Ada Voss'],
		[2, 'Pia Lund'],
	]);
});
