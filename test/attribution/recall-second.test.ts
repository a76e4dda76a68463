/* Sixth round (recall): shapes of speech the rules missed, each in invented words (docs/accuracy.md, "Sixth round"). */
import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('a modal or "do" with its subject before it ("did not mention", "would argue", "didn’t say") keeps the subject as speaker', (t) => {
	const model = article(
		'Dam',
		'Ada Voss did not mention that the gauges were old.',
		'Ivo Marsh would argue that the gate is too narrow.',
		'The inspectors didn’t say whether the dam would hold.',
		'To say the river was rising, the crews rang the bell.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
		[3, 'inspectors'],
	]);
});

test('an infinitive cue carried by a verb right after its subject ("continued to insist", "went on to say") keeps the subject as speaker', (t) => {
	const model = article(
		'Dam',
		'Ada Voss continued to insist that the gauges were old.',
		'Ivo Marsh went on to say the gate is too narrow.',
		'The river continued to rise all night.',
		'The crews want to say more.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('"declined" right after its subject reports a refusal to answer ("Voss declined to name the crews"); "the river declined" does not', (t) => {
	const model = article(
		'Dam',
		'Ada Voss declined to name the crews who built the gate.',
		'The inspectors declined requests for an interview.',
		'The river declined slowly after the storm.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'inspectors'],
	]);
});

test('a judgement verb after "and" ("took the stage and criticized ...") is a second verb of the sentence’s subject; "and attacks" stays a noun', (t) => {
	const model = article(
		'Dam',
		'Ada Voss visited the gate on Friday and criticized the board for the delay.',
		'Ivo Marsh toured the town and praised the crews.',
		'The storm brought rain and attacks of wind.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('a long subject the phrase rules cannot read ("People briefed on the plan said") speaks with a plain said-verb', (t) => {
	const model = article(
		'Dam',
		'People briefed on the plan said the gate would open in May.',
		'Some advocates for the new gate said the cost was fair.',
	);
	t.deepEqual(who(model), [
		[1, 'People'],
		[2, 'Some advocates'],
	]);
});

test('"Asked by X whether ..." opening a sentence makes X the question’s source; "was asked by" inside a clause does not', (t) => {
	const model = article(
		'Dam',
		'Asked by Lune Radio whether the gate would hold, Ada Voss shrugged.',
		'When asked by the inspectors about the cost, Ivo Marsh left the room.',
		'The gate was asked by nobody to hold.',
	);
	t.deepEqual(who(model), [
		[1, 'Lune Radio'],
		[2, 'inspectors'],
	]);
});

test('a cue in an infinitive after its means ("took to the radio to say", "used his speech to praise") is the subject’s', (t) => {
	const model = article(
		'Dam',
		'Ada Voss took to the radio to say the gauges were old.',
		'Ivo Marsh used his speech to praise the crews.',
		'The crews want the town to say more.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});
