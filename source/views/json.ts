import type {Attributed} from '../model.js';

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
	const {article, speakers, statements} = model;
	const byParagraph = new Map<number, typeof statements>();
	for (const statement of statements) {
		const list = byParagraph.get(statement.paragraph);
		if (list) list.push(statement);
		else byParagraph.set(statement.paragraph, [statement]);
	}

	// The document without its paragraphs (its last field), and then each paragraph as
	// JSON.stringify(document, undefined, 2) would have written it inside
	const head = JSON.stringify(
		{
			version: 1,
			title: article.title ?? null,
			date: article.date ?? null,
			byline: article.byline ?? null,
			site: article.site ?? null,
			url: article.url ?? null,
			speakers: speakers.map(({id, name, aliases, role, statements}) => ({id, name, aliases, ...(role ? {role} : {}), statements: statements.length})),
			paragraphs: [],
		},
		undefined,
		2,
	);
	const empty = '"paragraphs": []\n}';
	if (article.paragraphs.length === 0) {
		yield head + '\n';
		return;
	}

	yield `${head.slice(0, -empty.length)}"paragraphs": [\n`;
	for (const [k, {index, kind, text, dateline}] of article.paragraphs.entries()) {
		const paragraph = {
			index,
			kind,
			...(dateline ? {dateline} : {}),
			text,
			statements: (byParagraph.get(index) ?? []).map(({speaker, text, start, end, cue, mode, resolution, mention}) => ({
				speaker,
				text,
				start,
				end,
				cue,
				mode,
				resolution,
				mention,
			})),
		};
		const indented = JSON.stringify(paragraph, undefined, 2).replaceAll('\n', '\n    ');
		yield `    ${indented}${k + 1 < article.paragraphs.length ? ',' : ''}\n`;
	}

	yield '  ]\n}\n';
}
