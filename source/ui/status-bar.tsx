import {Text} from 'ink';
import type {Article} from '../model.js';
import {textWidth, truncate} from './text.js';

type StatusBarProps = {
	width: number;
	title: string;
	/** The pane on screen, when only one fits. */
	pane: string | undefined;
	filter: string;
	/** "statement 3/4", or "no statements". */
	position: string;
	search: {query: string; editing: boolean; counter: string};
};

/** The title part of the status bar: the headline, the byline and site when a page gives them, and a language that is not English. */
export function titleOf(article: Article): string {
	const language = article.language ? `[${article.language}: whosaid attributes English] ` : '';
	return language + [article.title ?? 'Untitled', article.byline, article.site].filter(Boolean).join(' · ');
}

/** One row: [pane ·] title · filter · statement 3/4 · /query 2/5 · ? help. The title gives way first. */
export function StatusBar({width, title, pane, filter, position, search}: StatusBarProps) {
	if (search.editing) {
		const prompt = `/${search.query}▏ ${search.counter} · Enter keeps · Esc cancels`;
		return <Text wrap="truncate">{truncate(prompt, width)}</Text>;
	}

	const parts = [filter, position];
	if (search.query !== '') parts.push(`/${search.query} ${search.counter}`);
	parts.push('? help');
	const rest = parts.join(' · ');
	const lead = pane ? `[${pane}] ` : '';
	const room = width - textWidth(lead) - textWidth(rest) - 3;
	const line = room >= 8 ? `${lead}${truncate(title, room)} · ${rest}` : `${lead}${rest}`;
	return (
		<Text inverse wrap="truncate">
			{truncate(line, width).padEnd(width)}
		</Text>
	);
}
