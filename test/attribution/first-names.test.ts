import test from 'ava';
import {genderOfFirstName} from '../../source/attribution/lexicon/index.js';
import {article, who} from '../helpers/attribute.js';

test('a common first name tells its gender, so "he" is not taken by a known man just before: "John Roe ... Pete Hale ... he said"', (t) => {
	const model = article('Plant', 'John Roe opened the meeting. Pete Hale spoke next. "The plant stays open," he said.');
	t.deepEqual(who(model), [[1, 'Pete Hale']]);
	const woman = article('Plant', 'Mary Lund opened the meeting. Jillian Hale spoke next. "The plant stays open," she said.');
	t.deepEqual(who(woman), [[1, 'Jillian Hale']]);
});

test('an accented first name is looked up with its accents folded: "François"', (t) => {
	const model = article('Talks', 'John Roe opened the talks. François Lune answered him. "We want peace," he said.');
	t.deepEqual(who(model), [[1, 'François Lune']]);
});

test('a name of one word, most often a surname, tells no gender: "Christie" may be "he"', (t) => {
	const model = article('Talks', 'Mary Lund opened the talks with Christie.', 'Christie arrived late. "We want peace," he said.');
	t.deepEqual(who(model), [[2, 'Christie']]);
});

test('first names of either gender stay unknown; others are folded and split at a hyphen', (t) => {
	for (const name of ['jordan', 'taylor', 'jean', 'andrea', 'kelly', 'zhang', 'ffff']) t.is(genderOfFirstName(name), undefined, name);
	t.is(genderOfFirstName('pete'), 'm');
	t.is(genderOfFirstName('akhil'), 'm');
	t.is(genderOfFirstName('françois'), 'm');
	t.is(genderOfFirstName('jillian'), 'f');
	t.is(genderOfFirstName('mary-kate'), 'f');
	t.is(genderOfFirstName('ségolène'), 'f');
});
