import {Box, Text} from 'ink';
import type {ReactNode} from 'react';

type PaneProps = {
	title: string;
	focused: boolean;
	width: number;
	height: number;
	children: ReactNode;
};

/** A bordered column; the focused one has a double border and an inverse title, visible without colour. */
export function Pane({title, focused, width, height, children}: PaneProps) {
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle={focused ? 'double' : 'single'} overflowY="hidden">
			<Text bold={focused} inverse={focused} wrap="truncate">
				{focused ? `› ${title} ` : `  ${title} `}
			</Text>
			{children}
		</Box>
	);
}
