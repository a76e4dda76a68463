import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {who} from '../helpers/attribute.js';

/*
 * Lines inside a block (no blank line between them): live blogs and scraped pages put one paragraph on
 * each line, plain-text articles wrap their paragraphs.
 */

test('a live blog’s lines are paragraphs: a name at the start of a line does not join the sentence before', (t) => {
	const model = analyse(
		[
			'Bridge vote',
			[
				'Ivo Marsh said the state would build a new bridge to the island, which has waited for one since the storm hit the U.S.',
				'Otto Vell said the money would be better spent on schools, and that the vote should wait until the budget was passed.',
				'Posted by Ada Brill at 9:31 PM',
				'"We will not wait," Marsh said of the vote on Monday, which his party is expected to win by a wide margin in both houses.',
			].join('\n'),
		].join('\n\n'),
	);
	t.deepEqual(who(model), [[1, 'Ivo Marsh'], [2, 'Otto Vell'], [4, 'Ivo Marsh']]);
});

test('wrapped prose is one paragraph: a speaker named across a line break is found', (t) => {
	const model = analyse(
		[
			'Bridge vote',
			[
				'The council voted on Monday to build a new bridge to the island, which',
				'has waited for one since the storm. "We have waited long enough," said',
				'Councillor Mira Tal of the harbour ward, who had asked for the bridge for',
				'ten years.',
			].join('\n'),
			['Otto Vell, who leads the opposition, said the money would be better spent', 'on schools.'].join('\n'),
		].join('\n\n'),
	);
	t.deepEqual(who(model), [[1, 'Mira Tal'], [2, 'Otto Vell']]);
});

test('a byline on its own line above narrow text does not join the name after it', (t) => {
	const model = analyse(['Bridge vote', ['By Ada Brill', 'Otto Vell said the bridge would open in May, whatever the weather.'].join('\n')].join('\n\n'));
	t.deepEqual(who(model), [[2, 'Otto Vell']]);
});
