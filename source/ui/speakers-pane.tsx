import {memo, useContext} from 'react';
import type {Attributed} from '../model.js';
import {ColorContext} from './color.js';
import {type Row, Rows} from './line.js';
import {Pane} from './pane.js';
import {useScrolledList} from './scroll.js';
import {speakerIndex} from './select.js';
import {type ListScroll, type Order, speakerAtRow} from './state.js';
import {type Piece, paint, speakerColor} from './style.js';
import {fit, textWidth} from './text.js';

type SpeakersPaneProps = {
	model: Attributed;
	filter: string | undefined;
	list: ListScroll;
	order: Order;
	focused: boolean;
	width: number;
	height: number;
};

/** "› 12 Ana Ruiz (3) · mayor": number, name, count, role as room allows, cut to the width; a dim "(group)", "(document)" or "(organisation)" after a name that is no person's. */
export function speakerRow(model: Attributed, order: Order, row: number, filter: string | undefined, isCursor: boolean, focused: boolean, width: number): Piece[] {
	const speaker = speakerAtRow(model, order, row);
	const number = speaker ? speakerIndex(model, speaker.id) + 1 : 0;
	const active = speaker ? speaker.id === filter : filter === undefined;
	const marker = isCursor ? '› ' : '  ';
	const name = speaker ? `${number} ${speaker.name}` : '0 All';
	const kind = speaker && speaker.kind !== 'person' ? ` (${speaker.kind})` : '';
	const count = ` (${speaker ? speaker.statements.length : model.statements.length})`;
	const named = marker + name + kind + count;
	// The role when there is room to read some of it (the finder, s, shows it whole)
	const role = speaker?.role && width - textWidth(named) >= 12 ? ` · ${speaker.role}` : '';
	const main = {bold: isCursor || active, inverse: isCursor && focused, color: speaker ? speakerColor(number - 1) : undefined};
	const text = named + role;
	const {end, cut} = fit(text, width);
	// Pieces by where each part ends in the text, cut at the width: the kind and the role dim
	const parts: Array<[number, Piece['style']]> = [
		[marker.length + name.length, main],
		[marker.length + name.length + kind.length, {dim: true}],
		[named.length, main],
		[text.length, {dim: true}],
	];
	const pieces: Piece[] = [];
	let at = 0;
	for (const [partEnd, style] of parts) {
		const stop = Math.min(partEnd, end);
		if (stop > at) pieces.push({text: text.slice(at, stop), style});
		at = Math.max(at, stop);
	}

	if (cut) pieces.push({text: '…', style: {dim: true}});
	return pieces;
}

/**
 * "All", then each speaker with its number, statement count and role, one row each, in the chosen
 * order; the list scrolls with the reducer's cursor (scroll.ts). Memoised: a key that moves in
 * another pane leaves its props, and so its rows, as they were.
 */
export const SpeakersPane = memo(function SpeakersPane({model, filter, list, order, focused, width, height}: SpeakersPaneProps) {
	const color = useContext(ColorContext);
	const inner = width - 2;
	const rows = Math.max(1, height - 3);
	const window = useScrolledList(model.speakers.length + 1, list.top, rows);
	const lines: Row[] = [];
	for (let row = window.start; row < window.end; row++) {
		lines.push({key: String(row), text: paint(speakerRow(model, order, row, filter, row === list.cursor, focused, inner), color)});
	}

	const title = order === 'appearance' ? 'Speakers' : `Speakers by ${order}`;
	return (
		<Pane title={title} marks={window.marks} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={inner} />
		</Pane>
	);
});

/** Width the Speakers column wants for its longest "› 12 Name (group) (3)". A loop: Math.max(...widths) overflows the stack past ~150,000 speakers. */
export function widestSpeaker(model: Attributed): number {
	let widest = textWidth(`› 0 All (${model.statements.length})`);
	for (const [i, speaker] of model.speakers.entries()) {
		const kind = speaker.kind === 'person' ? '' : ` (${speaker.kind})`;
		widest = Math.max(widest, textWidth(`› ${i + 1} ${speaker.name}${kind} (${speaker.statements.length})`));
	}

	return widest;
}
