import test from 'ava';
import {Capitals} from '../../source/attribution/grammar/capitals.js';
import type {Paragraph} from '../../source/model.js';
import {PreparedArticle} from '../../source/attribution/text/units.js';

/** The capitalised words of each paragraph once case evidence from all of them lowered what case alone explains. */
function capitalsAfter(...texts: string[]): string[][] {
	const paragraphs: Paragraph[] = texts.map((text, index) => ({index, kind: index === 0 ? 'headline' : 'body', text}));
	const article = new PreparedArticle(paragraphs);
	const capitals = new Capitals();
	for (let u = 0; u < article.units; u++) capitals.observe(article.prepare(u));
	capitals.demote(article);
	return paragraphs.map((_, u) => article.tokensOf(u).tokens.filter((token) => token.cap).map((token) => token.text));
}

test('a capital at a sentence start that the article also writes in lower case is lowered', (t) => {
	t.deepEqual(capitalsAfter('Port news', 'Sales rose in Vale. The sales team met.'), [['Port'], ['Vale']]);
});

test('a capital alone at a sentence start, never capitalised inside one, is lowered', (t) => {
	t.deepEqual(capitalsAfter('Port news', 'Representatives met on Monday.'), [['Port'], ['Monday']]);
});

test('a capital the article writes inside a sentence stays a name', (t) => {
	t.deepEqual(capitalsAfter('Port news', 'Marsh spoke first. Later, Marsh left.'), [['Port'], ['Marsh', 'Marsh']]);
});

test('a capital before a capital or a reporting verb stays: it may be a name', (t) => {
	t.deepEqual(capitalsAfter('Port news', 'Ivo Marsh left. Brill said no.'), [['Port'], ['Ivo', 'Marsh', 'Brill']]);
});

test('capitals after a colon, a dash or an opening quote say nothing either', (t) => {
	t.deepEqual(capitalsAfter('Port news', 'Then: Nothing changes. "Nothing," she said.', 'It was nothing.'), [['Port'], [], []]);
});

test('a headline in title case keeps the capitals its words have elsewhere', (t) => {
	t.deepEqual(capitalsAfter('Marsh Warns Of Floods', 'Ivo Marsh warns of floods.'), [['Marsh'], ['Ivo', 'Marsh']]);
});
