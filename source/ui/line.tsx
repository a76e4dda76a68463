import {Box, Text} from 'ink';
import {memo} from 'react';
import {textWidth} from './text.js';

export type Row = {key: string; text: string};

type LineProps = {
	/** The row with its styles in it (see `paint`), already wrapped or cut to the pane. */
	text: string;
};

/** One terminal row; a row whose text is unchanged is not drawn again by React. */
export const Line = memo(function Line({text}: LineProps) {
	if (text === '') return <Text> </Text>;
	return <Text wrap="truncate">{text}</Text>;
});

/** The text of a painted row without its styles (ESC [ … m): what takes room on screen. */
function unstyled(text: string): string {
	if (!text.includes('\u001B')) return text;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		if (text.charCodeAt(i) === 0x1b && text.charCodeAt(i + 1) === 0x5b) {
			i += 2;
			while (i < text.length && text.charCodeAt(i) !== 0x6d) i++;
			continue;
		}

		out += text[i];
	}

	return out;
}

/**
 * A pane's rows, top to bottom, each at most `width` columns as Ink measures them (text.ts), drawn
 * as one Text of several lines: Ink lays out, measures and draws one node instead of one per row.
 * Rows are not padded: every character is work for Ink on every frame. A row wider than the pane
 * (none should be) keeps a Text of its own, which Ink cuts to the width (a Text of several lines
 * would be cut as a whole).
 */
export function Rows({rows, width}: {rows: Row[]; width: number}) {
	const runs: Row[] = [];
	let run: Row | undefined;
	for (const row of rows) {
		const fits = textWidth(unstyled(row.text));
		if (fits > width) {
			runs.push(row);
			run = undefined;
			continue;
		}

		if (run) {
			run.text += `\n${row.text}`;
		} else {
			run = {key: `${row.key}+`, text: row.text};
			runs.push(run);
		}
	}

	return (
		<Box flexDirection="column">
			{runs.map((one) => (
				<Line key={one.key} text={one.text} />
			))}
		</Box>
	);
}
