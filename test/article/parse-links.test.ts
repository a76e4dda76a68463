import test from 'ava';
import {parse} from '../../source/article/parse.js';

const kinds = (...paragraphs: string[]) => parse(['Bridge vote', ...paragraphs].join('\n\n')).paragraphs.slice(1).map((paragraph) => paragraph.kind);

test('the title-case lines under a links heading are boilerplate, up to the first sentence', (t) => {
	t.deepEqual(
		kinds(
			'Ivo Marsh said the bridge would open in May.',
			'"Related:"',
			'Mayor Ivo Marsh Says The Bridge Will Open In May.',
			'Lenk Council Approves a Budget for the Harbour',
			'Otto Vell Slams Bridge Plan As A Waste',
			'Mira Tal said the vote was a relief.',
			'Work Starts On The New Bridge',
		),
		['body', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'body', 'body'],
	);
	t.deepEqual(kinds('Read more:', 'Otto Vell Slams Bridge Plan As A Waste'), ['boilerplate', 'boilerplate']);
	t.deepEqual(kinds('Related Coverage', 'Otto Vell Slams Bridge Plan As A Waste'), ['boilerplate', 'boilerplate']);
});

test('a capitalised sentence under a links heading ends the list, and title case elsewhere stays body', (t) => {
	t.deepEqual(kinds('Related:', 'Ivo Marsh Said The Bridge Was Safe, but Mira Tal was not sure.'), ['boilerplate', 'body']);
	t.deepEqual(kinds('Related:', 'OTTO VELL SLAMS BRIDGE PLAN AS A WASTE'), ['boilerplate', 'body']);
	t.deepEqual(kinds('Otto Vell Slams Bridge Plan As A Waste', 'Ivo Marsh said the bridge would open in May.'), ['body', 'body']);
});
