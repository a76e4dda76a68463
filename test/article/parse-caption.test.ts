import test from 'ava';
import {parse} from '../../source/article/parse.js';

const kindOf = (line: string) => parse(`Headline\n\n${line}\n\nThe council met on Monday.`).paragraphs[1]!.kind;

test('a paragraph that is only a photo credit is a caption', (t) => {
	t.is(kindOf('Otto Vell/Reuters'), 'caption');
	t.is(kindOf('Otto Vell / Reuters.'), 'caption');
	t.is(kindOf('AP Photo/Otto Vell'), 'caption');
	t.is(kindOf('Photo: Otto Vell/AFP/Getty Images'), 'caption');
	t.is(kindOf('Photograph by Otto Vell'), 'caption');
	t.is(kindOf('Photo credit: Otto Vell'), 'caption');
	t.is(kindOf('OTTO B. VELL via Getty Images.'), 'caption');
	t.is(kindOf('Otto Vell for The Lenk Times'), 'caption');
	t.is(kindOf('Otto Vell/The Lenk Post/Redux'), 'caption');
	t.is(kindOf('(Reuters)'), 'caption');
	t.is(kindOf('Ivo Marsh speaks in Lenk on Monday. (AP Photo/Otto Vell)'), 'caption');
});

test('short lines with a slash, "via" or "for" that credit nobody stay body text', (t) => {
	t.is(kindOf('Marsh/Tal Ticket Takes Shape'), 'body');
	t.is(kindOf('Marsh/Tal'), 'body');
	t.is(kindOf('Ivo Marsh for Mayor'), 'body');
	t.is(kindOf('Ivo Marsh via Twitter'), 'body');
	t.is(kindOf('Ivo Marsh Visits Lenk Post Office'), 'body');
	t.is(kindOf('Photos Show Ivo Marsh Meeting Mira Tal'), 'body');
	t.is(kindOf('(Reuters) - Ivo Marsh said the bill was dead.'), 'body');
	t.is(kindOf('Marsh: "We will win."'), 'body');
});

test('a credit line as the first of several paragraphs is no headline', (t) => {
	const article = parse('Otto Vell/Reuters\n\nThe council met on Monday.');
	t.is(article.title, undefined);
	t.is(article.paragraphs[0]!.kind, 'caption');
});
