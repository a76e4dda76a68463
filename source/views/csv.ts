import type {Attributed} from '../model.js';

/*
 * RFC 4180 by hand rather than a CSV library: writing (not parsing) is one rule, quote a field that
 * holds a comma, a double quote, CR or LF and double its quotes, and records end in CRLF. A library
 * (csv-stringify) would add a stream layer and ~40 KB to every start for those few lines.
 */

/** The columns, one row per statement. `kind` is the speaker's kind (person, organisation, group, document). */
export const csvColumns = ['file', 'paragraph', 'speaker', 'name', 'role', 'kind', 'cue', 'mode', 'resolution', 'text'] as const;

/** One field, quoted when it must be. */
export function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRecord = (fields: Array<string | number>): string => `${fields.map((field) => csvField(field)).join(',')}\r\n`;

export const csvHeader = (): string => csvRecord([...csvColumns]);

/** The rows of one article's statements, in article order; `file` is the path, URL or record id as given. */
export function* csvRows(model: Attributed, file: string): Generator<string> {
	const speakers = new Map(model.speakers.map((speaker) => [speaker.id, speaker]));
	for (const statement of model.statements) {
		const speaker = speakers.get(statement.speaker);
		yield csvRecord([
			file,
			statement.paragraph,
			statement.speaker,
			speaker?.name ?? '',
			speaker?.role ?? '',
			speaker?.kind ?? '',
			statement.cue,
			statement.mode,
			statement.resolution,
			statement.text,
		]);
	}
}
