import test from 'ava';
import {parse} from '../../source/article/parse.js';

const dateline = (text: string) => parse(`Headline\n\n${text}`).paragraphs[1]!.dateline;

test('datelines with a dash, an em dash or a lone hyphen', (t) => {
	t.is(dateline('LENK, Vale -- Ada Brill said the bill was dead.'), 'LENK, Vale');
	t.is(dateline('LENK (AP) — Ada Brill said the bill was dead.'), 'LENK (AP)');
	t.is(dateline('LENK, Vale - Ada Brill said the bill was dead.'), 'LENK, Vale');
});

test('a sentence with a hyphenated aside is no dateline', (t) => {
	t.is(dateline('Ada Brill - a farmer - said the bill was dead.'), undefined);
	t.is(dateline('I - like many - voted early.'), undefined);
});
