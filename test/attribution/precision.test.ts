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

test('"states" and "maintained" as nouns or plain verbs are no cues: "Lune state Rep. Ada Voss", "in Western states", "Voss maintained her lead"', (t) => {
	const model = article(
		'Dam',
		'Among the guests were Lune state Rep. Ada Voss and Tull state Senate candidate Ivo Marsh.',
		'The plan fares well in several Western states, the figures show nothing more.',
		'Ada Voss maintained her lead over the engineers in the town vote.',
	);
	t.deepEqual(lines(model), []);
});

test('"states" and "maintained" with what is said after them stay cues', (t) => {
	const model = article('Dam', 'Ivo Marsh states that the gauges are old.', 'Ada Voss maintained that the crews had done well.');
	t.deepEqual(who(model), [
		[1, 'Ivo Marsh'],
		[2, 'Ada Voss'],
	]);
});

test('"attacks" is a cue only with whom it targets after it: "Voss attacks Marsh", not "Terrorist attacks in Brell"', (t) => {
	const model = article(
		'Dam',
		'Terrorist attacks in Brell and Varn suddenly placed the dam at the center of the race.',
		'The Lune attacks resonate across the valley.',
		'In a speech, Ada Voss attacks Ivo Marsh over the broken gauges.',
	);
	t.deepEqual(who(model), [[3, 'Ada Voss']]);
});

test('a label before a colon is no speaker: "Breaking:", "Editor’s Note:", "The Latest:", "Dam Update:"', (t) => {
	const model = article(
		'Breaking: Ada Voss Just Won The Dam Vote In Brell',
		'Editor’s Note: The following is the second of three parts on the river.',
		'The Latest: Crews return to the dam as the river falls.',
		'Dam Update: The latest count of the flooded streets.',
		'Ivo Marsh: We will rebuild the lower gate.',
	);
	t.deepEqual(lines(model), ['Ivo Marsh: Ivo Marsh: We will rebuild the lower gate.']);
});

test('a name and a number after a colon is a tally, not a statement: "Ada Voss: 1,769."', (t) => {
	const model = article('Dam', 'The count so far:', 'Ada Voss: 1,769.', 'Ivo Marsh: 1,501.', 'Ivo Marsh: We will win the next count.');
	t.deepEqual(who(model), [[4, 'Ivo Marsh']]);
});

test('a word for a person before a name goes to the role: "Student Emma Clarke" is Emma Clarke, student', (t) => {
	const model = article('Dam', 'Student Emma Clarke said the gauges were old.', 'Engineer Ivo Marsh said the crews were tired.');
	const clarke = model.speakers.find((speaker) => speaker.name === 'Emma Clarke');
	t.is(clarke?.role, 'Student');
	t.deepEqual(who(model), [
		[1, 'Emma Clarke'],
		[2, 'Ivo Marsh'],
	]);
});

test('coordinated titles before a name are all its role: "Vale’s Deputy Premier and Foreign Minister Ari Sol"', (t) => {
	const model = article(
		'Dam',
		'Vale’s Deputy Premier and Foreign Minister Ari Sol said the dam held.',
		'President and Chief Executive Ada Voss said the crews were paid.',
	);
	t.deepEqual(
		model.speakers.map((speaker) => [speaker.name, speaker.role]),
		[
			['Ari Sol', 'Vale’s Deputy Premier and Foreign Minister'],
			['Ada Voss', 'President and Chief Executive'],
		],
	);
});

test('"and" between two names is no title chain: "Ivo Marsh and Foreign Minister Ari Sol" keeps Ivo Marsh out of the role', (t) => {
	const model = article('Dam', 'Ivo Marsh and Foreign Minister Ari Sol said the dam held.');
	t.false(model.speakers.some((speaker) => speaker.role?.includes('Marsh') ?? false));
});

test('"said of X" names whom it was said about, not a speaker', (t) => {
	const model = article('Dam', '“He had many friends in the valley,” Ada Voss, after a long pause, said of Ivo Marsh.');
	t.false(model.speakers.some((speaker) => speaker.name === 'Ivo Marsh'));
});

