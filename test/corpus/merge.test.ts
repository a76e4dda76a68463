import test from 'ava';
import {foldName, mergeSpeakers} from '../../source/corpus/merge.js';
import type {Attributed, Speaker} from '../../source/model.js';
import {bridge, harbour, market} from './invented.js';

/** A model with only speakers (and as many statements as each has): enough for the merge. */
function model(...speakers: Array<{name: string; aliases?: string[]; statements?: number; role?: string}>): Attributed {
	let next = 0;
	const made: Speaker[] = speakers.map((one) => ({
		id: foldName(one.name).replaceAll(' ', '-'),
		name: one.name,
		aliases: one.aliases ?? [],
		kind: 'person',
		...(one.role ? {role: one.role} : {}),
		statements: Array.from({length: one.statements ?? 1}, () => next++),
	}));
	return {article: {title: 'T', date: undefined, paragraphs: []}, speakers: made, statements: []};
}

test('a surname alone in one story joins the full name of another, with per-article counts', (t) => {
	const merged = mergeSpeakers([model({name: 'Nikolai Patrushev', aliases: ['Patrushev'], statements: 3}), model({name: 'Patrushev', statements: 2})]);
	t.deepEqual(merged, [{name: 'Nikolai Patrushev', aliases: ['Patrushev'], articles: [{article: 0, speaker: 'nikolai-patrushev', count: 3}, {article: 1, speaker: 'patrushev', count: 2}], total: 5}]);
});

test('a surname joins the full name whose last word it is, even when no story used it as an alias', (t) => {
	const merged = mergeSpeakers([model({name: 'Patrushev'}), model({name: 'Nikolai Patrushev'})]);
	t.is(merged.length, 1);
	t.is(merged[0]!.name, 'Nikolai Patrushev');
	t.deepEqual(merged[0]!.aliases, ['Patrushev']);
});

test('equal names merge whatever their case and accents; the role comes from the first story that gives one', (t) => {
	const merged = mergeSpeakers([model({name: 'Lena Angstrom'}), model({name: 'Lena Ångström', role: 'city engineer', statements: 2})]);
	t.is(merged.length, 1);
	t.is(merged[0]!.total, 3);
	t.is(merged[0]!.role, 'city engineer');
});

test('a surname shared by two full names stays apart, and a shared alias never joins two full names', (t) => {
	const merged = mergeSpeakers([model({name: 'Chen Wenqing', aliases: ['Chen']}), model({name: 'Chen Jining', aliases: ['Chen']}), model({name: 'Chen'})]);
	t.deepEqual(merged.map((speaker) => speaker.name).sort(), ['Chen', 'Chen Jining', 'Chen Wenqing']);
});

test('merged speakers come most quoted first, then by name; failed articles (no model) are skipped', (t) => {
	const merged = mergeSpeakers([model({name: 'Bo Lind', statements: 1}, {name: 'Ada Berg', statements: 1}), undefined, model({name: 'Cy Dale', statements: 4})]);
	t.deepEqual(
		merged.map((speaker) => [speaker.name, speaker.total]),
		[
			['Cy Dale', 4],
			['Ada Berg', 1],
			['Bo Lind', 1],
		],
	);
});

test('the invented stories: "Varga" in the bridge story is Ilse Varga of the other two', (t) => {
	const merged = mergeSpeakers([harbour, bridge, market]);
	const varga = merged[0]!;
	t.is(varga.name, 'Ilse Varga');
	t.deepEqual(
		varga.articles.map((one) => [one.article, one.count]),
		[
			[0, 2],
			[1, 1],
			[2, 1],
		],
	);
	t.is(varga.total, 4);
	t.deepEqual(merged.map((speaker) => speaker.name).slice(1), ['Tomas Reed', 'Anna Holm', 'Marco Bellini']);
});
