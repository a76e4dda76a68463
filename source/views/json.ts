import type {Attributed} from '../model.js';

/** The JSON contract (readme, "JSON output"). Version 1; fields may be added, never removed. */
export function toJson(model: Attributed): string {
	const {article, speakers, statements} = model;
	const byParagraph = new Map<number, typeof statements>();
	for (const statement of statements) {
		const list = byParagraph.get(statement.paragraph);
		if (list) list.push(statement);
		else byParagraph.set(statement.paragraph, [statement]);
	}

	const document = {
		version: 1,
		title: article.title ?? null,
		date: article.date ?? null,
		speakers: speakers.map(({id, name, aliases, role, statements}) => ({id, name, aliases, ...(role ? {role} : {}), statements: statements.length})),
		paragraphs: article.paragraphs.map(({index, kind, text, dateline}) => ({
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
		})),
	};
	return JSON.stringify(document, undefined, 2) + '\n';
}
