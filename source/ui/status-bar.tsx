import {Text} from 'ink';
import {padTo, textWidth, truncate} from './text.js';

type StatusBarProps = {
	width: number;
	/** The pane on screen, when only one fits. */
	pane: string | undefined;
	filter: string;
	/** "statement 3/4", or "no statements". */
	position: string;
	search: {query: string; editing: boolean; counter: string};
	/** A note for the last key ("copied …"). */
	message: string | undefined;
	/** Digits being typed as a speaker number. */
	count: string | undefined;
};

/** One row: [pane] note · filter · statement 3/4 · /query 2/5 · ? help. */
export function StatusBar({width, pane, filter, position, search, message, count}: StatusBarProps) {
	if (search.editing) {
		const prompt = `/${search.query}▏ ${search.counter} · Enter keeps · Esc cancels`;
		return <Text wrap="truncate">{truncate(prompt, width)}</Text>;
	}

	// A note for the last key comes first, so a narrow terminal still shows it
	const parts = message ? [message, filter, position] : [filter, position];
	if (search.query !== '') parts.push(`/${search.query} ${search.counter}`);
	if (count !== undefined && count.length > 1) parts.push(`speaker ${count}`);
	const help = ' · ? help';
	const lead = pane ? `[${pane}] ` : '';
	const body = `${lead}${parts.join(' · ')}`;
	const line = textWidth(body) + help.length <= width ? body + help : body;
	return <Text inverse>{padTo(line, width)}</Text>;
}
