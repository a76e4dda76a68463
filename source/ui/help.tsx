import {Box, Text} from 'ink';
import {helpLines} from './keys.js';
import {type Row, Rows} from './line.js';
import {useScrolledList} from './scroll.js';
import {truncate} from './text.js';

type HelpProps = {
	width: number;
	height: number;
	/** First shown row (the reducer's; j k, Space b, g G scroll it). */
	top: number;
};

export const helpText = helpLines();

/** Rows the help shows inside an overlay `height` tall: less the border (2) and its title. */
export function helpRows(height: number): number {
	return Math.max(1, height - 3);
}

/** The key table over the panes, generated from keys.ts; it scrolls, and q, Esc or ? closes it. */
export function Help({width, height, top}: HelpProps) {
	const inner = width - 4;
	const rows = helpRows(height);
	const window = useScrolledList(helpText.length, top, rows);
	const lines: Row[] = helpText.slice(window.start, window.end).map((line, i) => ({key: String(window.start + i), text: truncate(line, inner)}));
	const title = `Keys (q, Esc or ? closes) ${window.marks}`;
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="double" paddingX={1} overflow="hidden">
			<Text bold wrap="truncate">
				{truncate(title, inner)}
			</Text>
			<Rows rows={lines} width={inner} />
		</Box>
	);
}
