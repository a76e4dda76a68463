import test from 'ava';
import {article, lines, who} from '../helpers/attribute.js';

test('a press conference: "Lin Vale:" holds every sentence of her turn, across paragraphs, up to the next turn', (t) => {
	const model = article(
		"Foreign Ministry Spokesperson Lin Vale's Regular Press Conference on May 3",
		'Lin Vale: Good afternoon. The minister will visit Tull next week.',
		'The talks will cover water and trade.',
		'Lune Daily: Will the envoy attend? What will the talks achieve?',
		'Lin Vale: The envoy will attend. We hope for a good outcome.',
	);
	t.deepEqual(lines(model), [
		'Lin Vale: Lin Vale: Good afternoon. The minister will visit Tull next week.',
		'Lin Vale: The talks will cover water and trade.',
		'Lune Daily: Lune Daily: Will the envoy attend? What will the talks achieve?',
		'Lin Vale: Lin Vale: The envoy will attend. We hope for a good outcome.',
	]);
	t.is(model.speakers.find((speaker) => speaker.name === 'Lune Daily')?.kind, 'organisation');
});

test('"A:" is the person the headline names as answering, "Q:" the questioner; an answer runs on across paragraphs', (t) => {
	const model = article(
		"Spokesperson Lin Vale's Regular Press Conference",
		'Q: Is the dam safe? The river is high.',
		'A: The dam is safe. The crews work at night.',
		'They will finish the gauges soon.',
		'Q: When will the gates open?',
		'A: Next week.',
	);
	t.deepEqual(who(model), [
		[1, 'questioner'],
		[2, 'Lin Vale'],
		[3, 'Lin Vale'],
		[4, 'questioner'],
		[5, 'Lin Vale'],
	]);
	t.is(model.statements[0]!.text, 'Q: Is the dam safe? The river is high.');
	// The label stands for the speaker: "Q" a description, "A" the answerer's name; the next paragraph carries the turn on
	t.deepEqual(
		model.statements.slice(0, 3).map(({mention, resolution}) => [mention, resolution]),
		[
			['Q', 'description'],
			['A', 'alias'],
			['A', 'continuation'],
		],
	);
});

test('without a named headline, "A:" is the person the introduction is about', (t) => {
	const model = article('A talk about the dam', 'Ada Voss, the Tull engineer, spoke to us about the river.', 'Q: Is the dam safe?', 'A: It is safe.', 'Q: And the gates?', 'A: They open soon.');
	t.deepEqual(who(model).slice(-4), [
		[2, 'questioner'],
		[3, 'Ada Voss'],
		[4, 'questioner'],
		[5, 'Ada Voss'],
	]);
});

test('a sentence with a cue of its own inside a turn keeps its own speaker; a stage direction in parentheses is nobody’s', (t) => {
	const model = article('Dam talk', 'Lin Vale: The dam is safe.', '(VIDEO CLIP.)', 'Ivo Marsh said the gauges were old.', 'Lin Vale: We will fix them.');
	t.deepEqual(who(model), [
		[1, 'Lin Vale'],
		[3, 'Ivo Marsh'],
		[4, 'Lin Vale'],
	]);
});

test('outside a transcript, one "Name:" line takes no narration after it, and headings "Name: Topic" take nothing', (t) => {
	t.deepEqual(who(article('Dam', 'Lin Vale: The dam is safe. The river rose all night.', 'The crews worked until dawn.')), [[1, 'Lin Vale']]);
	const headings = article('Plans', 'Ada Voss: Water', 'The plan builds a dam.', 'Ivo Marsh: Roads', 'The plan paves the coast road.');
	t.false(headings.statements.some((statement) => statement.text.startsWith('The plan')));
});

test('the turns run on no further than the transcript’s last turn: the story after it is narration', (t) => {
	const model = article('Panel', 'Ada Voss: The dam is safe.', 'Ivo Marsh: It is not.', 'Ada Voss: It is.', 'The panel went on for an hour.', 'The river rose all night.');
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
		[3, 'Ada Voss'],
	]);
});

test('a tally "Clinton: 547." is no turn', (t) => {
	const model = article('Count', 'Ada Voss: 547.', 'Ivo Marsh: 46.', 'Ada Voss: 600.', 'The count goes on.', 'Ivo Marsh: 50.');
	t.false(model.statements.some((statement) => statement.text === 'The count goes on.'));
});

test('in a transcript, a paragraph that asks ends the answer that runs on, and "…." alone is nobody’s', (t) => {
	const model = article(
		"Ada Voss's Interview",
		'Q: Is the dam safe?',
		'A: It is safe.',
		'The crews work at night.',
		'QWhy do the crews work at night?',
		'….',
		'A: The river is lower then.',
	);
	t.deepEqual(who(model), [
		[1, 'questioner'],
		[2, 'Ada Voss'],
		[3, 'Ada Voss'],
		[6, 'Ada Voss'],
	]);
});
