import {Box, Text, useApp, useInput, useStdin} from 'ink';
import SelectInput from 'ink-select-input';
import {type ReactElement, useState} from 'react';
import {sanitize} from '../article/sanitize.js';
import type {Speaker} from '../model.js';
import {pickerAction} from './keys.js';

type PickerProps = {
	/** What `--speaker` was given. */
	query: string;
	/** The speakers it matches, best first (at most 10: speakers.ts). */
	candidates: readonly Speaker[];
	/** How many statements a speaker has. */
	countOf: (speaker: Speaker) => number;
	/** The reader to open: on one speaker's statements, or on every speaker's (undefined). */
	read: (speaker: string | undefined) => ReactElement;
	onExit: (code: number) => void;
};

/** A candidate as a line of the list: its name, statement count, aliases and role. */
function label(speaker: Speaker, count: number): string {
	const rest = [speaker.aliases.length > 0 ? `also ${speaker.aliases.join(', ')}` : '', speaker.role ?? ''].filter(Boolean).join(' · ');
	return `${speaker.name} (${count})${rest ? `  ${rest}` : ''}`;
}

/**
 * When `--speaker` matches several speakers on a terminal, the reader opens on a choice instead of an error: the
 * candidates in an ink-select-input list (a short, modal, single choice, what that component is made for). Enter opens
 * the reader on the picked speaker's statements, Esc on everyone's, q and Ctrl-C quit (keys.ts, `picker`).
 */
export function SpeakerPicker({query, candidates, countOf, read, onExit}: PickerProps) {
	const [chosen, setChosen] = useState<{speaker: string | undefined}>();
	const {isRawModeSupported} = useStdin();
	const {exit} = useApp();
	useInput(
		(input, key) => {
			const action = pickerAction(input, key);
			if (action?.type === 'quit') {
				onExit(action.code);
				exit();
			} else if (action?.type === 'close') setChosen({speaker: undefined});
		},
		{isActive: Boolean(isRawModeSupported) && chosen === undefined},
	);
	if (chosen) return read(chosen.speaker);
	const items = candidates.map((speaker) => ({key: speaker.id, label: label(speaker, countOf(speaker)), value: speaker.id}));
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold wrap="truncate">
				{`More than one speaker matches "${sanitize(query).text}": which one?`}
			</Text>
			<Text dimColor wrap="truncate">
				↑↓ pick · Enter opens their statements · Esc opens everyone's · q quits
			</Text>
			<SelectInput items={items} onSelect={(item) => setChosen({speaker: item.value})} />
		</Box>
	);
}
