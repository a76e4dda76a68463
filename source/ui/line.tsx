import {Box, Text} from 'ink';
import {memo} from 'react';

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

/**
 * The row's width in columns when Ink measures it as `textWidth` does, else -1: every character
 * below U+0300 (sanitised text has no controls but LF; the styles, ESC [ … m, take no room) or
 * common punctuation and arrows (¶ … › · → “ ” are one column to both). A row with anything else,
 * wide or combining, may be measured otherwise.
 */
function plainWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x1b && text.charCodeAt(i + 1) === 0x5b) {
			i += 2;
			while (i < text.length && text.charCodeAt(i) !== 0x6d) i++;
			continue;
		}

		if (code < 0x20 || (code >= 0x300 && !(code >= 0x2010 && code <= 0x2027) && !(code >= 0x2030 && code <= 0x205e) && !(code >= 0x2190 && code <= 0x21ff))) return -1;
		width++;
	}

	return width;
}

/**
 * A pane's rows, top to bottom, `width` columns wide. Runs of rows that surely fit are one Text of
 * several lines: Ink lays out, measures and draws one node instead of one per row (most of a
 * frame's React and Yoga work, and of the first frame's). Any other row keeps a Text of its own,
 * which Ink cuts to the width as before (a Text of several lines would be cut as a whole).
 */
export function Rows({rows, width}: {rows: Row[]; width: number}) {
	const runs: Row[] = [];
	let run: Row | undefined;
	for (const row of rows) {
		const fits = plainWidth(row.text);
		if (fits < 0 || fits > width) {
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
