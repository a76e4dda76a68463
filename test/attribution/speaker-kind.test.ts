import test from 'ava';
import {analyse} from '../../source/analyse.js';

/** Each speaker's name and kind, in order of first statement. */
const kinds = (text: string) => analyse(text).speakers.map(({name, kind}) => [name, kind]);

test('a speaker is a person, an organisation, a group or a document', (t) => {
	const story = [
		'River rises in Lenk',
		'City officials said on Monday that the river would rise.',
		'The report says the dams are old.',
		'Acme Corp will cut jobs at the dam, the company said.',
		'"We are ready," said Ada Brill, a spokeswoman for the city.',
	].join('\n\n');
	t.deepEqual(kinds(story), [
		['City officials', 'group'],
		['report', 'document'],
		['Acme Corp', 'organisation'],
		['Ada Brill', 'person'],
	]);
});

test('an unnamed description of one person is a person', (t) => {
	t.deepEqual(kinds('Dam to close\n\nThe dam will close on Friday, a ministry spokesman said.'), [['ministry spokesman', 'person']]);
});
