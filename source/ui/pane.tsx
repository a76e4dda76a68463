import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {truncate} from './text.js';

type PaneProps = {
	title: string;
	/** Scroll marks ("↑ ↓ 12 more") shown after the title. */
	marks?: string;
	focused: boolean;
	width: number;
	height: number;
	children: ReactNode;
};

/** A bordered column; the focused one has a double border and an inverse title, visible without colour. */
export function Pane({title, marks = '', focused, width, height, children}: PaneProps) {
	const name = focused ? `› ${title} ` : `  ${title} `;
	const inner = Math.max(1, width - 2);
	const room = inner - name.length - 1;
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle={focused ? 'double' : 'single'} overflowY="hidden">
			<Box width={inner}>
				<Text bold={focused} inverse={focused} wrap="truncate">
					{truncate(name, inner)}
				</Text>
				{marks && room > 1 ? <Text dimColor wrap="truncate">{truncate(` ${marks}`, room + 1)}</Text> : undefined}
			</Box>
			{children}
		</Box>
	);
}