test('a number and a percent sign before "of" are a share that speaks: "45% of Lune voters say"', (t) => {
	const model = article('Dam', 'Voters are split: 45% of Lune voters say the dam is too old to repair.');
	t.deepEqual(who(model), [[1, '45% of Lune voters']]);
});

test('"he" after a known man and a name of unknown gender just after him, both in the paragraph before, is left unresolved', (t) => {
	const model = article('Dam', 'Peter Lund said the gauges were old. Kim Venn read the report.', '“We will rebuild the gate before the rains,” he said.');
	t.deepEqual(who(model), [[1, 'Peter Lund']]);
	// In the paragraph of the pronoun, the one who acted there is meant
	t.deepEqual(who(article('Dam', 'Peter Lund said the gauges were old.', 'Kim Venn read the report. “We will rebuild the gate,” he said.')), [
		[1, 'Peter Lund'],
		[2, 'Kim Venn'],
	]);
});

test('after a comma "told" names its hearer, not its speaker: "Holt, meanwhile, told Lune Radio that ..." is Holt’s', (t) => {
	const model = article('Dam', 'Ada Holt, meanwhile, told Lune Radio on Monday that the gauges were old.', '“Why now?” asked Ivo Marsh.');
	t.deepEqual(who(model), [
		[1, 'Ada Holt'],
		[2, 'Ivo Marsh'],
	]);
});

test('the agent of a participle inside the subject does not speak: "A memo seen by Lune Radio said ..." is not the radio’s', (t) => {
	const model = article('Dam', 'A copy of the engineers’ memo seen by Lune Radio said the gauges were old.', 'A report issued last year by the River Board noted that the crews were tired.');
	t.false(model.speakers.some((speaker) => speaker.name === 'Lune Radio' || speaker.name === 'River Board'));
});

test('a participle’s subject comes after a dateline and after an opening place with its state and a time: no place speaks', (t) => {
	const model = article(
		'Dam',
		'At a rally in Brell, N.H., on Tuesday, Senator Ada Voss of Lune endorsed Ivo Marsh, saying that he would win.',
		'Varn (AFP) – Mayor Oda Venn has taken a swipe at the dam plan, saying that it was too old.',
		'In Brell, Lena Holt, the engineer, said the gauges were old.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Oda Venn'],
		[3, 'Lena Holt'],
	]);
});

test('a document before a headline’s colon is its source: "New report: Voss advised the town ..." is the report’s', (t) => {
	const model = article('New report: Ada Voss advised the town to repair the dam', 'The river rose all night.');
	t.deepEqual(who(model), [[0, 'New report']]);
	t.is(model.speakers[0]?.kind, 'document');
});

test('a telephone call says nothing: "Then Eric Voss called.", "Voss called Ivo Marsh.", "Voss called into the show"; "called Marsh a liar" does', (t) => {
	const model = article(
		'Dam',
		'Then, last week, Eric Voss called.',
		'A year later, Ada Voss called Ivo Marsh.',
		'Why had Lena Holt called into the radio show on Monday?',
		'Oda Venn called Ivo Marsh a liar.',
	);
	t.deepEqual(who(model), [[4, 'Oda Venn']]);
});

test('"testified" reports speech only with what was said after it: "Voss testified that ...", not "Voss testified before the panel"', (t) => {
	const model = article('Dam', 'Ada Voss testified before the river panel last fall.', 'Ivo Marsh testified that the gauges were old.');
	t.deepEqual(who(model), [[2, 'Ivo Marsh']]);
});

test('"they" is a group that spoke within the last few sentences; further back it stays unresolved', (t) => {
	const near = article('Dam', 'Officials in Lune said the count was fair.', 'They said it again on Monday.');
	t.deepEqual(who(near), [
		[1, 'Officials in Lune'],
		[2, 'Officials in Lune'],
	]);
	const far = article(
		'Dam',
		'Officials in Lune said the count was fair.',
		'The river rose all night. The gauges failed. The crews went home. The town slept.',
		'They said it again on Monday.',
	);
	t.deepEqual(who(far), [[1, 'Officials in Lune']]);
});
