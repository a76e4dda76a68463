import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {speakerRow} from '../../source/ui/speakers-pane.js';
import {open} from './harness.js';

const model = analyse(
	[
		'Dam report',
		'Ada Voss said the dam was safe.',
		'Ada Voss and Ivo Rye wrote that the gates were old.',
		'The report said the river would rise.',
		'The Lune Board said repairs would start soon.',
	].join('\n\n'),
);

test('the Speakers pane shows a dim kind after the names that are not persons', (t) => {
	t.deepEqual(
		model.speakers.map((speaker) => speaker.kind),
		['person', 'group', 'document', 'organisation'],
	);
	const rows = [1, 2, 3, 4].map((row) => speakerRow(model, 'appearance', row, undefined, false, false, 60));
	t.deepEqual(
		rows.map((pieces) => pieces.map((piece) => piece.text).join('')),
		['  1 Ada Voss (1)', '  2 Ada Voss and Ivo Rye (group) (1)', '  3 report (document) (1)', '  4 Lune Board (organisation) (1)'],
	);
	// The kind is dim and has no colour of its own: the name keeps the speaker's colour
	const group = rows[1]!;
	t.deepEqual(group[1], {text: ' (group)', style: {dim: true}});
	t.truthy(group[0]!.style.color);
});

test.serial('the reader frame lists the kinds in the Speakers pane', async (t) => {
	const reader = await open({model, size: {columns: 160, rows: 24}});
	const frame = reader.frame();
	t.regex(frame, /│ {2}1 Ada Voss \(1\) +│/);
	t.regex(frame, /2 Ada Voss and Ivo Rye \(group\) \(1\)/);
	t.regex(frame, /3 report \(document\) \(1\)/);
	t.regex(frame, /4 Lune Board \(organisation\) \(1\)/);
	reader.unmount();
});

test.serial('the opened statement’s header names the kind of a speaker that is no person', async (t) => {
	const reader = await open({model, size: {columns: 160, rows: 24}});
	t.regex(reader.frame(), /› ¶1 Ada Voss +║/);
	await reader.press('j');
	t.regex(reader.frame(), /› ¶2 Ada Voss and Ivo Rye \(group\)/);
	await reader.press('j');
	t.regex(reader.frame(), /› ¶3 report \(document\)/);
	reader.unmount();
});
