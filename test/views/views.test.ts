import test from 'ava';
import {jsonChunks, toJson} from '../../source/views/json.js';
import {toPlain} from '../../source/views/plain.js';
import {article} from '../helpers/attribute.js';

const model = article(
	'Harbour plan approved',
	'The council approved the harbour plan on Tuesday.',
	'"This is a good day for the town," said councillor Tom Baker. "We will watch the costs."',
	'He said the work would start in May.',
);

test('plain: each speaker with role, then statements with paragraph, cue, mode and doubtful resolutions', (t) => {
	t.is(
		toPlain(model),
		[
			'Harbour plan approved',
			'1 speaker, 2 statements',
			'',
			'Tom Baker (councillor)',
			'  ¶2 [said, direct] "This is a good day for the town," said councillor Tom Baker. "We will watch the costs."',
			'  ¶3 [said, indirect; "He", the previous speaker] He said the work would start in May.',
			'',
		].join('\n'),
	);
});

test('plain: --speaker shows one speaker', (t) => {
	const empty = article('Two voices', '"Yes," said Ann Lee.', '"No," said Bo Park.');
	t.is(toPlain(empty, empty.speakers[1]), 'Two voices\n1 speaker, 1 statement\n\nBo Park\n  ¶2 [said, direct] "No," said Bo Park.\n');
});

test('plain: an article with no statements says so', (t) => {
	const narration = article('Quiet day', 'Nothing happened in the town today.', 'The weather was fine.');
	t.is(toPlain(narration), 'Quiet day\n0 speakers, 0 statements\n\nNo attributed statements: everything here is narration.\n');
});

test('json: written a paragraph at a time, the pieces make the document JSON.stringify indents by two', (t) => {
	const pieces = [...jsonChunks(model)];
	t.true(pieces.length > model.article.paragraphs.length);
	t.is(pieces.join(''), `${JSON.stringify(JSON.parse(pieces.join('')), undefined, 2)}\n`);
	const empty = article('');
	t.is(toJson(empty), `${JSON.stringify({version: 1, title: null, date: null, byline: null, site: null, url: null, speakers: [], paragraphs: []}, undefined, 2)}\n`);
});

test('json: the contract fields, statements under their paragraphs, text equal to the slice', (t) => {
	const document = JSON.parse(toJson(model));
	t.is(document.version, 1);
	t.is(document.title, 'Harbour plan approved');
	t.is(document.date, null);
	t.deepEqual(document.speakers, [{id: 'tom-baker', name: 'Tom Baker', aliases: [], kind: 'person', role: 'councillor', statements: 2}]);
	const indexes: number[] = [];
	for (const paragraph of document.paragraphs) {
		for (const statement of paragraph.statements) {
			t.is(paragraph.text.slice(statement.start, statement.end), statement.text);
			indexes.push(paragraph.index);
		}
	}

	t.deepEqual(indexes, [2, 3]);
	t.deepEqual(
		document.paragraphs[3].statements[0],
		{speaker: 'tom-baker', name: 'Tom Baker', text: 'He said the work would start in May.', start: 0, end: 36, cue: 'said', mode: 'indirect', resolution: 'pronoun', mention: 'He'},
	);
});
