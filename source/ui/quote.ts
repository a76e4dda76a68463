import type {Attributed, Statement} from '../model.js';
import {speakerIndex} from './select.js';

/**
 * What `y`, `o` and `e` hand to the outside: a quote to copy and the article as plain text. Built
 * only from the model's text, which `read` sanitised; controls are dropped once more here because
 * these bytes go to the terminal (OSC 52) or to another program unfiltered by Ink.
 */

const controls = /[\u0000-\u001F\u007F-\u009F]/g;
const clean = (text: string) => text.replaceAll(controls, ' ');

/** Optional article fields another part of the program may fill in (byline, site). */
export type ArticleExtras = {byline?: string; site?: string; url?: string};

export function extrasOf(model: Attributed): ArticleExtras {
	const extras = model.article as ArticleExtras;
	const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? clean(value.trim()) : undefined);
	return {byline: text(extras.byline), site: text(extras.site), url: text(extras.url)};
}

/** The headline: the title, else the headline paragraph. */
export function headlineOf(model: Attributed): string | undefined {
	const title = model.article.title ?? model.article.paragraphs.find((paragraph) => paragraph.kind === 'headline')?.text;
	return title === undefined ? undefined : clean(title);
}

/** `“…” — Speaker, role (headline, date)`. */
export function quoteOf(model: Attributed, statement: Statement): string {
	const speaker = model.speakers[speakerIndex(model, statement.speaker)];
	const who = [speaker?.name ?? statement.speaker, speaker?.role].filter(Boolean).join(', ');
	const source = [headlineOf(model), model.article.date].filter(Boolean).join(', ');
	return clean(`“${statement.text.trim()}” — ${who}${source ? ` (${source})` : ''}`);
}

/** OSC 52: asks the terminal to put `text` on the clipboard. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** The article as text for a pager or an editor, and the line (1-based) each paragraph starts on. */
export function articleText(model: Attributed): {text: string; lineOf: Map<number, number>} {
	const lineOf = new Map<number, number>();
	const lines: string[] = [];
	const headline = headlineOf(model);
	const extras = extrasOf(model);
	const about = [model.article.date, extras.byline, extras.site, extras.url].filter(Boolean).join(' · ');
	if (headline && model.article.paragraphs[0]?.kind !== 'headline') lines.push(headline, '');
	if (about) lines.push(about, '');
	const names = new Map(model.speakers.map((speaker) => [speaker.id, speaker.name]));
	const byParagraph = new Map<number, Statement[]>();
	for (const statement of model.statements) {
		const list = byParagraph.get(statement.paragraph) ?? [];
		list.push(statement);
		byParagraph.set(statement.paragraph, list);
	}

	for (const paragraph of model.article.paragraphs) {
		lineOf.set(paragraph.index, lines.length + 1);
		lines.push(`¶${paragraph.index} ${clean(paragraph.text)}`);
		for (const statement of byParagraph.get(paragraph.index) ?? []) lines.push(`    — ${names.get(statement.speaker) ?? statement.speaker} (${statement.cue}, ${statement.mode})`);
		lines.push('');
	}

	return {text: lines.join('\n'), lineOf};
}
