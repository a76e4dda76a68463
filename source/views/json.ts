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

/**
 * Each paragraph as the document holds it, in order, with its statements. A statement carries its
 * speaker's `name` beside the id, so that one line of --jsonl or one statement read alone says who.
 */
export function* jsonParagraphs(model: Attributed): Generator<object> {
	const {article, speakers, statements} = model;
	const names = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
	const byParagraph = new Map<number, Statement[]>();
	for (const statement of statements) {
		const list = byParagraph.get(statement.paragraph);
		if (list) list.push(statement);
		else byParagraph.set(statement.paragraph, [statement]);
	}

	for (const {index, kind, text, dateline} of article.paragraphs as Paragraph[]) {
		yield {
			index,
			kind,
			...(dateline ? {dateline} : {}),
			text,
			statements: (byParagraph.get(index) ?? []).map(({speaker, text, start, end, cue, mode, resolution, mention}) => ({
				speaker,
				name: names.get(speaker),
				text,
				start,
				end,
				cue,
				mode,
				resolution,
				mention,
			})),
		};
	}
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
	let k = 0;
	for (const paragraph of jsonParagraphs(model)) {
		const indented = JSON.stringify(paragraph, undefined, 2).replaceAll('\n', '\n    ');
		yield `    ${indented}${++k < count ? ',' : ''}\n`;
	}

	yield '  ]\n}\n';
}
