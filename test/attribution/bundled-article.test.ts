import fs from 'node:fs';
import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {bundledArticlePath} from '../../source/bundled.js';

const model = analyse(fs.readFileSync(bundledArticlePath, 'utf8'));
const paragraph = (start: string) => model.article.paragraphs.find((p) => p.text.startsWith(start))!.index;

test('the bundled article is the Xinhua story, byte for byte', (t) => {
	const bytes = fs.readFileSync(bundledArticlePath);
	t.is(bytes.length, 2677);
	t.true(bytes.toString('utf8').startsWith(' date 2023-05-26 Senior CPC official attends meetings in Russia\n'));
});

test('Chen Wenqing speaks in exactly four paragraphs and Patrushev in one', (t) => {
	const expected = [
		[paragraph('Chen stressed'), 'chen-wenqing'],
		[paragraph('China will always keep in mind'), 'chen-wenqing'],
		[paragraph('Xi paid a successful state visit'), 'chen-wenqing'],
		[paragraph('He pointed out'), 'chen-wenqing'],
		[paragraph("It is Russia's unswerving policy"), 'nikolai-patrushev'],
	];
	t.deepEqual(
		model.statements.map((s) => [s.paragraph, s.speaker]),
		expected,
	);
});

test('each statement covers its whole paragraph, "adding that" included', (t) => {
	for (const statement of model.statements) {
		const {text} = model.article.paragraphs[statement.paragraph]!;
		t.is(statement.text, text);
		t.is(text.slice(statement.start, statement.end), statement.text);
	}
});

test('speakers are the two entities with their aliases and roles; people only mentioned are not speakers', (t) => {
	t.deepEqual(
		model.speakers.map(({id, name, aliases}) => ({id, name, aliases})),
		[
			{id: 'chen-wenqing', name: 'Chen Wenqing', aliases: ['Chen']},
			{id: 'nikolai-patrushev', name: 'Nikolai Patrushev', aliases: ['Patrushev']},
		],
	);
	t.regex(model.speakers[0]!.role!, /head of the Commission for Political and Legal Affairs/);
	t.is(model.speakers[1]!.role, 'Russian Security Council Secretary');
	const names = model.speakers.map((s) => s.name).join(' ');
	for (const mentioned of ['Xi', 'Putin', 'Naryshkin']) t.false(names.includes(mentioned));
});

test('"He pointed out" after a paragraph naming Xi and Putin is resolved to Chen, as a pronoun', (t) => {
	const statement = model.statements.find((s) => s.text.startsWith('He pointed out'))!;
	t.is(statement.speaker, 'chen-wenqing');
	t.is(statement.resolution, 'pronoun');
	t.is(statement.mention, 'He');
	t.is(statement.cue, 'pointed out');
	t.is(statement.mode, 'indirect');
});

test('title, date and paragraph kinds', (t) => {
	t.is(model.article.title, 'Senior CPC official attends meetings in Russia');
	t.is(model.article.date, '2023-05-26');
	t.deepEqual(
		model.article.paragraphs.slice(0, 3).map((p) => p.kind),
		['headline', 'time', 'body'],
	);
	t.is(model.article.paragraphs[2]!.dateline, 'MOSCOW, May 25 (Xinhua)');
});
