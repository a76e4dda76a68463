import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('links to other stories under a "Related" heading give no statements; the story around them still does', (t) => {
	const model = article(
		'Bridge vote',
		'Mayor Ivo Marsh said the bridge would open in May.',
		'Related:',
		'Otto Vell Says The Bridge Is A Waste Of Money.',
		'Mira Tal Says Council Should Wait For The Budget',
		'Councillor Mira Tal said the vote was a relief.',
	);
	t.deepEqual(who(model), [[1, 'Ivo Marsh'], [5, 'Mira Tal']]);
});
