import type {Attributed} from '../model.js';
import {jsonHead, jsonParagraphs, jsonStatement, speakerNames} from './json.js';

/** Where a line's article came from: `file` (the path or URL as given) or `id` (a JSON Lines record's, as given). */
export type Origin = {file: string} | {id: unknown};

/**
 * Articles with less text than this (characters in paragraphs) are given as one string, by one
 * JSON.stringify(): ~20 % less than a call per paragraph for a news article. Their line is at most a
 * few times as long (statements repeat text, escapes), far below the longest string V8 makes.
 */
const wholeBelow = 1 << 20;

/**
 * One line of --jsonl: the --json document on one line, `file` or `id` first, then the same fields.
 * Given a paragraph at a time, like jsonChunks(), for articles whose line is longer than a V8 string.
 */
export function* jsonlChunks(model: Attributed, origin: Origin): Generator<string> {
	let characters = 0;
	for (const paragraph of model.article.paragraphs) characters += paragraph.text.length;
	const names = speakerNames(model);
	if (characters < wholeBelow) {
		const paragraphs: object[] = [];
		for (const {fields, statements} of jsonParagraphs(model)) paragraphs.push({...fields, statements: statements.map((statement) => jsonStatement(statement, names))});
		yield `${JSON.stringify({...origin, ...jsonHead(model), paragraphs})}\n`;
		return;
	}

	const head = JSON.stringify({...origin, ...jsonHead(model), paragraphs: []});
	yield head.slice(0, -']}'.length);
	let first = true;
	for (const {fields, statements} of jsonParagraphs(model)) {
		// The paragraph as JSON.stringify writes it, its statements one by one (json.ts)
		const shell = JSON.stringify({...fields, statements: []});
		yield `${first ? '' : ','}${shell.slice(0, -']}'.length)}`;
		for (const [i, statement] of statements.entries()) yield `${i > 0 ? ',' : ''}${JSON.stringify(jsonStatement(statement, names))}`;
		yield ']}';
		first = false;
	}

	yield ']}\n';
}

/** The line of an article that could not be read or analysed: the message and the exit code it would have alone. */
export function jsonlFailure(origin: Origin, error: string, code: number): string {
	return `${JSON.stringify({...origin, error, code})}\n`;
}
