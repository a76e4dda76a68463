import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('"he" is the most recent speaker, not the most recent name', (t) => {
	const model = article('Talks', 'Minister Pavel Sorin said the talks with Mira Tal and Otto Vell were useful.', 'He pointed out that trade had doubled.');
	t.deepEqual(who(model), [[1, 'Pavel Sorin'], [2, 'Pavel Sorin']]);
	t.is(model.statements[1]!.resolution, 'pronoun');
	t.is(model.statements[1]!.mention, 'He');
});

test('"he" can be the subject of narration just before', (t) => {
	const model = article('Talks', 'Mira Tal said the talks were over.', 'Pavel Sorin flew home on Monday. He said the visit had been useful.');
	t.deepEqual(who(model), [[1, 'Mira Tal'], [2, 'Pavel Sorin']]);
});

test('"she" agrees in gender: an honorific or a first name tells', (t) => {
	const model = article('Talks', 'Ms. Ada Brill, the trade envoy, said the deal was close. Otto Vell disagreed. She added that the tariffs would fall.');
	t.deepEqual(who(model).at(-1), [1, 'Ada Brill']);
	const named = article('Talks', 'Mary Lund said the deal was close. John Roe shook his head. She added that the tariffs would fall.');
	t.deepEqual(who(named).at(-1), [1, 'Mary Lund']);
});

test('a surname ending in s is still a person "he" can refer to', (t) => {
	const model = article('Talks', 'James Rivers spoke to the crowd.', 'He said the plant would stay open.');
	t.deepEqual(who(model), [[2, 'James Rivers']]);
});

test('"he" does not refer to an organisation that spoke', (t) => {
	const model = article('Talks', 'John Roe toured the plant.', 'The union said wages would rise. He said he agreed.');
	t.deepEqual(who(model), [[2, 'union'], [2, 'John Roe']]);
});

test('"the spokesman" resolves to the named spokesman', (t) => {
	const model = article('Talks', 'Tomas Orr, a spokesman for the water board, said the dam held.', 'The spokesman said repairs would start soon.');
	t.deepEqual(who(model), [[1, 'Tomas Orr'], [2, 'Tomas Orr']]);
	t.is(model.statements[1]!.resolution, 'description');
});

test('"the Lunarian foreign minister" resolves to the entity whose role says so', (t) => {
	const model = article('Talks', 'Lunarian Foreign Minister Pavel Sorin arrived on Monday.', 'The Lunarian foreign minister said he was pleased.');
	t.deepEqual(who(model), [[2, 'Pavel Sorin']]);
});

test('"the Vale senator" resolves to the senator the story is about, and becomes an alias', (t) => {
	const model = article('Bill', 'Sen. Ivo Marsh spoke at noon.', 'The Vale senator said the bill could not pass.');
	t.deepEqual(who(model), [[2, 'Ivo Marsh']]);
	t.true(model.speakers[0]!.aliases.includes('Vale senator'));
});

test('a staff description does not become the story’s main figure: "the nurse said"', (t) => {
	const model = article('Bill', 'Sen. Ivo Marsh spoke at noon.', 'The nurse said the ward was full.');
	t.deepEqual(who(model), [[2, 'nurse']]);
});

test('an unnamed speaker later named is one speaker', (t) => {
	const model = article(
		'Talks',
		'A foreign ministry spokesperson said on Tuesday that the talks had ended.',
		'Spokesperson Mira Tal told reporters the next round would be in May.',
	);
	t.deepEqual(who(model), [[1, 'Mira Tal'], [2, 'Mira Tal']]);
	t.is(model.speakers.length, 1);
});

test('plural descriptions are not merged into one named person', (t) => {
	const model = article('Talks', 'Ministry officials said the talks had ended.', 'Spokesperson Mira Tal told reporters the next round would be in May.');
	t.is(model.speakers.length, 2);
});

test('a pronoun inside a sentence refers to that sentence\'s named subject: "Marsh, who ..., rallied voters with calls he says ..."', (t) => {
	const model = article('Dam', '"The dam is old," said Ivo Marsh.', 'Orla Benn, who has run the dam for years, rallied workers with her plan to end the "rotten contracts" that she says are kept by a corrupt board.');
	t.deepEqual(who(model), [[1, 'Ivo Marsh'], [2, 'Orla Benn']]);
});

test('a one-word subject of unknown gender is not taken for an inner "he": "Lunaria will deepen trade, he said"', (t) => {
	const model = article('Talks', 'Minister Pavel Sorin said the talks with Lunaria were useful.', 'Lunaria will deepen trade, he said.');
	t.deepEqual(who(model), [[1, 'Pavel Sorin'], [2, 'Pavel Sorin']]);
});

test('words that name properties of JavaScript objects ("constructor", "toString") are words like any other', (t) => {
	// A role with such a word once made look-ups return Object.prototype's functions: a crash, and a lost pronoun
	const role = article('Bridge', 'Ada Brill, the constructor minister, said "We build."', 'The foreign minister said "No."');
	t.deepEqual(who(role), [[1, 'Ada Brill'], [2, 'Ada Brill']]);
	const honorific = article('Bridge', 'Constructor Bob Smith said "We build."', '"No," he said.');
	t.deepEqual(who(honorific), [[1, 'Constructor Bob Smith'], [2, 'Constructor Bob Smith']]);
	const others = article('Bridge', 'Bob Smith, the toString minister, said "We build."', '"Yes," the valueOf official said.');
	t.deepEqual(who(others), [[1, 'Bob Smith'], [2, 'valueOf official']]);
});

