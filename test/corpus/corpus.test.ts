import test from 'ava';
import {CorpusSearch, buildCorpus, findCorpusSpeaker, intersect, statementAt} from '../../source/corpus/corpus.js';
import {bridge, harbour, market} from './invented.js';

const corpus = buildCorpus([
	{file: 'harbour.txt', model: harbour},
	{file: 'broken.txt', error: 'broken.txt: not text'},
	{file: 'bridge.txt', model: bridge},
	{file: 'market.txt', model: market},
]);

test('statements are numbered across articles in article order; a failed article has none', (t) => {
	t.deepEqual([...corpus.firstOf], [0, 3, 3, 6, 8]);
	t.deepEqual([...corpus.articleOf], [0, 0, 0, 2, 2, 2, 3, 3]);
	t.is(statementAt(corpus, 3).text, '"The steel arrived late," Varga said on Wednesday.');
});

test('a merged speaker lists their statements from every article', (t) => {
	const varga = findCorpusSpeaker(corpus, 'Varga');
	t.is(corpus.speakers[varga]!.name, 'Ilse Varga');
	t.deepEqual([...corpus.bySpeaker[varga]!], [0, 1, 3, 6]);
	t.is(findCorpusSpeaker(corpus, 'ilse varga'), varga);
	t.is(findCorpusSpeaker(corpus, 'Nobody'), -1);
});

test('search: smart case, accents folded, speaker names searched too, a longer query narrows', (t) => {
	const search = new CorpusSearch(corpus);
	t.deepEqual([...search.find('the')], [0, 1, 2, 3, 4, 5, 6, 7].filter((g) => `${corpus.speakers[corpus.speakerOf[g]!]!.name} ${statementAt(corpus, g).text}`.toLowerCase().includes('the')));
	t.deepEqual([...search.find('thé')], [...search.find('the')]);
	t.deepEqual([...search.find('harbour')], [0]);
	t.deepEqual([...search.find('harbour t')], [0]);
	t.deepEqual([...search.find('Reed')], [4, 5]);
	t.deepEqual([...search.find('REED')], []);
	t.deepEqual([...search.find('varga')], [0, 1, 3, 6]);
	t.deepEqual([...intersect(corpus.bySpeaker[findCorpusSpeaker(corpus, 'Anna Holm')]!, search.find('feared'))], [7]);
});

test('an index built in slices finds what one built at once finds', (t) => {
	const sliced = new CorpusSearch(corpus);
	let slices = 0;
	while (sliced.prepareSome(3)) slices++;
	t.is(slices, 6);
	const whole = new CorpusSearch(corpus);
	for (const query of ['the', 'Varga', 'said', 'é', 'Holm']) t.deepEqual([...sliced.find(query)], [...whole.find(query)], query);
});
