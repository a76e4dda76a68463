import test from 'ava';
import type {Speaker} from '../source/model.js';
import {findSpeaker, rankSpeakers} from '../source/speakers.js';
import {invented} from './ui/invented.js';

const names = (found: ReturnType<typeof findSpeaker>) => ('speaker' in found ? [found.speaker.name] : found.candidates.map((speaker) => speaker.name));

test('--speaker finds a speaker by name, alias, id, any case, accents optional', (t) => {
	t.deepEqual(names(findSpeaker(invented.speakers, 'maria ortega')), ['Maria Ortega']);
	t.deepEqual(names(findSpeaker(invented.speakers, 'ANGSTROM')), ['Lena Ångström']);
	t.deepEqual(names(findSpeaker(invented.speakers, 'ravi-kumar')), ['Ravi Kumar']);
});

test('--speaker takes an unambiguous prefix of a name or of one of its words', (t) => {
	t.deepEqual(names(findSpeaker(invented.speakers, 'Lind')), ['Jonas Lindqvist']);
	t.deepEqual(names(findSpeaker(invented.speakers, 'pieter')), ['Pieter de Vries']);
});

test('--speaker lists the candidates when a prefix is ambiguous, and takes the only fuzzy match', (t) => {
	const found = findSpeaker(invented.speakers, 'a');
	t.deepEqual(names(found), ['Lena Ångström', 'Aiko Tanaka']);
	t.deepEqual(names(findSpeaker(invented.speakers, 'rvkmr')), ['Ravi Kumar']);
});

test('an unknown --speaker among 75,000 lists at most 10 of them, and says how many there are', (t) => {
	const many: Speaker[] = Array.from({length: 75_000}, (_, i) => ({id: `person-${i}`, name: `Person ${i}`, aliases: [], kind: 'person', statements: []}));
	const found = findSpeaker(many, 'qqq');
	t.true('candidates' in found);
	if ('candidates' in found) {
		t.is(found.candidates.length, 10);
		t.is(found.total, 75_000);
	}
});

test('the finder ranks names before roles, and word starts before letters inside words', (t) => {
	const ranked = rankSpeakers(invented.speakers, 'ma').map(({index}) => invented.speakers[index]!.name);
	t.is(ranked[0], 'Maria Ortega');
	t.true(ranked.indexOf('Chloe Martin') < ranked.indexOf('Omar Haddad'), 'Martin starts a word; omar has it inside');
	t.deepEqual(rankSpeakers(invented.speakers, 'economist').map(({index}) => invented.speakers[index]!.name), ['Ravi Kumar'], 'by role');
	t.deepEqual(rankSpeakers(invented.speakers, 'zzz'), []);
});
