import {Text} from 'ink';
import {useContext} from 'react';
import type {Attributed, Statement} from '../model.js';
import {describeResolution} from '../views/plain.js';
import {ColorContext} from './color.js';
import {type Row, Rows} from './line.js';
import {Pane} from './pane.js';
import {follow, scrollMarks} from './scroll.js';
import {findAll} from './search.js';
import {indexOf, speakerIndex} from './select.js';
import {type Mark, type Piece, paint, pieces, speakerColor} from './style.js';
import {fit, wrap} from './text.js';

type StatementsPaneProps = {
	model: Attributed;
	/** The filtered statements. */
	list: Statement[];
	selected: number | undefined;
	/** First shown statement (the reducer's, see scroll.ts). */
	top: number;
	query: string;
	focused: boolean;
	width: number;
	height: number;
};

const matchStyle = {bold: true, underline: true, color: 'yellow'};

/** Rows of text to lay over: the row's text, the marks on it, cut to width with "…". */
function row(text: string, marks: Mark[], width: number): Piece[] {
	const {end, cut} = fit(text, width);
	const out = pieces(text, 0, end, marks);
	if (cut) out.push({text: '…', style: {}});
	return out;
}

function matchMarks(text: string, query: string, offset: number): Mark[] {
	return findAll(text, query).map((range) => ({start: range.start + offset, end: range.end + offset, style: matchStyle}));
}

/** The selected statement, opened: header, wrapped text (capped to fit), cue and mode, how its speaker was found. */
function expanded(model: Attributed, statement: Statement, query: string, width: number, maxRows: number, focused: boolean): Piece[][] {
	const speaker = model.speakers[speakerIndex(model, statement.speaker)];
	const name = speaker?.name ?? statement.speaker;
	const named = `› ¶${statement.paragraph} ${name}`;
	// A dim "(group)", "(document)", "(organisation)" after a name that is no person's, as in the Speakers pane
	const header = speaker && speaker.kind !== 'person' ? `${named} (${speaker.kind})` : named;
	// The speaker's colour here too, so one speaker has one colour in every pane
	const color = speakerColor(speakerIndex(model, statement.speaker));
	const headerStyle = focused ? {bold: true, inverse: true, color} : {bold: true, color};
	const lines = wrap(statement.text, width - 2);
	const textRows = Math.max(1, maxRows - 3);
	const shown = lines.slice(0, textRows);
	const marks = matchMarks(statement.text, query, 0);
	const body = shown.map((range, index) => {
		const last = index === shown.length - 1 && shown.length < lines.length;
		return [{text: '  ', style: {}}, ...pieces(statement.text, range.start, range.end, marks), ...(last ? [{text: '…', style: {}}] : [])];
	});
	const dim = (text: string) => row(text, [{start: 0, end: text.length, style: {dim: true}}], width);
	const cue = dim(`  cue: ${statement.cue} · ${statement.mode}`);
	const found = dim(`  speaker: ${describeResolution(statement.mention, statement.resolution, name)}`);
	const headerRanges = [
		{start: 0, end: named.length, style: headerStyle},
		{start: named.length, end: header.length, style: {dim: true}},
	];
	return [row(header, headerRanges, width), ...body, cue, found];
}

/** Rows the selected statement takes when opened in a pane `width` wide with `rows` inside: header, text (capped), cue, speaker. */
export function openRows(statement: Statement, width: number, rows: number): number {
	return Math.min(wrap(statement.text, width - 2).length, Math.max(1, rows - 3)) + 3;
}

/** The filtered statements, one row each, the selected one opened; only the rows on screen are drawn. */
export function StatementsPane({model, list, selected, top: wanted, query, focused, width, height}: StatementsPaneProps) {
	const color = useContext(ColorContext);
	const inner = width - 2;
	const rows = Math.max(1, height - 3);
	if (list.length === 0) {
		return (
			<Pane title="Statements" focused={focused} width={width} height={height}>
				<Text wrap="wrap">{model.statements.length === 0 ? 'No attributed statements: everything here is narration.' : 'No statements.'}</Text>
			</Pane>
		);
	}

	const index = Math.max(0, indexOf(list, selected));
	const open = expanded(model, list[index]!, query, inner, rows, focused);
	// The reducer keeps its top in step; this only guards a pane drawn at another width than it assumed
	const top = follow(wanted, index, list.length, rows, open.length);
	const lines: Row[] = [];
	for (let i = top; i < list.length && lines.length < rows; i++) {
		const statement = list[i]!;
		if (i === index) {
			for (const [n, piecesOfRow] of open.entries()) if (lines.length < rows) lines.push({key: `${statement.id}:${n}`, text: paint(piecesOfRow, color)});
			continue;
		}

		const speakerAt = speakerIndex(model, statement.speaker);
		const name = model.speakers[speakerAt]?.name ?? statement.speaker;
		const prefix = `  ¶${statement.paragraph} ${name}: `;
		const text = prefix + statement.text;
		const nameStart = prefix.indexOf(name);
		const marks: Mark[] = [
			{start: nameStart, end: nameStart + name.length, style: {bold: true, color: speakerColor(speakerAt)}},
			...matchMarks(name, query, nameStart),
			...matchMarks(statement.text, query, prefix.length),
		];
		lines.push({key: String(statement.id), text: paint(row(text, marks, inner), color)});
	}

	// Statements wholly shown end at `end`: the rest are "more" below
	let used = 0;
	let end = top;
	while (end < list.length && used + (end === index ? open.length : 1) <= rows) {
		used += end === index ? open.length : 1;
		end++;
	}

	return (
		<Pane title="Statements" marks={scrollMarks(top, list.length - end)} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={width - 2} />
		</Pane>
	);
}
