import {Text} from 'ink';
import {memo, useContext} from 'react';
import type {Attributed} from '../model.js';
import {count} from '../views/plain.js';
import {ColorContext} from './color.js';
import {extrasOf, headlineOf} from './quote.js';
import {speakerIndex} from './select.js';
import {type Order, speakerAtRow} from './state.js';
import {type Piece, paint, speakerColor} from './style.js';
import {textWidth, truncate} from './text.js';

/** "Headline · 2023-05-26 · By Ana Ruiz · example.com · 5 statements, 2 speakers": the headline gives way first. */
export function headerPieces(model: Attributed, width: number): Piece[] {
	const {byline, site} = extrasOf(model);
	const counts = `${count(model.statements.length, 'statement')}, ${count(model.speakers.length, 'speaker')}`;
	// A text that is not English is said first: its statements are missing for that reason
	const language = model.article.language ? `[${model.article.language}: whosaid attributes English]` : undefined;
	const about = [language, model.article.date, byline, site, counts].filter(Boolean).join(' · ');
	const headline = headlineOf(model) ?? 'Untitled';
	const room = width - textWidth(about) - 3;
	if (room < 8) return [{text: truncate(about, width), style: {dim: true}}];
	const title = truncate(headline, room);
	return [
		{text: title, style: {bold: true}},
		{text: truncate(` · ${about}`, width - textWidth(title)), style: {dim: true}},
	];
}

export const Header = memo(function Header({model, width}: {model: Attributed; width: number}) {
	const color = useContext(ColorContext);
	return <Text wrap="truncate">{paint(headerPieces(model, width), color)}</Text>;
});

/** A place on the speaker bar: columns [start, end) and the list row it stands for (0 is All). */
export type BarHit = {start: number; end: number; row: number};

/**
 * The one-line speaker bar shown when the Speakers pane is not: "Speakers: 0 All · 1 Chen (4) · …",
 * the active filter inverse and always on it, "+N · s finds" when some do not fit.
 */
export function speakerBar(model: Attributed, order: Order, filter: string | undefined, width: number): {pieces: Piece[]; hits: BarHit[]} {
	const total = model.speakers.length + 1;
	const activeRow = filter === undefined ? 0 : Math.max(0, speakerOrderRow(model, order, filter));
	const label = (row: number) => {
		const speaker = speakerAtRow(model, order, row);
		return speaker ? `${speakerIndex(model, speaker.id) + 1} ${speaker.name} (${speaker.statements.length})` : `0 All (${model.statements.length})`;
	};

	const lead = 'Speakers: ';
	const tail = (left: number) => (left > 0 ? ` +${left} · s finds` : ' · s finds');
	// Start early enough that the active one shows: from the first row, else from the active one
	for (const first of activeRow === 0 ? [0] : [0, activeRow]) {
		const pieces: Piece[] = [{text: lead, style: {dim: true}}];
		const hits: BarHit[] = [];
		let used = lead.length;
		let row = first;
		for (; row < total; row++) {
			const text = label(row);
			const separator = row === first ? '' : ' · ';
			const need = textWidth(separator + text);
			if (used + need + textWidth(tail(total - row - 1)) > width && row > first) break;
			if (separator) pieces.push({text: separator, style: {dim: true}});
			used += textWidth(separator);
			const speaker = speakerAtRow(model, order, row);
			const cut = truncate(text, Math.max(1, width - used - textWidth(tail(total - row - 1))));
			pieces.push({text: cut, style: {bold: row === activeRow, inverse: row === activeRow, color: speaker ? speakerColor(speakerIndex(model, speaker.id)) : undefined}});
			hits.push({start: used, end: used + textWidth(cut), row});
			used += textWidth(cut);
		}

		if (row <= activeRow && first !== activeRow) continue;
		const end = truncate(tail(total - row), Math.max(0, width - used));
		pieces.push({text: end, style: {dim: true}});
		return {pieces, hits};
	}

	return {pieces: [{text: lead, style: {dim: true}}], hits: []};
}

function speakerOrderRow(model: Attributed, order: Order, id: string): number {
	for (let row = 1; row <= model.speakers.length; row++) if (speakerAtRow(model, order, row)?.id === id) return row;
	return -1;
}

export const SpeakerBar = memo(function SpeakerBar({model, order, filter, width}: {model: Attributed; order: Order; filter: string | undefined; width: number}) {
	const color = useContext(ColorContext);
	return <Text wrap="truncate">{paint(speakerBar(model, order, filter, width).pieces, color)}</Text>;
});
