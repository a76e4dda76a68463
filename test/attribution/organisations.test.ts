import test from 'ava';
import {article, who} from '../helpers/attribute.js';

test('a named organisation speaks, and "the ministry" later is the same one', (t) => {
	const model = article('Talks', 'The Lunarian Foreign Ministry said in a statement that the dates were not fixed.', 'The ministry said the venue was open.');
	t.deepEqual(who(model), [[1, 'Lunarian Foreign Ministry'], [2, 'Lunarian Foreign Ministry']]);
});

test('an unnamed organisation speaks under its description', (t) => {
	t.deepEqual(who(article('Talks', 'The ministry said the dates were not fixed.')), [[1, 'ministry']]);
});

test('"it said" refers to the organisation that spoke', (t) => {
	const model = article('Talks', 'The Lunarian Foreign Ministry said the dates were not fixed.', 'It said the venue was open.');
	t.deepEqual(who(model), [[1, 'Lunarian Foreign Ministry'], [2, 'Lunarian Foreign Ministry']]);
});

test('"the company" is never the executive whose role names a company', (t) => {
	const model = article('Mills', 'Rolf Kade, chief executive of the company, said the mills would stay open.', 'The company said it had no plans to move.');
	t.deepEqual(who(model), [[1, 'Rolf Kade'], [2, 'company']]);
});

test('"according to" puts the source after the cue', (t) => {
	t.deepEqual(who(article('Talks', 'The talks will resume in May, according to the Lunarian Foreign Ministry.')), [[1, 'Lunarian Foreign Ministry']]);
});

test('a colon cue needs a speaker before it, not a label', (t) => {
	t.deepEqual(who(article('Talks', 'Mira Tal: the talks will resume in May.')), [[1, 'Mira Tal']]);
	t.deepEqual(who(article('Talks', 'Update: the talks will resume in May.')), []);
});

test('"the company" is the company the sentence named before it: "Acme Corp will cut jobs, the company said"', (t) => {
	t.deepEqual(who(article('Jobs', 'Acme Corp will cut 2,000 jobs, the company said on Thursday.')), [[1, 'Acme Corp']]);
	t.deepEqual(who(article('Jobs', 'Acme Inc. will cut 2,000 jobs, the company said on Thursday.')), [[1, 'Acme Inc.']]);
});
