import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {lines} from '../helpers/attribute.js';

// Issue 13 item 5: a text that opens with "of" made the speaker phrase read the token before the first
test('a text that starts mid-sentence with "of" is analysed, not a crash', (t) => {
	const model = analyse('of war. Tunisian forces have also');
	t.is(model.article.paragraphs.length, 1);
	t.deepEqual(model.statements, []);
});

test('a sentence after a fragment that starts with "of" keeps its speaker', (t) => {
	t.deepEqual(lines(analyse('of war. Ivo Marsh said the port is closed.')), ['Ivo Marsh: Ivo Marsh said the port is closed.']);
});
