import test from 'ava';
import {article, lines, who} from '../helpers/attribute.js';

test('a headline that reports an activity carries no statement: "answers questions", "briefs press", "meets", "holds talks"', (t) => {
	for (const headline of ['Spokesperson answers questions on dam safety', 'Envoy responds to questions on the gates', 'Envoy briefs press on dam repairs', 'Premier meets Tull envoy', 'Ada Voss holds talks with Tull envoy']) {
		t.deepEqual(who(article(headline, 'Ivo Marsh visited the dam on Monday.')), [], headline);
	}

	t.deepEqual(who(article('Envoy reiterates support for dam', 'Ivo Marsh visited the dam.')), [[0, 'Envoy']]);
});

test('"X met Y on Monday, saying that ...": the subject of the participle speaks, not the one met', (t) => {
	const model = article(
		'Dam',
		'Premier Ada Voss met visiting Tull Foreign Minister Ivo Marsh in Lune on Monday, saying that the two towns should share the river.',
		'Lena Holt also met Oda Venn, saying the dam was safe.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Lena Holt'],
	]);
	t.is(model.speakers[0]!.role, 'Premier');
});

test('a quote closed by a dash and a description ("..." – the envoy added.) is the envoy’s named earlier in an apposition', (t) => {
	const model = article(
		'Dam',
		'Ivo Marsh, the mayor, said the dam was old.',
		"Tull's envoy to Lune, Ada Voss, visited the dam on Monday.",
		'"The gauges are old and the crews are tired," – the envoy added.',
		'"We will fix them." — the envoy said.',
	);
	t.deepEqual(who(model), [
		[1, 'Ivo Marsh'],
		[3, 'Ada Voss'],
		[4, 'Ada Voss'],
	]);
	t.is(model.speakers[1]!.role, "Tull's envoy to Lune");
});

test('coordinated titles: "Vale’s Deputy Premier and Foreign Minister Ari Sol" is Ari Sol with both offices', (t) => {
	const before = article('Dam', "Vale's Deputy Premier and Foreign Minister Ari Sol said the dam was safe.");
	t.deepEqual(who(before), [[1, 'Ari Sol']]);
	t.is(before.speakers[0]!.role, "Vale's Deputy Premier and Foreign Minister");
	const after = article('Dam', '"The dam is safe," said Deputy Premier and Foreign Minister Ari Sol.');
	t.deepEqual(lines(after), ['Ari Sol: "The dam is safe," said Deputy Premier and Foreign Minister Ari Sol.']);
	t.is(after.speakers[0]!.role, 'Deputy Premier and Foreign Minister');
	// A person and an office are two people who speak together: no coordination of offices
	t.deepEqual(article('Dam', 'Ada Voss and Foreign Minister Ari Sol said the dam was safe.').speakers[0]!.members, ['ada-voss', 'ari-sol']);
});
