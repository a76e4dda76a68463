import test from 'ava';
import type {Attributed} from '../../source/model.js';
import {csvField, csvHeader, csvRows} from '../../source/views/csv.js';
import {article} from '../helpers/attribute.js';

/** A minimal RFC 4180 reader, to check that what is written reads back as the same fields. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') {
				quoted = false;
			} else {
				field += char;
			}
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}

	return rows;
}

test('a field is quoted only when it holds a comma, a double quote, CR or LF; quotes are doubled', (t) => {
	t.is(csvField('plain words'), 'plain words');
	t.is(csvField(12), '12');
	t.is(csvField('a, b'), '"a, b"');
	t.is(csvField('say "yes"'), '"say ""yes"""');
	t.is(csvField('two\nlines'), '"two\nlines"');
	t.is(csvField('cr\ronly'), '"cr\ronly"');
	t.is(csvField(''), '');
});

test('the header names the columns, and records end in CRLF', (t) => {
	t.is(csvHeader(), 'file,paragraph,speaker,name,role,kind,cue,mode,resolution,text\r\n');
});

test('one row per statement, in article order, with the speaker\'s name and role', (t) => {
	const model = article(
		'Port plans a new ferry',
		'"We will need, at last, a second boat," Mayor Lena Ostrova said.',
		'Ostrova added that the "old" ferry would stay.',
	);
	const rows = parseCsv([csvHeader(), ...csvRows(model, 'news/ferry, draft.txt')].join(''));
	t.deepEqual(rows, [
		['file', 'paragraph', 'speaker', 'name', 'role', 'kind', 'cue', 'mode', 'resolution', 'text'],
		['news/ferry, draft.txt', '1', 'lena-ostrova', 'Lena Ostrova', 'Mayor', 'person', 'said', 'direct', 'named', '"We will need, at last, a second boat," Mayor Lena Ostrova said.'],
		['news/ferry, draft.txt', '2', 'lena-ostrova', 'Lena Ostrova', 'Mayor', 'person', 'added', 'mixed', 'alias', 'Ostrova added that the "old" ferry would stay.'],
	]);
});

test('a statement with a line break and quotes reads back whole', (t) => {
	const model: Attributed = {
		article: {title: undefined, date: undefined, paragraphs: [{index: 0, kind: 'body', text: 'x'}]},
		speakers: [{id: 'ana', name: 'Ana, "the" Mayor', aliases: [], kind: 'person', statements: [0]}],
		statements: [{id: 0, speaker: 'ana', paragraph: 0, text: 'one,\r\ntwo "three"\nfour', start: 0, end: 1, cue: 'said', mode: 'direct', resolution: 'named', mention: 'Ana'}],
	};
	const rows = parseCsv([...csvRows(model, 'f.txt')].join(''));
	t.deepEqual(rows, [['f.txt', '0', 'ana', 'Ana, "the" Mayor', '', 'person', 'said', 'direct', 'named', 'one,\r\ntwo "three"\nfour']]);
});
