import test from 'ava';
import type {Claim} from '../../source/attribution/discourse/claim.js';
import type {Entity} from '../../source/attribution/discourse/entity.js';
import {Registry} from '../../source/attribution/discourse/registry.js';
import {analysePhrase} from '../../source/attribution/grammar/phrase.js';
import {ModeJudge, wordClasses} from '../../source/attribution/output/mode.js';
import {SettledClaims, type SettledParagraph, toAttributed} from '../../source/attribution/output/statements.js';
import {findQuotes} from '../../source/attribution/text/quotes.js';
import {endOf, tokenize} from '../../source/attribution/text/tokens.js';
import type {Article, Resolution} from '../../source/model.js';

/** The entity a name stands for in `registry`. */
function named(registry: Registry, name: string, position = 1): Entity {
	const {tokens, tokenText} = tokenize(name);
	return registry.named(analysePhrase(tokens, 0, tokens.length, tokenText)!, position).entity;
}

type Spec = {words: [number, number]; entity: Entity; cue?: string; resolution?: Resolution; frame?: number[]};

/** The output stage's model of one body paragraph and its claims, given as word ranges of the paragraph's tokens. */
function statementsOf(text: string, specs: Spec[]) {
	const {tokens, tokenText} = tokenize(text);
	const classes = new Uint8Array(tokens.length);
	wordClasses(tokens, findQuotes(tokens), classes, 0);
	const claims = new SettledClaims();
	for (const {words: [from, to], entity, cue = 'said', resolution = 'named', frame = []} of specs) {
		const claim: Claim = {sentence: 0, from, to, entity, cue, resolution, mention: entity.name, frame, trailing: false};
		claims.add(claim, tokenText.starts[from]!, endOf(tokens, tokenText, to - 1));
	}

	const article: Article = {title: undefined, date: undefined, paragraphs: [{index: 0, kind: 'body', text}]};
	const settled: SettledParagraph[] = [{paragraph: article.paragraphs[0]!, first: 0, count: specs.length, classes, classesAt: 0}];
	return toAttributed(article, settled, claims);
}

test('adjacent claims of one speaker are one statement, described by its first cue that is not a continuation', (t) => {
	const registry = new Registry();
	const marsh = named(registry, 'Ivo Marsh');
	// "We hold ." | Marsh said . | "It is safe ."
	const model = statementsOf('"We hold." Marsh said. "It is safe."', [
		{words: [0, 5], entity: marsh, cue: 'said', resolution: 'continuation'},
		{words: [5, 8], entity: marsh, cue: 'said', resolution: 'alias', frame: [5, 6, 6, 7]},
		{words: [8, 14], entity: marsh, cue: 'said', resolution: 'continuation'},
	]);
	t.is(model.statements.length, 1);
	t.like(model.statements[0], {text: '"We hold." Marsh said. "It is safe."', start: 0, resolution: 'alias', speaker: 'ivo-marsh', mode: 'direct'});
});

test('claims of one speaker with narration between them stay two statements', (t) => {
	const registry = new Registry();
	const marsh = named(registry, 'Ivo Marsh');
	const model = statementsOf('Marsh said it held. The rain stopped. Marsh said it was safe.', [
		{words: [0, 5], entity: marsh, frame: [0, 1, 1, 2]},
		{words: [9, 15], entity: marsh, frame: [9, 10, 10, 11]},
	]);
	t.deepEqual(model.statements.map((statement) => statement.text), ['Marsh said it held.', 'Marsh said it was safe.']);
	t.deepEqual(model.speakers.map((speaker) => speaker.statements), [[0, 1]]);
});

test('speakers of one name get distinct ids, in order of first statement', (t) => {
	const registry = new Registry();
	const second = named(registry, 'the Port Authority');
	const first = registry.describedBy(analysePhraseOf('a port authority'), 2).entity;
	t.not(first, second);
	const model = statementsOf('It said never. One said yes.', [
		{words: [0, 4], entity: second},
		{words: [4, 8], entity: first},
	]);
	t.deepEqual(model.speakers.map((speaker) => speaker.id), ['port-authority', 'port-authority-2']);
});

test('a description merged into a named entity speaks as that entity, its name no alias', (t) => {
	const registry = new Registry();
	const description = registry.describedBy(analysePhraseOf('a ministry spokesperson'), 1).entity;
	description.hasStatements = true;
	const mao = named(registry, 'spokesperson Mao Ning', 2);
	const model = statementsOf('The talks went well, a ministry spokesperson said.', [{words: [0, 9], entity: description, resolution: 'description'}]);
	t.deepEqual(model.speakers, [{id: 'mao-ning', name: 'Mao Ning', aliases: ['ministry spokesperson'], kind: 'person', role: 'spokesperson', statements: [0]}]);
	t.is(mao.name, 'Mao Ning');
});

function analysePhraseOf(text: string) {
	const {tokens, tokenText} = tokenize(text);
	return analysePhrase(tokens, 0, tokens.length, tokenText)!;
}

test('the mode: direct when the words outside the frame are quoted, indirect when none are, mixed otherwise', (t) => {
	const judge = new ModeJudge();
	const classesOf = (text: string) => {
		const {tokens} = tokenize(text);
		const classes = new Uint8Array(tokens.length);
		wordClasses(tokens, findQuotes(tokens), classes, 0);
		return {classes, length: tokens.length};
	};

	const direct = classesOf('"We hold," Marsh said.');
	t.is(judge.ofClaim(direct.classes, 0, 0, direct.length, [5, 6, 6, 7]), 'direct');
	const indirect = classesOf('Marsh said the wall held.');
	t.is(judge.ofClaim(indirect.classes, 0, 0, indirect.length, [0, 1, 1, 2]), 'indirect');
	const mixed = classesOf('Marsh said the wall held "for now" at the port.');
	t.is(judge.ofClaim(mixed.classes, 0, 0, mixed.length, [0, 1, 1, 2]), 'mixed');
	// Frames of merged claims may overlap: each token is taken back once
	t.is(judge.of(direct.classes, 0, 0, direct.length, Int32Array.of(5, 6, 6, 7, 5, 7), 6), 'direct');
});
