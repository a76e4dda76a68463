import test from 'ava';
import {parseRecord} from '../../source/batch/records.js';

test('a record with text or html becomes an article named by its line and id', (t) => {
	t.deepEqual(parseRecord('{"id": "a1", "text": "Hello"}', 3), {origin: {id: 'a1'}, source: {kind: 'text', name: 'record "a1"', text: 'Hello'}});
	t.deepEqual(parseRecord('{"id": 7, "html": "<p>Hi</p>"}', 1), {origin: {id: 7}, source: {kind: 'html', name: 'record 7', html: '<p>Hi</p>'}});
	t.deepEqual(parseRecord('{"text": "No id"}', 2), {origin: {id: null}, source: {kind: 'text', name: 'line 2', text: 'No id'}});
});

test('a line that is not a usable record says why, with its line number', (t) => {
	t.deepEqual(parseRecord('not json', 4), {origin: {id: null}, problem: 'line 4: not JSON'});
	t.deepEqual(parseRecord('[1, 2]', 5), {origin: {id: null}, problem: 'line 5: not a JSON object'});
	t.deepEqual(parseRecord('{"id": "x", "text": 12}', 6), {origin: {id: 'x'}, problem: 'record "x": has no "text" or "html" string'});
});
