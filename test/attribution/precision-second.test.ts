import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('a possessive name opening the sentence is met before its pronoun: "Ms. Voss\'s plan ..., she said" is Voss\'s, not the last speaker\'s', (t) => {
	const model = article(
		'Dam talks',
		'Ada Voss said the gauges were old.',
		'Lena Holt said the river was high.',
		'Ms. Voss\'s plan, which the board approved last year, would fix the gauges by spring, she said.',
		'Lena Holt said the crews were tired.',
		'As Ada Voss\'s crews left the dam, she warned that the river would rise.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
		[3, 'Ada Voss'],
		[4, 'Lena Holt'],
		[5, 'Ada Voss'],
	]);
});

test('a possessive that does not open the sentence ("The board\'s vote on Ms. Voss\'s plan ...") leaves the pronoun to the last speaker', (t) => {
	const model = article(
		'Dam talks',
		'Ada Voss said the gauges were old.',
		'Lena Holt said the river was high.',
		'The board\'s vote on Ms. Voss\'s plan came late, she said.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
		[3, 'Lena Holt'],
	]);
});

test('a narration opened by a person\'s possessive is about that person: "Ms. Voss\'s plan stalled. She said ..." is Voss\'s', (t) => {
	const model = article(
		'Dam talks',
		'Ada Voss said the gauges were old.',
		'Lena Holt said the river was high.',
		'Ms. Voss\'s plan stalled in the spring. She said the board had lost its nerve.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
		[3, 'Ada Voss'],
	]);
});

test('a possessive after a short opening phrase and its comma also opens the sentence: "These days, Ms. Voss\'s plans ..., she said"', (t) => {
	const model = article(
		'Dam talks',
		'Ada Voss said the gauges were old.',
		'Lena Holt said the river was high.',
		'These days, Ms. Voss\'s plans for the dam are modest, she said.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
		[3, 'Ada Voss'],
	]);
});
