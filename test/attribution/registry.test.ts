import test from 'ava';
import type {Mention} from '../../source/attribution/grammar/mention.js';
import {analysePhrase} from '../../source/attribution/grammar/phrase.js';
import {Registry} from '../../source/attribution/discourse/registry.js';
import {tokenize} from '../../source/attribution/text/tokens.js';

/** A phrase read as a mention, as the rules make it. */
function mention(text: string): Mention {
	const {tokens, tokenText} = tokenize(text);
	return analysePhrase(tokens, 0, tokens.length, tokenText)!;
}

test('a surname alone finds the full name met before, as an alias', (t) => {
	const registry = new Registry();
	const full = registry.named(mention('Ivo Marsh'), 1);
	const short = registry.named(mention('Marsh'), 2);
	t.false(full.alias);
	t.is(short.entity, full.entity);
	t.true(short.alias);
	t.deepEqual([...full.entity.aliases!], ['Marsh']);
});

test('a fuller form of a name becomes the name, the shorter an alias', (t) => {
	const registry = new Registry();
	const {entity} = registry.named(mention('Marsh'), 1);
	t.is(registry.named(mention('Ivo Marsh'), 2).entity, entity);
	t.is(entity.name, 'Ivo Marsh');
	t.true(entity.aliases!.has('Marsh'));
});

test('a role and a gender come with the mention: titles, honorifics, first names', (t) => {
	const registry = new Registry();
	const minister = registry.named(mention('Harbour Minister Ivo Marsh'), 1).entity;
	t.is(minister.role, 'Harbour Minister');
	t.is(minister.gender, 'm');
	t.is(registry.named(mention('Mrs. Varga'), 2).entity.gender, 'f');
});

test('"Mr. Vance" after "Leila Vance" is another person of that surname', (t) => {
	const registry = new Registry();
	const leila = registry.named(mention('Leila Vance'), 1).entity;
	const mr = registry.named(mention('Mr. Vance'), 2).entity;
	t.not(mr, leila);
	t.is(mr.gender, 'm');
});

test('people and organisations of one word are found apart', (t) => {
	const registry = new Registry();
	const person = registry.named(mention('Ada Lenk'), 1).entity;
	const company = registry.named(mention('the Lenk Society'), 2).entity;
	t.not(company, person);
	t.is(registry.named(mention('Lenk'), 3).entity, person);
});

test('a definite description finds the entity its role names; a new one stays unnamed', (t) => {
	const registry = new Registry();
	const minister = registry.named(mention('Harbour Minister Ivo Marsh'), 1).entity;
	t.is(registry.describedBy(mention('the minister'), 2).entity, minister);
	const found = registry.describedBy(mention('a port official'), 3);
	t.false(found.resolved);
	t.is(found.entity.kind, 'description');
	t.is(found.entity.name, 'port official');
});

test('"the company" finds an organisation named as a company, never a person', (t) => {
	const registry = new Registry();
	const acme = registry.named(mention('Acme Corp'), 1).entity;
	registry.named(mention('Company President Ada Lenk'), 2);
	t.is(registry.describedBy(mention('the company'), 3).entity, acme);
});

test('a pronoun finds the most recent salient person whose gender agrees', (t) => {
	const registry = new Registry();
	const ivo = registry.named(mention('Ivo Marsh'), 1).entity;
	registry.touch(ivo, 1);
	const lena = registry.named(mention('Lena Voss'), 2).entity;
	registry.touch(lena, 2);
	t.is(registry.pronoun('he', 3), ivo);
	t.is(registry.pronoun('she', 3), lena);
	t.is(registry.pronoun('he', 100), undefined);
});

test('an unnamed speaker whose head noun a later role repeats is that person', (t) => {
	const registry = new Registry();
	const description = registry.describedBy(mention('a ministry spokesperson'), 1).entity;
	description.hasStatements = true;
	const mao = registry.named(mention('spokesperson Mao Ning'), 2).entity;
	t.is(Registry.canonical(description), mao);
	t.true(mao.aliases!.has('ministry spokesperson'));
});
