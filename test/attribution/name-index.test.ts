import test from 'ava';
import type {Entity} from '../../source/attribution/discourse/entity.js';
import {NameIndex} from '../../source/attribution/discourse/name-index.js';

let keys = 0;

/** An entity of these words, in the index, mentioned at `position`. */
function add(index: NameIndex, words: string[], kind: Entity['kind'], position: number): Entity {
	const entity: Entity = {key: keys++, name: words.join(' '), words: words.map((word) => index.word(word)), aliases: undefined, roleWords: [], headBits: 0, kind, salience: -1, mentioned: position, hasStatements: false, joins: [], members: undefined};
	index.add(entity);
	index.mentioned(entity);
	return entity;
}

function mention(index: NameIndex, entity: Entity, position: number) {
	entity.mentioned = position;
	index.mentioned(entity);
}

test('a full name finds the entity of that first and last word', (t) => {
	const index = new NameIndex();
	const ada = add(index, ['ada', 'brill'], 'person', 1);
	add(index, ['ivo', 'brill'], 'person', 2);
	t.is(index.find(['ada', 'brill'], 'person'), ada);
	t.is(index.find(['ona', 'brill'], 'person'), undefined);
});

test('one word finds the most recently mentioned person with it as last or first word', (t) => {
	const index = new NameIndex();
	const ada = add(index, ['ada', 'brill'], 'person', 1);
	const ivo = add(index, ['ivo', 'brill'], 'person', 2);
	t.is(index.find(['brill'], 'person'), ivo);
	mention(index, ada, 3);
	t.is(index.find(['brill'], 'person'), ada);
	t.is(index.find(['ada'], 'person'), ada);
});

test('of two mentioned at one position, the one that took the word first wins', (t) => {
	const index = new NameIndex();
	const first = add(index, ['ada', 'brill'], 'person', 5);
	add(index, ['ivo', 'brill'], 'person', 5);
	t.is(index.find(['brill'], 'person'), first);
});

test('a full name finds a one-word name equal to its last word', (t) => {
	const index = new NameIndex();
	const brill = add(index, ['brill'], 'person', 1);
	t.is(index.find(['ada', 'brill'], 'person'), brill);
});

test('organisations are found by their last word only, apart from people', (t) => {
	const index = new NameIndex();
	const society = add(index, ['lunar', 'society'], 'organisation', 1);
	const person = add(index, ['society', 'marsh'], 'person', 2);
	t.is(index.find(['society'], 'organisation'), society);
	t.is(index.find(['lunar'], 'organisation'), undefined);
	t.is(index.find(['society'], 'person'), person);
});

test('an entity merged into another is no candidate', (t) => {
	const index = new NameIndex();
	const ada = add(index, ['ada', 'brill'], 'person', 1);
	const other = add(index, ['ivo', 'brill'], 'person', 2);
	other.mergedInto = ada;
	t.is(index.find(['ivo', 'brill'], 'person'), undefined);
});
