import test from 'ava';
import type {Mention} from '../../source/attribution/grammar/mention.js';
import {analysePhrase} from '../../source/attribution/grammar/phrase.js';
import {phraseAfter} from '../../source/attribution/grammar/phrase-after.js';
import {phraseBefore} from '../../source/attribution/grammar/phrase-before.js';
import {tokenize} from '../../source/attribution/text/tokens.js';

/** The fields a test reads of a mention, those it has. */
function shown(mention: Mention | undefined) {
	if (!mention) return undefined;
	const {kind, text, name, role, head, organisation} = mention;
	return {kind, text, ...(name ? {name} : {}), ...(role ? {role} : {}), ...(head ? {head} : {}), ...(organisation ? {organisation} : {})};
}

/** The whole text read as one phrase. */
function phrase(text: string) {
	const {tokens, tokenText} = tokenize(text);
	return shown(analysePhrase(tokens, 0, tokens.length, tokenText));
}

/** The speaker phrase that ends before `cue` (a word of the text). */
function before(text: string, cue = 'said') {
	const {tokens, tokenText} = tokenize(text);
	return shown(phraseBefore(tokens, tokens.findIndex((token) => token.text === cue), 0, tokenText));
}

/** The speaker phrase that starts after `cue` (a word of the text). */
function after(text: string, cue = 'said') {
	const {tokens, tokenText} = tokenize(text);
	return shown(phraseAfter(tokens, tokens.findIndex((token) => token.text === cue) + 1, tokens.length, tokenText));
}

test('analysePhrase: a subject pronoun alone (lonePronoun)', (t) => {
	t.deepEqual(phrase('she'), {kind: 'pronoun', text: 'she', head: 'she'});
	t.is(phrase('the she'), undefined);
});

test('analysePhrase: a group and where it is from, a title and its complement (describedByFirstWord)', (t) => {
	t.deepEqual(phrase('officials in Vale'), {kind: 'description', text: 'officials in Vale', head: 'officials'});
	t.deepEqual(phrase('a spokeswoman for the Port Authority'), {kind: 'description', text: 'a spokeswoman for the Port Authority', head: 'spokeswoman'});
	t.deepEqual(phrase('Democrats'), {kind: 'name', text: 'Democrats', name: 'Democrats'});
});

test('analysePhrase: a person described by standing (personByStanding)', (t) => {
	t.deepEqual(phrase('the Lune Republican'), {kind: 'description', text: 'the Lune Republican', head: 'republican'});
});

test('analysePhrase: a name with its titles as role, an honorific left out (personName)', (t) => {
	t.deepEqual(phrase('Harbour Minister Ivo Marsh'), {kind: 'name', text: 'Harbour Minister Ivo Marsh', name: 'Ivo Marsh', role: 'Harbour Minister'});
	t.deepEqual(phrase('Secretary of State Ada Brill'), {kind: 'name', text: 'Secretary of State Ada Brill', name: 'Ada Brill', role: 'Secretary of State'});
	t.deepEqual(phrase('Anna van Lenk'), {kind: 'name', text: 'Anna van Lenk', name: 'Anna van Lenk'});
	// Two particles in a row are not joined yet: the name is its last word
	t.deepEqual(phrase('Ursula von der Lenk'), {kind: 'name', text: 'Ursula von der Lenk', name: 'Lenk', role: 'Ursula von der'});
	const mrs = tokenize('Mrs. Varga');
	t.is(analysePhrase(mrs.tokens, 0, mrs.tokens.length, mrs.tokenText)?.honorific, 'f');
});

test('analysePhrase: an organisation by its last word or "the" and capitals (organisationName)', (t) => {
	t.deepEqual(phrase('the Transport Ministry'), {kind: 'name', text: 'the Transport Ministry', name: 'Transport Ministry', organisation: true});
	t.deepEqual(phrase('the Lunar Society'), {kind: 'name', text: 'the Lunar Society', name: 'Lunar Society', organisation: true});
});

test('analysePhrase: a description headed by a role (roleDescription); nothing for other words', (t) => {
	t.deepEqual(phrase('the port authority'), {kind: 'description', text: 'the port authority', head: 'authority', organisation: true});
	t.deepEqual(phrase('a senior official'), {kind: 'description', text: 'a senior official', head: 'official'});
	t.is(phrase('the weather'), undefined);
	t.is(phrase('the'), undefined);
});

