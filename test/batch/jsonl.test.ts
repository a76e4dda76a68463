import test from 'ava';
import {toJson} from '../../source/views/json.js';
import {jsonlChunks, jsonlFailure} from '../../source/views/jsonl.js';
import {article} from '../helpers/attribute.js';

const model = article('Bridge opens', '"It is done," Mayor Ana Ruiz said.', 'Ruiz added that tolls would end.');

test('a --jsonl line is the --json document on one line, with "file" first', (t) => {
	const line = [...jsonlChunks(model, {file: 'a/b.txt'})].join('');
	t.true(line.endsWith('}\n'));
	t.false(line.slice(0, -1).includes('\n'));
	const parsed = JSON.parse(line);
	t.deepEqual(Object.keys(parsed)[0], 'file');
	t.deepEqual(parsed, {file: 'a/b.txt', ...JSON.parse(toJson(model))});
});

test('a record\'s line carries its id as given, of any JSON type', (t) => {
	t.deepEqual(JSON.parse([...jsonlChunks(model, {id: 42})].join('')).id, 42);
	t.deepEqual(JSON.parse([...jsonlChunks(model, {id: {doc: 'x'}})].join('')).id, {doc: 'x'});
});

test('statements carry their speaker\'s name, so a line reads alone', (t) => {
	const parsed = JSON.parse([...jsonlChunks(model, {file: 'x'})].join(''));
	const statements = parsed.paragraphs.flatMap((paragraph: {statements: unknown[]}) => paragraph.statements);
	t.deepEqual(statements.map((statement: {speaker: string; name: string}) => [statement.speaker, statement.name]), [
		['ana-ruiz', 'Ana Ruiz'],
		['ana-ruiz', 'Ana Ruiz'],
	]);
});

test('a failed article is one line with the file, the message and the exit code', (t) => {
	t.is(jsonlFailure({file: 'gone.txt'}, 'gone.txt: no such file', 66), '{"file":"gone.txt","error":"gone.txt: no such file","code":66}\n');
});

test('an article without paragraphs still makes one valid line', (t) => {
	const empty = {article: {title: undefined, date: undefined, paragraphs: []}, speakers: [], statements: []};
	t.deepEqual(JSON.parse([...jsonlChunks(empty, {file: 'e'})].join('')), {file: 'e', version: 1, title: null, date: null, byline: null, site: null, url: null, speakers: [], paragraphs: []});
});
