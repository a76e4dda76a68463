import test from 'ava';
import {article, lines, who} from '../helpers/attribute.js';

test('"X said that ..." and "X said ..."', (t) => {
	t.deepEqual(lines(article('Dam', 'Ilse Varga said that the dam held.', 'Tomas Orr said the gauges were old.')), [
		'Ilse Varga: Ilse Varga said that the dam held.',
		'Tomas Orr: Tomas Orr said the gauges were old.',
	]);
});

test('"..., X said." and "..., said X."', (t) => {
	t.deepEqual(who(article('Dam', 'The dam held, Ilse Varga said.', 'The gauges are old, said Tomas Orr.')), [
		[1, 'Ilse Varga'],
		[2, 'Tomas Orr'],
	]);
});

test('"Noting that ..., X said ..." is X’s, whole', (t) => {
	const model = article('Dam', 'Noting that the gauges were old, Tomas Orr said the board would replace them.');
	t.deepEqual(lines(model), ['Tomas Orr: Noting that the gauges were old, Tomas Orr said the board would replace them.']);
});

test('"X ..., saying that ..." hangs the statement on the subject', (t) => {
	const model = article('Dam', 'Ilse Varga visited the pumping station on Monday, saying that the crews had done well.');
	t.deepEqual(who(model), [[1, 'Ilse Varga']]);
	t.is(model.statements[0]!.cue, 'saying');
});

test('a trailing cue covers the unquoted sentences before it: "A. B, X said." → both X’s', (t) => {
	const model = article('Dam', 'The dam is older than the town. It was built in 1911, Ilse Varga said.');
	t.deepEqual(lines(model), ['Ilse Varga: The dam is older than the town. It was built in 1911, Ilse Varga said.']);
});

test('narration between two claims of one speaker splits them into two statements', (t) => {
	const model = article(
		'Dam',
		'Ilse Varga said the dam held. The river rose all night and the crews worked until dawn. Varga said the town was safe.',
		'"We were lucky," Tomas Orr said. The crowd on the bank cheered. Orr told them the town would build higher.',
	);
	t.deepEqual(lines(model), [
		'Ilse Varga: Ilse Varga said the dam held.',
		'Ilse Varga: Varga said the town was safe.',
		'Tomas Orr: "We were lucky," Tomas Orr said.',
		'Tomas Orr: Orr told them the town would build higher.',
	]);
});

test('a trailing cue does not reach back past a sentence about someone else: "Orr met the crews. B, Varga said."', (t) => {
	const model = article('Dam', 'Tomas Orr met the crews on Monday. The spillway is sound and the gates work, Ilse Varga said.');
	t.deepEqual(lines(model), ['Ilse Varga: The spillway is sound and the gates work, Ilse Varga said.']);
	// A sentence about the speaker herself still is hers
	const own = article('Dam', 'Ilse Varga toured the dam.', 'Varga walked the whole spillway. It is sound, Ilse Varga said.');
	t.deepEqual(lines(own), ['Ilse Varga: Varga walked the whole spillway. It is sound, Ilse Varga said.']);
});

test('a cue that opens its content does not reach back or forward: "In an interview, she said ..."', (t) => {
	const model = article('Dam', 'Ilse Varga toured the site.', 'The town was quiet. In an interview, she said the repairs would cost little. She left at noon.');
	t.deepEqual(lines(model), ['Ilse Varga: In an interview, she said the repairs would cost little.']);
});

test('time phrases and appositions between speaker and cue: "X, 54, a farmer, on Tuesday said"', (t) => {
	t.deepEqual(who(article('Dam', 'Ada Brill, 54, a farmer from the valley, on Tuesday said the fields were flooded.')), [[1, 'Ada Brill']]);
	t.deepEqual(who(article('Dam', 'Ada Brill last week said the fields were flooded.')), [[1, 'Ada Brill']]);
});

test('a who-clause with commas of its own: "X, who farms in Lenk, Vale, since 2001, said"', (t) => {
	t.deepEqual(who(article('Dam', 'Ada Brill, who has farmed in Lenk, Vale, since 2001, said the fields were flooded.')), [[1, 'Ada Brill']]);
});

