import {Box, Text} from 'ink';
import SelectInput, {type IndicatorProps, type ItemProps} from 'ink-select-input';
import {type FC, memo, useMemo} from 'react';
import type {Attributed} from '../model.js';
import {useTextStyle} from './color.js';
import {Pane} from './pane.js';
import {speakerColor} from './style.js';
import {truncate} from './text.js';

type SpeakersPaneProps = {
	model: Attributed;
	filter: string | undefined;
	cursor: number;
	/** Changes whenever the cursor moves: the list is re-created there. */
	epoch: number;
	focused: boolean;
	width: number;
	height: number;
};

function Indicator({isSelected = false}: IndicatorProps) {
	return <Text bold>{isSelected ? '› ' : '  '}</Text>;
}

/** Row N of the list: "All", or speaker N with its statement count, its role below. */
function makeItem(model: Attributed, filter: string | undefined, focused: boolean, width: number): FC<ItemProps & {value?: number}> {
	return function SpeakerItem({isSelected = false, value = 0}: ItemProps & {value?: number}) {
		const textStyle = useTextStyle();
		const speaker = model.speakers[value - 1];
		// The active filter is bold (and named in the status bar); the cursor is inverse with a marker
		const active = speaker ? speaker.id === filter : filter === undefined;
		const name = speaker ? `${value} ${speaker.name} (${speaker.statements.length})` : `0 All (${model.statements.length})`;
		const style = textStyle({bold: isSelected || active, inverse: isSelected && focused, color: speaker ? speakerColor(value - 1) : undefined});
		return (
			<Box flexDirection="column" width={width}>
				<Text {...style} wrap="truncate">
					{truncate(name, width)}
				</Text>
				{speaker?.role ? (
					<Text dimColor wrap="truncate">
						{truncate(`  ${speaker.role}`, width)}
					</Text>
				) : undefined}
			</Box>
		);
	};
}

/**
 * "All", then each speaker with role and count. ink-select-input draws the list; the reader's
 * reducer moves its cursor (re-creating it at `cursor`), because the list's own key handler maps
 * 1 to "All" rather than to speaker 1, and drops keys typed faster than a frame. Memoised: a key
 * that moves in another pane leaves its props, and so its rows, as they were.
 */
export const SpeakersPane = memo(function SpeakersPane({model, filter, cursor, epoch, focused, width, height}: SpeakersPaneProps) {
	const inner = width - 4;
	const items = useMemo(() => [{key: 'all', label: 'All', value: 0}, ...model.speakers.map((speaker, index) => ({key: speaker.id, label: speaker.name, value: index + 1}))], [model]);
	const Item = useMemo(() => makeItem(model, filter, focused, inner), [model, filter, focused, inner]);
	// "All" takes one row, a speaker two (name, role)
	const limit = Math.max(1, Math.floor((height - 3 - 1) / 2) + 1);
	return (
		<Pane title="Speakers" focused={focused} width={width} height={height}>
			<SelectInput
				key={`${epoch}:${limit}`}
				items={items}
				initialIndex={cursor}
				limit={limit}
				isFocused={false}
				indicatorComponent={Indicator}
				itemComponent={Item}
			/>
		</Pane>
	);
});
