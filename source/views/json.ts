import type {Attributed, Paragraph, Statement} from '../model.js';

/** The document's fields before its paragraphs: version, title, date, speakers. */
export function jsonHead(model: Attributed) {
	const {article, speakers} = model;
	return {
		version: 1,
		title: article.title ?? null,
		date: article.date ?? null,
		byline: article.byline ?? null,
		site: article.site ?? null,
		url: article.url ?? null,
		speakers: speakers.map(({id, name, aliases, kind, role, members, statements}) => ({id, name, aliases, kind, ...(role ? {role} : {}), ...(members ? {members} : {}), statements: statements.length})),
	};
}

/** A paragraph of the document: its fields before its statements, and its statements. */
export type JsonParagraph = {fields: {index: number; kind: Paragraph['kind']; dateline?: string; text: string}; statements: Statement[]};

/**
 * Each paragraph of the document, in order, with its statements. The statements are turned into
 * the document's objects one at a time (jsonStatement), by the writers: a hostile paragraph can
 * hold a hundred thousand of them, too many to hold as objects and as one string at once.
 */
export function* jsonParagraphs(model: Attributed): Generator<JsonParagraph> {
	const {article, statements} = model;
	const byParagraph = new Map<number, Statement[]>();
	for (const statement of statements) {
		const list = byParagraph.get(statement.paragraph);
		if (list) list.push(statement);
		else byParagraph.set(statement.paragraph, [statement]);
	}

	for (const {index, kind, text, dateline} of article.paragraphs as Paragraph[]) {
		yield {fields: {index, kind, ...(dateline ? {dateline} : {}), text}, statements: byParagraph.get(index) ?? []};
	}
}

/** Speaker id → name, for the statements' `name`. */
export const speakerNames = (model: Attributed): Map<string, string> => new Map(model.speakers.map((speaker) => [speaker.id, speaker.name]));

/** A statement as the document holds it: it carries its speaker's `name` beside the id, so that one line of --jsonl or one statement read alone says who. */
export function jsonStatement({speaker, text, start, end, cue, mode, resolution, mention}: Statement, names: Map<string, string>): object {
	return {speaker, name: names.get(speaker), text, start, end, cue, mode, resolution, mention};
}

/** The JSON contract (readme, "JSON output"). Version 1; fields may be added, never removed. */
export function toJson(model: Attributed): string {
	return [...jsonChunks(model)].join('');
}

/**
 * The same text as toJson(), a paragraph at a time: the whole document of a large article can be
 * longer than the longest string V8 makes (~512 million characters: text that quotes and escapes
 * much of itself, near the 128 MiB input limit), and the cli writes it as it goes.
 */
export function* jsonChunks(model: Attributed): Generator<string> {
	// The document without its paragraphs (its last field), and then each paragraph as
	// JSON.stringify(document, undefined, 2) would have written it inside
	const head = JSON.stringify({...jsonHead(model), paragraphs: []}, undefined, 2);
	const empty = '"paragraphs": []\n}';
	const count = model.article.paragraphs.length;
	if (count === 0) {
		yield `${head}\n`;
		return;
	}

	yield `${head.slice(0, -empty.length)}"paragraphs": [\n`;
	const names = speakerNames(model);
	const indent = (text: string, by: string) => by + text.replaceAll('\n', `\n${by}`);
	let k = 0;
	for (const {fields, statements} of jsonParagraphs(model)) {
		const comma = ++k < count ? ',' : '';
		// The paragraph as JSON.stringify(paragraph, undefined, 2) writes it, its statements one by one
		const shell = JSON.stringify({...fields, statements: []}, undefined, 2);
		if (statements.length === 0) {
			yield `${indent(shell, '    ')}${comma}\n`;
			continue;
		}

		yield `${indent(shell.slice(0, -'[]\n}'.length), '    ')}[\n`;
		for (const [i, statement] of statements.entries()) yield `${indent(JSON.stringify(jsonStatement(statement, names), undefined, 2), '        ')}${i + 1 < statements.length ? ',' : ''}\n`;
		yield `      ]\n    }${comma}\n`;
	}

	yield '  ]\n}\n';
}
