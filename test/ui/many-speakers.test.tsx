import test from 'ava';
import {open} from './harness.js';
import {longModel} from './long-model.js';

test('the reader opens on an article of 200,000 speakers (their widest name sizes a pane: no spread of them all)', async (t) => {
	const reader = await open({model: longModel(200_000, {speakers: 200_000}), size: {columns: 120, rows: 20}});
	t.regex(reader.frame(), /All \(200000\)/);
	await reader.press('j');
	t.regex(reader.status(), /statement 2\/200000/);
});