test('phraseBefore: a share of people speaks (shareOfPeople)', (t) => {
	t.deepEqual(before('About 4 in 10 say', 'say'), {kind: 'description', text: 'About 4 in 10', head: 'people'});
});

test('phraseBefore: a group and where it is from, with an apposition as role (groupAndPlace)', (t) => {
	t.deepEqual(before('Residents of Vale said'), {kind: 'description', text: 'Residents of Vale', head: 'residents'});
	t.deepEqual(before('sources familiar with the talks said'), {kind: 'description', text: 'sources familiar with the talks', head: 'sources'});
});

test('phraseBefore: a name with a parenthesis and appositions between it and its cue (headedPhrase)', (t) => {
	t.deepEqual(before('Tomas Orr (R-Lune) said'), {kind: 'name', text: 'Tomas Orr', name: 'Tomas Orr'});
	t.deepEqual(before('Oda Venn, 31, a dock worker, said'), {kind: 'name', text: 'Oda Venn', name: 'Oda Venn', role: 'dock worker'});
	t.deepEqual(before('Oda Venn, who lost her home in Vale, Lune, in 1998, said'), {kind: 'name', text: 'Oda Venn', name: 'Oda Venn'});
	t.deepEqual(before('Ivo Marsh — a teacher — said'), {kind: 'name', text: 'Ivo Marsh', name: 'Ivo Marsh', role: 'teacher'});
	t.is(before('Ivo Marsh (who knows said'), undefined);
});

test('phraseBefore: a description named next to the cue is the person', (t) => {
	t.deepEqual(before("Brill's spokeswoman, Lena Voss, said"), {kind: 'name', text: 'Lena Voss', name: 'Lena Voss', role: "Brill's spokeswoman"});
});

test('phraseBefore: "Ivo Marsh of Vale" is the person, what follows the role; a title keeps its complement', (t) => {
	t.deepEqual(before('Ivo Marsh of Vale said'), {kind: 'name', text: 'Ivo Marsh', name: 'Ivo Marsh', role: 'of Vale'});
	t.deepEqual(before('a spokesman for the Port Authority said'), {kind: 'description', text: 'a spokesman for the Port Authority', head: 'spokesman'});
});

test('phraseBefore: a part of a group speaks', (t) => {
	t.deepEqual(before('Most of the Lune senators said'), {kind: 'description', text: 'Most of the Lune senators', head: 'senators'});
});

test('phraseAfter: a name and its apposition, a description and its name (appositionAfter)', (t) => {
	t.deepEqual(after('"We hold," said Mao Ning, a ministry spokesperson.'), {kind: 'name', text: 'Mao Ning', name: 'Mao Ning', role: 'ministry spokesperson'});
	t.deepEqual(after('"We hold," said a ministry spokesperson, Mao Ning.'), {kind: 'name', text: 'Mao Ning', name: 'Mao Ning', role: 'ministry spokesperson'});
});

test('phraseAfter: "named" gives a description its person (describedThenNamed)', (t) => {
	t.deepEqual(after('said a worker named Ivo Marsh'), {kind: 'name', text: 'Ivo Marsh', name: 'Ivo Marsh', role: 'worker'});
});

test('phraseAfter: a group and where it is from (groupAndPlace)', (t) => {
	t.deepEqual(after('said officials familiar with the plans'), {kind: 'description', text: 'officials familiar with the plans', head: 'officials'});
});

test('phraseAfter: "of" after a person names where from; a verb or a word between names ends the phrase', (t) => {
	t.deepEqual(after('said Ivo Marsh of the University of Lune'), {kind: 'name', text: 'Ivo Marsh', name: 'Ivo Marsh', role: 'of the University of Lune'});
	t.deepEqual(after('said Oda Venn met Prime Minister Ari Sol'), {kind: 'name', text: 'Oda Venn', name: 'Oda Venn'});
	t.deepEqual(after('said Smith travels'), {kind: 'name', text: 'Smith', name: 'Smith'});
});

test('phraseAfter: a phrase that opens with "of" has no head before it', (t) => {
	t.is(after('of war', 'nothing'), undefined);
});
