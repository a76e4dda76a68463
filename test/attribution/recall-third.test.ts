/* Seventh round (recall): shapes of speech the rules missed, each in invented words (docs/accuracy.md, "Seventh round"). */
import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('a speech noun after a possessive opening the sentence ("Voss\'s promise to", "His attacks on") names the possessor; inside a clause it does not', (t) => {
	const model = article(
		'Dam',
		'Mayor Ada Voss’s promise to rebuild the gate by spring was broken.',
		'Ivo Marsh spoke at the dock. His attacks on the council grew sharper.',
		'The crews doubted Lena Brill’s claims about the gauges.',
	);
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});

test('"advocates for" states a position: its subject is the speaker', (t) => {
	const model = article('Dam', 'Ada Voss advocates for a second gate below the dam.', 'Ivo Marsh, who advocated for the old gauges, said they still work.');
	t.deepEqual(who(model), [
		[1, 'Ada Voss'],
		[2, 'Ivo Marsh'],
	]);
});
