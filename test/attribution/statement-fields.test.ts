import test from 'ava';
import {article} from '../helpers/attribute.js';

const only = (...paragraphs: string[]) => {
	const model = article('Fields', ...paragraphs);
	return model.statements.at(-1)!;
};

test('mode: direct when all but the frame is quoted', (t) => {
	t.is(only('"The dam held," Ilse Varga said.').mode, 'direct');
});

test('mode: indirect when nothing is quoted', (t) => {
	t.is(only('Ilse Varga said the dam held.').mode, 'indirect');
});

test('mode: mixed when quoted words stand in reported speech', (t) => {
	t.is(only('Ilse Varga said the dam had held “beyond all hope” through the storm.').mode, 'mixed');
});

test('cue: in lower case, multi-word cues whole', (t) => {
	t.is(only('Ilse Varga pointed out that the dam held.').cue, 'pointed out');
	t.is(only('Ilse Varga SAID the dam held.').cue, 'said');
	t.is(only('The dam held, According To Ilse Varga.').cue, 'according to');
	t.is(only('The dam held, according to Ilse Varga.').cue, 'according to');
	t.is(only('Ilse Varga: the dam held.').cue, ':');
});

test('resolution and mention: named, alias, pronoun, description, continuation', (t) => {
	const model = article(
		'Fields',
		'Tomas Orr, a spokesman for the water board, said the dam held.',
		'Orr said repairs would start soon.',
		'He said the gauges were old.',
		'The spokesman said the board would pay.',
		'"We will be ready," he said.',
		'"Next spring at the latest."',
	);
	t.deepEqual(
		model.statements.map((s) => [s.resolution, s.mention]),
		[
			['named', 'Tomas Orr'],
			['alias', 'Orr'],
			['pronoun', 'He'],
			['description', 'The spokesman'],
			['pronoun', 'he'],
			['continuation', 'he'],
		],
	);
});

test('offsets: the statement text is the paragraph slice', (t) => {
	const model = article('Fields', 'The board met. Ilse Varga said the dam held.');
	const statement = model.statements[0]!;
	t.is(model.article.paragraphs[statement.paragraph]!.text.slice(statement.start, statement.end), statement.text);
	t.is(statement.text, 'Ilse Varga said the dam held.');
});

test('speaker ids: the name as a slug; names that slug alike (no Latin letters) are numbered in order', (t) => {
	const model = article(
		'Talks',
		'"Yes," Ada Brill said.',
		'"No," Иван Петров said.',
		'"Maybe," Анна Смирнова said.',
		'"Later," Олег Попов said.',
		'"Never," Brill Holdings said.',
	);
	t.deepEqual(
		model.speakers.map((speaker) => [speaker.name, speaker.id]),
		[
			['Ada Brill', 'ada-brill'],
			['Иван Петров', 'speaker'],
			['Анна Смирнова', 'speaker-2'],
			['Олег Попов', 'speaker-3'],
			['Brill Holdings', 'brill-holdings'],
		],
	);
});
