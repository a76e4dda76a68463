import {Box, Text} from 'ink';
import {useContext} from 'react';
import type {Findable} from '../speakers.js';
import {ColorContext} from './color.js';
import {type Row, Rows} from './line.js';
import {useScrolledList} from './scroll.js';
import type {ListScroll} from './state.js';
import {type Piece, paint, speakerColor} from './style.js';
import {fit, truncate} from './text.js';

type FinderProps = {
	/** The speakers searched (one article's, or merged across the corpus); a speaker's number is its position plus one. */
	speakers: readonly Findable[];
	/** A speaker's statements, by position. */
	countOf: (index: number) => number;
	query: string;
	/** Speaker positions, best match first. */
	found: number[];
	list: ListScroll;
	width: number;
	height: number;
};

/** Rows of matches inside a finder overlay `height` tall: less the border (2), the prompt and the marks line. */
export function finderRows(height: number): number {
	return Math.max(1, height - 4);
}

function matchRow(speakers: readonly Findable[], countOf: (index: number) => number, at: number, isCursor: boolean, width: number): Piece[] {
	const speaker = speakers[at]!;
	const name = `${isCursor ? '› ' : '  '}${at + 1} ${speaker.name} (${countOf(at)})`;
	const rest = [speaker.aliases.length > 0 ? `also ${speaker.aliases.join(', ')}` : '', speaker.role ?? ''].filter(Boolean).join(' · ');
	const text = rest ? `${name}  ${rest}` : name;
	const {end, cut} = fit(text, width);
	const nameEnd = Math.min(end, name.length);
	return [
		{text: text.slice(0, nameEnd), style: {bold: true, inverse: isCursor, color: speakerColor(at)}},
		{text: text.slice(nameEnd, end), style: {dim: true}},
		...(cut ? [{text: '…', style: {dim: true}}] : []),
	];
}

/** The speaker finder (`s`): a query, the speakers it matches best first; ↑ ↓ pick, Enter filters, Esc leaves. */
export function Finder({speakers, countOf, query, found, list, width, height}: FinderProps) {
	const color = useContext(ColorContext);
	const inner = width - 4;
	const rows = finderRows(height);
	const window = useScrolledList(found.length, list.top, rows);
	const lines: Row[] = [];
	for (let i = window.start; i < window.end; i++) lines.push({key: String(found[i]), text: paint(matchRow(speakers, countOf, found[i]!, i === list.cursor, inner), color)});
	if (found.length === 0) lines.push({key: 'none', text: query === '' ? 'No speakers.' : `No speaker matches "${query}".`});
	const counter = `${found.length}/${speakers.length}`;
	return (
		<Box flexDirection="column" width={width} height={height} borderStyle="double" paddingX={1} overflow="hidden">
			<Text wrap="truncate">{truncate(`Find a speaker: ${query}▏ ${counter} · ↑↓ pick · Enter filters · Esc leaves`, inner)}</Text>
			<Text dimColor wrap="truncate">
				{truncate(`${query === '' ? 'all speakers' : 'best match first'} ${window.marks}`, inner)}
			</Text>
			<Rows rows={lines} width={inner} />
		</Box>
	);
}
