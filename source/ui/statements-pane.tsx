import {Text} from 'ink';
import {useContext, useRef} from 'react';
import type {Attributed, Statement} from '../model.js';
import {describeResolution} from '../views/plain.js';
import {ColorContext} from './color.js';
import {type Row, Rows} from './line.js';
import {Pane} from './pane.js';
import {findAll} from './search.js';
import {indexOf, speakerIndex} from './select.js';
import {type Mark, type Piece, paint, pieces, speakerColor} from './style.js';
import {fit, wrap} from './text.js';

type StatementsPaneProps = {
	model: Attributed;
	/** The filtered statements. */
	list: Statement[];
	selected: number | undefined;
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
	const header = `› ¶${statement.paragraph} ${name}`;
	const headerStyle = focused ? {bold: true, inverse: true} : {bold: true};
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
	return [row(header, [{start: 0, end: header.length, style: headerStyle}], width), ...body, cue, found];
}

/** Keeps the selected row (and all of its open rows) inside the window, scrolling as little as possible. */
function windowTop(previous: number, selected: number, count: number, rows: number, openRows: number): number {
	let top = Math.max(0, Math.min(previous, count - 1));
	if (selected < top) top = selected;
	if (selected - top + openRows > rows) top = selected + openRows - rows;
	// Fill the window when the end of the list is near
	const fits = rows - openRows + 1;
	if (count - top < fits) top = Math.max(0, count - fits);
	return Math.max(0, Math.min(top, selected));
}

/** The filtered statements, one row each, the selected one opened; only the rows on screen are drawn. */
export function StatementsPane({model, list, selected, query, focused, width, height}: StatementsPaneProps) {
	const topRef = useRef(0);
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
	const top = windowTop(topRef.current, index, list.length, rows, open.length);
	topRef.current = top;
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
		const marks: Mark[] = [{start: nameStart, end: nameStart + name.length, style: {bold: true, color: speakerColor(speakerAt)}}, ...matchMarks(statement.text, query, prefix.length)];
		lines.push({key: String(statement.id), text: paint(row(text, marks, inner), color)});
	}

	return (
		<Pane title="Statements" focused={focused} width={width} height={height}>
			<Rows rows={lines} width={width - 2} />
		</Pane>
	);
}
