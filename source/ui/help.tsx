import {Box, Text} from 'ink';
import {keyTable} from './keys.js';
import {truncate} from './text.js';

type HelpProps = {
	width: number;
	height: number;
};

/** The key table over the panes; Esc or ? closes it. Cut to the rows there are. */
export function Help({width, height}: HelpProps) {
	const keyWidth = Math.max(...keyTable.map(([keys]) => keys.length)) + 2;
	const inner = width - 4;
	const rows = keyTable.slice(0, Math.max(0, height - 4));
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="double" paddingX={1} overflow="hidden">
			<Text bold wrap="truncate">
				Keys (Esc or ? closes)
			</Text>
			{rows.map(([keys, action]) => (
				<Text key={keys} wrap="truncate">
					{truncate(keys.padEnd(keyWidth) + action, inner)}
				</Text>
			))}
		</Box>
	);
}
