import test from 'ava';
import {article, who} from '../helpers/attribute.js';

const speaker = (model: ReturnType<typeof article>, name: string) => model.speakers.find((s) => s.name === name);

test('titles before a name become the role: "Lunarian Trade Minister Pavel Sorin said"', (t) => {
	const model = article('Talks', 'Lunarian Trade Minister Pavel Sorin said the talks were useful.');
	t.deepEqual(who(model), [[1, 'Pavel Sorin']]);
	t.is(speaker(model, 'Pavel Sorin')!.role, 'Lunarian Trade Minister');
});

test('an apposition becomes the role: "Mira Tal, spokesperson for the Lunarian trade ministry, said"', (t) => {
	const model = article('Talks', 'Mira Tal, spokesperson for the Lunarian trade ministry, said the talks had ended.');
	t.deepEqual(who(model), [[1, 'Mira Tal']]);
	t.is(speaker(model, 'Mira Tal')!.role, 'spokesperson for the Lunarian trade ministry');
});

test('an apposition after an inverted cue: "said Mira Tal, a ministry spokesperson"', (t) => {
	const model = article('Talks', 'The talks have ended, said Mira Tal, a ministry spokesperson.');
	t.is(speaker(model, 'Mira Tal')!.role, 'ministry spokesperson');
});

test('"Ivo Marsh of Vale said": the name before "of" speaks, not the place', (t) => {
	t.deepEqual(who(article('Bill', 'Senator Ivo Marsh of Vale said the bill was dead.')), [[1, 'Ivo Marsh']]);
});

test('"Secretary of State Ada Brill said": a title with "of" stays in the role', (t) => {
	const model = article('Bill', 'Secretary of State Ada Brill said the bill was dead.');
	t.deepEqual(who(model), [[1, 'Ada Brill']]);
	t.is(speaker(model, 'Ada Brill')!.role, 'Secretary of State');
});

test('a short name met later is an alias of the full one', (t) => {
	const model = article('Bill', 'Ada Brill, a farmer, spoke first.', 'Brill said the fields were flooded.');
	t.deepEqual(who(model), [[2, 'Ada Brill']]);
	t.deepEqual(speaker(model, 'Ada Brill')!.aliases, ['Brill']);
	t.is(model.statements[0]!.resolution, 'alias');
});

test('people only mentioned are not speakers', (t) => {
	const model = article('Talks', 'Pavel Sorin said the talks with Mira Tal and Otto Vell were useful.');
	t.deepEqual(model.speakers.map((s) => s.name), ['Pavel Sorin']);
});

test('a dateline is nobody: "LENK, Vale - Ada Brill said ..."', (t) => {
	const model = article('Bill', 'LENK, Vale - Ada Brill said the bill was dead.');
	t.deepEqual(who(model), [[1, 'Ada Brill']]);
	t.is(model.article.paragraphs[1]!.dateline, 'LENK, Vale');
});

test('a capital that only starts a sentence is no name: "Throughout the day ..."', (t) => {
	const model = article('Bill', 'Ada Brill spoke.', 'Throughout the day, he said, the fields flooded.');
	t.false(model.speakers.some((s) => s.name === 'Throughout'));
});

test('"the United States" is a name, not a cue "states"', (t) => {
	t.deepEqual(who(article('Bill', 'The Federated States of Lune began talks in 2014.')), []);
});

test('a capitalised "Will" is a speaker’s name', (t) => {
	t.deepEqual(who(article('Flood', 'Columnist Ada Will visited the dam.', 'Citing the damage, Will urged the council to act.')), [[2, 'Ada Will']]);
});

test('quantities speak for a group: "Nearly half said ..."', (t) => {
	t.deepEqual(who(article('Poll', 'Voters were asked about the dam.', 'Nearly half said they feared another flood.')), [[2, 'Nearly half']]);
});

test('"in the release announcing ...": a participle after a preposition\'s object does not make that object the speaker', (t) => {
	const model = article('Dam', '"The dam is old," said Ivo Marsh.', 'On Monday, in the release announcing her new post, Orla Benn described the work "as a long road."', '"We will finish it," she vowed.');
	t.deepEqual(who(model), [[1, 'Ivo Marsh'], [2, 'Orla Benn'], [3, 'Orla Benn']]);
});

test('"Marsh himself said": a reflexive between the subject and the cue leaves the subject the speaker', (t) => {
	t.deepEqual(who(article('Dam', 'Ivo Marsh himself said that the dam would hold.')), [[1, 'Ivo Marsh']]);
});

test('a share of people is a group speaker: "About 4 in 10 say", "more than six in 10 voters said"', (t) => {
	t.deepEqual(who(article('Dam', 'About 4 in 10 say the dam is too old.', 'More than six in 10 voters said the gauges were wrong.')), [
		[1, 'About 4 in 10'],
		[2, 'More than six in 10 voters'],
	]);
});

