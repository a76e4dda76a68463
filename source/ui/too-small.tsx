import {Text} from 'ink';
import {type Size, minimumSize} from './layout.js';
import {wrap} from './text.js';

type TooSmallProps = {
	size: Size;
};

/**
 * The message shown when the panes cannot fit, in the longest wording that fits the rows there are
 * down to 10×3; "q quits" is never cut.
 */
export function tooSmallMessage(size: Size): string {
	const need = `${minimumSize.columns}×${minimumSize.rows}`;
	const wordings = [`whosaid needs ${need} (now ${size.columns}×${size.rows}) · q quits`, `needs ${need} · q quits`, `${need} · q quits`, 'q quits'];
	const rows = Math.max(1, size.rows);
	for (const wording of wordings) {
		const lines = wrap(wording, size.columns);
		if (lines.length <= rows && lines.every((line) => line.end - line.start <= size.columns)) return lines.map((line) => wording.slice(line.start, line.end)).join('\n');
	}

	return 'q';
}

export function TooSmall({size}: TooSmallProps) {
	return <Text>{tooSmallMessage(size)}</Text>;
}
