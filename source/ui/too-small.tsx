import {Text} from 'ink';
import {type Size, minimumSize} from './layout.js';
import {truncate} from './text.js';

type TooSmallProps = {
	size: Size;
};

/** The one line shown when the panes cannot fit; q still quits. */
export function TooSmall({size}: TooSmallProps) {
	const line = `whosaid needs ${minimumSize.columns}×${minimumSize.rows} (now ${size.columns}×${size.rows}) · q quits`;
	return <Text wrap="truncate">{truncate(line, size.columns)}</Text>;
}
