import test from 'ava';
import type {Attributed, Paragraph, Speaker, Statement} from '../../source/model.js';
import {open} from './harness.js';

/** An article where each of `count` speakers says one thing, in a paragraph of its own (built as the model, no analysis). */
function crowd(count: number): Attributed {
	const speakers: Speaker[] = [];
	const statements: Statement[] = [];
	const paragraphs: Paragraph[] = [{index: 0, kind: 'headline', text: 'A crowd'}];
	for (let id = 0; id < count; id++) {
		const name = `Speaker Number${id}`;
		const text = `"Yes," ${name} said.`;
		paragraphs.push({index: id + 1, kind: 'body', text});
		speakers.push({id: `speaker-number${id}`, name, aliases: [], statements: [id]});
		statements.push({id, speaker: `speaker-number${id}`, paragraph: id + 1, text, start: 0, end: text.length, cue: 'said', mode: 'direct', resolution: 'named', mention: name});
	}

	return {article: {title: 'A crowd', date: undefined, paragraphs}, speakers, statements};
}

test('the reader opens on an article of 200,000 speakers (their widest name sizes a pane: no spread of them all)', async (t) => {
	const reader = await open({model: crowd(200_000), size: {columns: 120, rows: 20}});
	t.regex(reader.frame(), /All \(200000\)/);
	await reader.press('j');
	t.regex(reader.status(), /statement 2\/200000/);
});