test('"X did this and said that ..." takes the sentence’s subject', (t) => {
	t.deepEqual(who(article('Dam', 'On Tuesday, Ada Brill drove back to the farm and said the fields were flooded.')), [[1, 'Ada Brill']]);
});

test('narration without a cue has no statement', (t) => {
	t.deepEqual(who(article('Dam', 'Ada Brill drove to the farm on Tuesday. The fields were flooded.')), []);
});

test('"X released a statement Monday saying ...": a participle after a document the subject issued reports the subject', (t) => {
	const model = article('Dam', 'Orla Benn released a statement Monday saying the dam would hold.', 'The Vale council sent a letter urging residents to stay calm.');
	t.deepEqual(who(model), [[1, 'Orla Benn'], [2, 'Vale council']]);
});

test('an opening subordinate clause keeps its own cue: "After X argued ..., Y said ..." gives Y the main clause', (t) => {
	const model = article('Debate', 'After Mira Tal argued that taxes should fall, Tomas Orr said they would rise.');
	t.deepEqual(lines(model), ['Mira Tal: After Mira Tal argued that taxes should fall,', 'Tomas Orr: Tomas Orr said they would rise.']);
	// A comma inside a quote closes no clause
	const quoted = article('Debate', 'When Mira Tal said "taxes, fees and tolls will fall" the crowd cheered.');
	t.deepEqual(who(quoted), [[1, 'Mira Tal']]);
});

test('a cue in a relative clause claims its clause only, and only when nothing else in the sentence speaks', (t) => {
	const alone = article('Dam', 'The storm hit the old dam, which Orla Benn said was unsafe, on Monday night.');
	t.deepEqual(lines(alone), ['Orla Benn: which Orla Benn said was unsafe']);
	const main = article('Dam', 'Tomas Orr said the repairs would start on the dam, which Orla Benn said was unsafe.');
	t.deepEqual(who(main), [[1, 'Tomas Orr']]);
});

test('the question put to a speaker is not the speaker’s but the asker’s: "When asked by X whether ..., Y said ..."', (t) => {
	const model = article('Dam', 'When asked by a reporter whether the dam would fail, Orla Benn said, "It will hold."');
	t.deepEqual(lines(model), ['reporter: When asked by a reporter whether the dam would fail,', 'Orla Benn: Orla Benn said, "It will hold."']);
});

test('a sentence glued to the next without a space still ends: "... Marsh said.Marsh claimed ..."', (t) => {
	const model = article('Dam', 'Mira Tal spoke first.', '"The dam will hold," Ivo Marsh said.Tal claimed that it would not.');
	t.deepEqual(lines(model), ['Ivo Marsh: "The dam will hold," Ivo Marsh said.', 'Mira Tal: Tal claimed that it would not.']);
});

test('a closing "..., a spokesperson said." is the sentence’s source, over the verbs inside it', (t) => {
	const model = article('Talks', 'The talks between Lune and Vale began in Lenk.', 'LENK, June 19 (Xinhua) -- Lune on Wednesday urged all parties to show restraint after the clash, a ministry spokesperson said.');
	t.deepEqual(who(model), [[2, 'ministry spokesperson']]);
	// After a quote, the closing cue names the quote's speaker only; a clause inside the content is no source
	const quoted = article('Talks', 'Ivo Marsh argued that Lune had changed: "Lune is not Lune," he said.');
	t.deepEqual(who(quoted), [[1, 'Ivo Marsh']]);
	const point = article('Talks', 'Ivo Marsh told reporters that the talks had failed, a point Mira Tal also acknowledged to the press.');
	t.deepEqual(who(point), [[1, 'Ivo Marsh']]);
});

test('a headline "...: spokesperson" is the spokesperson’s, whatever verb it has', (t) => {
	const model = article('Lune urges restraint over border clash: FM spokesperson', 'The clash killed 12 people.');
	t.deepEqual(who(model), [[0, 'FM spokesperson']]);
});
