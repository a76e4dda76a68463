/* Fifth round (recall): shapes of speech the rules missed, each in invented words (docs/accuracy.md, "Fifth round"). */
import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('"now", "still", "soon", "long", "since", "both", "yet" between a speaker and the verb keep the speaker', (t) => {
	const model = article(
		'Dam',
		'Ada Voss now says the gauges were old.',
		'Officials in Varn still say the dam will hold.',
		'Ivo Marsh has since said the crews were tired.',
		'Oda Venn and Lena Holt both said the river was rising.',
		'The inspectors have long argued that the gate is too narrow.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Officials in Varn'],
		[3, 'Ivo Marsh'],
		// Two people named together speak together (a group with both as members)
		[4, 'Oda Venn and Lena Holt'],
		[5, 'inspectors'],
	]);
});

test('a judgement in -ing after a comma (", calling him ...", ", decrying ...") is said by the sentence’s subject', (t) => {
	const model = article(
		'Dam',
		'At a hearing in Varn, Ada Voss went after the board, calling its chairman "a careless man."',
		'Ivo Marsh closed his speech early, decrying the cost of the new gate.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('any reporting verb in -ing after a comma (", recalling ...", ", reiterating ...") is said by the sentence’s subject, a weak one ("continuing") is not', (t) => {
	const model = article(
		'Dam',
		'Ada Voss spoke to the crews on Friday, recalling the flood that took the old gate.',
		'Ivo Marsh left the meeting early, reiterating that the gauges were old.',
		'The river rose all night, continuing into the town.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('a reporting verb in -ing after "by", "before", "after" or "in" ("by saying", "before telling") is said by the sentence’s subject', (t) => {
	const model = article(
		'Dam',
		'Ada Voss opened the hearing by saying the gauges were older than the town.',
		'Ivo Marsh stunned the board before telling the crews that the gate would close.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('an aside between the speaker and the verb (", in a statement,", ", however,", ", wearing a hard hat,") says how, not who', (t) => {
	const model = article(
		'Dam',
		'Ada Voss, in a statement on Monday, said the gauges were old.',
		'Ivo Marsh, however, said the dam would hold.',
		'Oda Venn, wearing a hard hat and boots, told the crews that the gate would close.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
		[3, 'Oda Venn'],
	]);
	t.false(model.speakers.some((speaker) => speaker.role?.includes('statement') === true));
});

test('a manner adverb between a speaker and a judgement verb ("Voss sharply criticized") keeps the verb a cue', (t) => {
	const model = article('Dam', 'Ada Voss sharply criticized the board for the delay at the gate.');
	t.deepEqual(who(model), [[1, 'Ada Voss']]);
});

test('a who-clause or an aside between a speaker and a judgement verb (", who ...,", ", in a speech,") keeps the verb a cue', (t) => {
	const model = article(
		'Dam',
		'Ada Voss, who has led the river board since the flood of the old gate, praised the crews for their work.',
		'Ivo Marsh, in a speech to the council, criticized the delay.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('people by what they do or back ("fans", "advocates", "allies", "respondents", "a parent") head a speaker phrase', (t) => {
	const model = article(
		'Dam',
		'Advocates of the new gate say the river will rise again.',
		'Her allies in the council insist the plan is sound.',
		'Most respondents said the town felt safe.',
	);
	t.deepEqual(who(model), [
		[1, 'Advocates of the new gate'],
		[2, 'Her allies in the council'],
		[3, 'Most respondents'],
	]);
});

test('"admitted", "decried", "fretted", "bragged": verbs that double a consonant or turn y into i are cues in every form', (t) => {
	const model = article(
		'Dam',
		'Ada Voss admitted that the gauges were old.',
		'Ivo Marsh decried the delay at the gate.',
		'Oda Venn fretted that the crews were tired.',
		'Lena Holt bragged that the dam would hold.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
		[3, 'Oda Venn'],
		[4, 'Lena Holt'],
	]);
});

test('"expressed" and "reminded" right after their subject are judgement cues; after a noun of things they are not', (t) => {
	const model = article(
		'Dam',
		'Ada Voss expressed doubts about the new gate.',
		'Ivo Marsh reminded the crews of the flood.',
		'The old gauges expressed nothing at all.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('"pointed to" reports what the speaker offers as proof: "Voss pointed to the flood"', (t) => {
	const model = article('Dam', 'Ada Voss pointed to the flood of last spring as proof that the gate was too narrow.');
	t.deepEqual(who(model), [[1, 'Ada Voss']]);
});

test('"spoke about", "spoke of", "spoke out" report what was spoken about; "spoke to the crews" alone is no statement', (t) => {
	const model = article(
		'Dam',
		'Ada Voss spoke about the cost of the new gate.',
		'Ivo Marsh has spoken out against the plan.',
		'Oda Venn spoke to the crews at noon.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('a participle after an opening phrase that is no subject ("Back in the spring, Voss was blunt, saying ...") is said by the name after its comma', (t) => {
	const model = article(
		'Dam',
		'Back in the spring, Ada Voss was blunt, saying the gauges were old.',
		'The night before, at a meeting in Varn, Ivo Marsh left early, telling the crews that the gate would close.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('a share written with a percent sign ("About 42% say") speaks like "42 percent"', (t) => {
	const model = article('Poll', 'About 42% say the gate is too narrow.');
	t.deepEqual(who(model), [[1, 'About 42%']]);
});

test('the people a poll asked speak ("Those surveyed said", "Voters polled in Varn said"), not the place', (t) => {
	const model = article('Poll', 'Those surveyed said the dam would hold.', 'Voters polled in Varn said the river was rising.');
	t.deepEqual(who(model), [
		[1, 'Those surveyed'],
		[2, 'Voters polled in Varn'],
	]);
});

test('a participle after a quote closed with its comma inside (’of "the old ways," saying ...’) hangs on the subject', (t) => {
	const model = article('Dam', 'Ada Voss gave a long defense of "the old ways," saying the gauges had never failed.');
	t.deepEqual(who(model), [[1, 'Ada Voss']]);
});

test('a document after its determiner takes judgement and noun-like verbs ("The petition accuses", "The ad claims"); "ad attacks" in a headline is a noun', (t) => {
	const model = article(
		'Dam ad attacks begin',
		'The petition accuses the board of hiding the cost of the gate.',
		'The ad claims the river will rise again.',
	);
	t.deepEqual(who(model), [
		[1, 'petition'],
		[2, 'ad'],
	]);
});

test('"As reported by the Varn Courier, ..." opening a sentence makes the agent its source', (t) => {
	const model = article('Dam', 'As reported by the Varn Courier, the gauges at the dam are older than the town.');
	t.deepEqual(who(model), [[1, 'Varn Courier']]);
});

test('a document, the verb that issued it and when ("A court filing released Thursday says") speak as the document', (t) => {
	const model = article('Dam', 'A court filing released Thursday says the gauges were old.', 'The report published last week said the dam would hold.');
	t.deepEqual(who(model), [
		[1, 'court filing released Thursday'],
		[2, 'report published'],
	]);
	t.deepEqual(
		model.speakers.map((speaker) => speaker.kind),
		['document', 'document'],
	);
});

test('a plural agent noun in lower case ("traders", "makers", "economists", "donors") heads a speaker phrase; a name in -ers stays a name', (t) => {
	const model = article(
		'Dam',
		'Grain traders also say the harvest was poor.',
		'Cement makers argue that the new gate costs too much.',
		'Ada Sanders said the gauges were old.',
	);
	t.deepEqual(who(model), [
		[1, 'Grain traders'],
		[2, 'Cement makers'],
		[3, 'Ada Sanders'],
	]);
});

test('a manner adverb between the comma and the participle (", wrongly suggesting ...") keeps it a participle of the subject', (t) => {
	const model = article('Dam', 'Ada Voss raised doubts about the gauges, wrongly suggesting that the crews had never read them.');
	t.deepEqual(who(model), [[1, 'Ada Voss']]);
});
