import test from 'ava';
import {article, lines, who} from '../helpers/attribute.js';

test('"X wrote:" closing a paragraph introduces the next paragraph as X’s, quoted or not; the cue line itself is no statement', (t) => {
	const model = article(
		'Dam',
		'In a letter to the board last week, Ilse Varga wrote:',
		'The gauges are older than the town and the crews cannot read them at night.',
		'The river rose all night.',
	);
	t.deepEqual(lines(model), ['Ilse Varga: The gauges are older than the town and the crews cannot read them at night.']);
});

test('"X said that ...:" and "X said the plans include:" keep their own content', (t) => {
	const model = article('Dam', 'Ilse Varga said the repairs planned include:', 'New gauges for the lower gate.');
	t.deepEqual(who(model), [[1, 'Ilse Varga']]);
});

test('a transcript turn "Name:" alone on its line is the next paragraph’s speaker', (t) => {
	const model = article('Dam', 'Ilse Varga:', 'The gauges are older than the town.', 'The river rose all night.');
	t.deepEqual(lines(model), ['Ilse Varga: The gauges are older than the town.']);
});

test('a short line in capitals ("FULL TEXT.") is a section label: its words never become a speaker', (t) => {
	const model = article(
		'the dam at night',
		'FULL STORY.',
		'The river rose all night.',
		'He said the gauges were old.',
	);
	t.false(model.speakers.some((speaker) => speaker.name.includes('STORY')));
});

test('a place and its state in an apposition (", of Brell, Ala.,", ", retired in Brell, Ore.,") is no speaker', (t) => {
	const model = article(
		'Dam',
		'Ada Voss, 29, of Brell, Ala., said the gauges were old.',
		'Ivo Marsh, now retired in Varn, Ore., said the town was safe.',
		'Another engineer, Oda Venn of Tull, Mich., explained the plan.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
		[3, 'Oda Venn'],
	]);
});

test('"When Voss was asked ..., she said": the opening clause’s subject is the pronoun’s antecedent', (t) => {
	const model = article(
		'Dam',
		'Ivo Marsh said the dam held.',
		'When Ada Voss was asked about the gauges, she said they were old.',
		'After Lena Holt visited the station on Monday, she said the crews had done well.',
	);
	t.deepEqual(who(model), [
		[1, 'Ivo Marsh'],
		[2, 'Ada Voss'],
		[3, 'Lena Holt'],
	]);
});

test('"X issued a statement describing ...": the issuer of the document speaks, not "statement"', (t) => {
	const model = article(
		'Dam',
		'Ivo Marsh issued a statement describing the dam as safe.',
		'Oda Venn (R-Tull) also put out a short statement praising the repairs.',
	);
	t.deepEqual(who(model), [
		[1, 'Ivo Marsh'],
		[2, 'Oda Venn'],
	]);
});

test('a share in percent speaks as a group: "47 percent said", "Twenty-four percent said", "A mere 9 percent say"', (t) => {
	const model = article(
		'Dam poll',
		'Of those polled, 47 percent said the dam was safe.',
		'Twenty-four percent said they would move.',
		'A mere 9 percent say they trust the board.',
		'Sales rose 5 percent, Ivo Marsh said.',
	);
	t.deepEqual(who(model), [
		[1, '47 percent'],
		[2, 'Twenty-four percent'],
		[3, 'mere 9 percent'],
		[4, 'Ivo Marsh'],
	]);
});

test('"according to" a document or a count names its source even when no person is named', (t) => {
	const model = article(
		'Dam',
		'The dam was built in 1911, according to a count by the River Board.',
		'According to early returns, Ivo Marsh won the vote.',
		'The gauges failed twice, according to his biography.',
	);
	t.deepEqual(who(model), [
		[1, 'count by the River Board'],
		[2, 'early returns'],
		[3, 'his biography'],
	]);
});

test('a judgement verb after a parenthesis or a described apposition still has its subject: "Holt (D-Tull) called", "Venn, the mayor, called"', (t) => {
	const model = article(
		'Dam',
		'Lena Holt (D-Tull) called the plan divisive.',
		'Oda Venn, the mayor, praised the crews for their work.',
	);
	t.deepEqual(who(model), [
		[1, 'Lena Holt'],
		[2, 'Oda Venn'],
	]);
});

test('an apposition opening with a lower-case title ("national director of ...") is the role, and the name before it speaks', (t) => {
	const model = article(
		'Dam',
		'Ada Voss, national director of the River Fund, said that the dam held.',
		'Ivo Marsh, senior fellow at the Tull Institute, said the gauges failed.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
	t.is(model.speakers.find((speaker) => speaker.name === 'Ada Voss')!.role, 'national director of the River Fund');
});

test('a document says things as a speaker does: "The ad says ...", "A court filing says ..."', (t) => {
	const model = article('Dam', 'The ad says the board failed.', 'A court filing says that the gauges were broken.', 'Ada Voss sent a letter saying the dam held.');
	t.deepEqual(who(model), [
		[1, 'ad'],
		[2, 'court filing'],
		[3, 'Ada Voss'],
	]);
});

test('reporters’ credit lines ("Costa reported from Brell.", "(Additional reporting by ...)") are no statements', (t) => {
	const model = article('Dam', 'Ivo Marsh said the dam held.', 'Costa reported from Brell.', '(Additional reporting by Lena Holt in Tull; Editing by Oda Venn.)', 'Ada Voss reported that the gauges were old.');
	t.deepEqual(who(model), [
		[1, 'Ivo Marsh'],
		[4, 'Ada Voss'],
	]);
});