test('a line in title case: "Ada Brill Slams Ivo Marsh On Taxes." names two people, not one', (t) => {
	const model = article('Ada Brill Slams Ivo Marsh On Taxes.', 'The row began on Monday.', '"It is theft," Marsh said.');
	t.deepEqual(who(model).at(-1), [2, 'Ivo Marsh']);
	t.false(model.speakers.some((speaker) => speaker.name.includes('Slams')));
});

test('a title with its complement describes a person: "the senator from Lune", "a spokeswoman for the ... Ministry"', (t) => {
	const senator = article('Dam', 'Bernard Sand, a senator from Lune, toured the dam.', 'The senator from Lune said the dam held.');
	t.deepEqual(who(senator), [[2, 'Bernard Sand']]);
	const spokeswoman = article('Dam', 'A spokeswoman for the Lunarian Defense Ministry declined to comment.');
	t.deepEqual(who(spokeswoman), [[1, 'spokeswoman for the Lunarian Defense Ministry']]);
	// The spokesman speaks, not the man he speaks for
	const forName = article('Dam', 'A spokesman for Ivo Marsh said the dam held.');
	t.deepEqual(who(forName), [[1, 'spokesman for Ivo Marsh']]);
});

test('a group and where it is from speak, not the place: "officials in Beijing", "sources familiar with the talks"', (t) => {
	const speakers = (text: string) => who(article('Dam', 'The dam is old.', text)).map(([, name]) => name);
	t.deepEqual(speakers('Officials in Beijing said the dam held.'), ['Officials in Beijing']);
	t.deepEqual(speakers('Residents of Vale said the dam held.'), ['Residents of Vale']);
	t.deepEqual(speakers('Sources familiar with the talks said the dam held.'), ['Sources familiar with the talks']);
	t.deepEqual(speakers('Aides to Ivo Marsh say the dam held.'), ['Aides to Ivo Marsh']);
	t.deepEqual(speakers('The dam held, according to officials familiar with the plans.'), ['officials familiar with the plans']);
	t.deepEqual(speakers('Lawmakers on the Hill seized on the report, arguing that the dam was unsafe.'), ['Lawmakers on the Hill']);
	// A name with "of" keeps its person
	t.deepEqual(speakers('Ivo Marsh of Vale said the dam held.'), ['Ivo Marsh']);
});

test('a part of a group speaks, not the whole group: "most of", "one of", "three-quarters of"', (t) => {
	const speakers = (text: string) => who(article('Dam', 'The dam is old.', text)).map(([, name]) => name);
	t.deepEqual(speakers('Most of the vulnerable Lune Senators said they would vote no.'), ['Most of the vulnerable Lune Senators']);
	t.deepEqual(speakers('One of his aides said the dam held.'), ['One of his aides']);
	t.deepEqual(speakers('Three-quarters of the voters said the dam held.'), ['Three-quarters of the voters']);
});

test('", including X," is no role: the group before it speaks', (t) => {
	const model = article('Dam', 'The dam is old.', 'Several candidates, including Ivo Marsh, said the United States should pay for repairs.');
	t.deepEqual(who(model), [[2, 'Several candidates']]);
	// Without a speaker before the cue, "the United States should ..." is no speaker after it
	t.deepEqual(who(article('Dam', 'The dam is old.', 'Several towns, including Brell, said the United States should pay.')), []);
});

test('"said X of Y": the person speaks, and where from is the role', (t) => {
	const model = article('Law', '"It was a long shot," said Stephen Vale of the University of Lune School of Law.');
	t.deepEqual(who(model), [[1, 'Stephen Vale']]);
	t.is(speaker(model, 'Stephen Vale')!.role, 'of the University of Lune School of Law');
	t.is(model.statements[0]!.mode, 'direct');
});

test('"her spokeswoman, Lena Voss, said": the person named next to the cue speaks, the description is her role', (t) => {
	const model = article('Budget', 'Ada Brill lost the vote.', 'Brill’s spokeswoman, Lena Voss, said the prime minister would stay. She said a new budget would follow.');
	t.deepEqual(who(model), [[2, 'Lena Voss']]);
	t.is(speaker(model, 'Lena Voss')!.role, 'Brill’s spokeswoman');
	// A bare title next to the cue stays the role of the name before it
	t.deepEqual(who(article('Budget', 'Wu Qian, spokesperson for the ministry, said the vote was fair.')), [[1, 'Wu Qian']]);
});

test('a plural role noun alone is a group, not a name, even capitalised: "Leaders meet in Lenk"; parties stay names', (t) => {
	const model = article('Leaders meet in Lenk', '"We expect results," the Vale leader told reporters.');
	t.deepEqual(who(model), [[1, 'Vale leader']]);
	const party = article('Budget', 'Democrats said the budget was unfair.');
	t.deepEqual(who(party), [[1, 'Democrats']]);
});