test('a subject after an opening conjunction is noted for "he": "But Mr. Orr ...", "Then, Pavel Sorin ..."', (t) => {
	const but = article('Talks', 'Mira Tal said the talks were over.', 'But Tomas Orr painted a darker picture of the deal. He said the tariffs would rise.');
	t.deepEqual(who(but), [[1, 'Mira Tal'], [2, 'Tomas Orr']]);
	const then = article('Talks', 'Mira Tal said the talks were over.', 'Then, Tomas Orr took the stage. He said the tariffs would rise.');
	t.deepEqual(who(then), [[1, 'Mira Tal'], [2, 'Tomas Orr']]);
	// The time phrase after the conjunction is skipped too
	const later = article('Talks', 'Mira Tal said the talks were over.', 'But a few days later, Tomas Orr changed course, telling reporters that the tariffs would rise.');
	t.deepEqual(who(later), [[1, 'Mira Tal'], [2, 'Tomas Orr']]);
});

test('"As for X, he ..." means X', (t) => {
	const said = article('Race', 'Ivo Marsh said he would win the state.', 'Tomas Orr spoke next. As for Ivo Marsh, he said the count was fair.');
	t.deepEqual(who(said), [[1, 'Ivo Marsh'], [2, 'Ivo Marsh']]);
	const narration = article('Race', 'Ivo Marsh said he would win the state.', 'Tomas Orr spoke next. As for Ivo Marsh, he left early. He told reporters the count was fair.');
	t.deepEqual(who(narration), [[1, 'Ivo Marsh'], [2, 'Ivo Marsh']]);
});

test('"a worker named X" after a long opening phrase is the subject "he" means', (t) => {
	const model = article(
		'Plant',
		'Tomas Orr, the plant manager, said the cuts were needed.',
		'Outside the old mill on River Street in the small town of Vale, a worker named Ivo Marsh waited for his shift. "The work is steady," he said.',
	);
	t.deepEqual(who(model), [[1, 'Tomas Orr'], [2, 'Ivo Marsh']]);
});

test('a person of unknown gender who acts in this paragraph keeps "he" or "she" from a known one in the paragraph before', (t) => {
	const model = article('Talks', 'John Roe said the deal was fair.', 'Kim Dale read the report. "It is fair," he said.');
	t.deepEqual(who(model), [[1, 'John Roe'], [2, 'Kim Dale']]);
	const she = article('Talks', 'Mary Lund said the deal was fair.', 'Kim Dale read the report, but she said the deal was not fair.');
	t.deepEqual(who(she), [[1, 'Mary Lund'], [2, 'Kim Dale']]);
	// From the paragraph before, either may be meant: he stays unresolved (a wrong speaker is worse than none)
	const before = article('Talks', 'John Roe said the deal was fair. Kim Dale read the report.', '"It is fair," he said.');
	t.deepEqual(who(before), [[1, 'John Roe']]);
});

test('"Mr. Vance" after "Leila Vance" is another person of that surname (Omar Vance if named), and "Ms. Vance" is still she', (t) => {
	const model = article('Rally', 'Leila Vance spoke first at the rally.', 'Mr. Vance said the country owed them an apology.', 'Ms. Vance said she was proud.', 'Mr. Vance said they would keep speaking.');
	t.deepEqual(who(model), [[2, 'Vance'], [3, 'Leila Vance'], [4, 'Vance']]);
	t.is(model.speakers.length, 2);
	const named = article('Rally', 'Leila Vance spoke first. Omar Vance was on stage.', 'Ms. Vance said the country was ready.', 'Mr. Vance said the crowd was large.');
	t.deepEqual(who(named), [[2, 'Leila Vance'], [3, 'Omar Vance']]);
});

test('a group is never taken for one person whose role names its place, and "they" means the group', (t) => {
	const model = article('Vote', 'Officials in Lune said the count was fair.', '"It was close," said Ivo Marsh of the University of Lune.', 'They said it again on Monday.');
	t.deepEqual(who(model), [[1, 'Officials in Lune'], [2, 'Ivo Marsh'], [3, 'Officials in Lune']]);
	t.deepEqual(model.speakers.find((speaker) => speaker.name === 'Ivo Marsh')!.aliases, []);
});

test('"X met Y": X is the subject "he" means, and Y’s role is only the title before Y', (t) => {
	const model = article('Talks', 'President Oda Venn met Prime Minister Ari Sol on Tuesday. He said the talks were useful.', '"Trade will double," Sol said.');
	t.deepEqual(who(model), [[1, 'Oda Venn'], [2, 'Ari Sol']]);
	t.is(model.speakers.find((speaker) => speaker.name === 'Ari Sol')!.role, 'Prime Minister');
});
