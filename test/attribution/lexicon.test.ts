import test from 'ava';
import * as lexicon from '../../source/attribution/lexicon/index.js';
import {union, words, wordsWritten} from '../../source/attribution/lexicon/list.js';

/** Every word list the lexicon exports, by name (the pronouns by person). */
const lists: Array<[string, ReadonlySet<string>]> = [
	...Object.entries(lexicon).filter((entry): entry is [string, ReadonlySet<string>] => entry[1] instanceof Set && entry[0] !== 'evaluativeVerbs'),
	...Object.entries(lexicon.pronouns).map(([person, list]): [string, ReadonlySet<string>] => [`pronouns.${person}`, list]),
];

test('the lexicon exports its word lists', (t) => {
	t.true(lists.length > 40);
});

for (const [name, list] of lists) {
	test(`${name} is written with each word once`, (t) => {
		t.is(wordsWritten(list), list.size);
	});
}

test('a word written twice in a list is caught', (t) => {
	const list = words('said told said');
	t.is(list.size, 2);
	t.is(wordsWritten(list), 3);
	// A union that repeats a word of one of its lists
	const joined = union([words('said told')], 'told asked');
	t.is(joined.size, 3);
	t.is(wordsWritten(joined), 4);
});

test('the cues of several words are each listed once', (t) => {
	const written = lexicon.multiWordCues.map((cue) => cue.join(' '));
	t.is(new Set(written).size, written.length);
});

test('every evaluative form is a reporting verb form too', (t) => {
	for (const form of lexicon.evaluativeVerbs) t.true(lexicon.reportingVerbs.has(form), form);
});
