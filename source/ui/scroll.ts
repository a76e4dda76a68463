import {useMemo} from 'react';

/**
 * One list-and-scroll behaviour for every list on screen (speakers, statements, the finder, the
 * help). The reducer owns each list's `cursor` and `top` and moves them with `follow`; panes draw
 * the window `useScrolledList` gives them. Nothing is remounted to reset a list, and no ref is
 * written during render: a list's scroll position is state, so a click can find the row it hits.
 */

/**
 * The first shown row that keeps `cursor` (and the `open` rows it takes, 1 for a plain row) inside
 * `rows`, moving as little as possible from `top`, and never leaving rows empty below the end of
 * the list when it could fill them.
 */
export function follow(top: number, cursor: number, count: number, rows: number, open = 1): number {
	if (count <= 0) return 0;
	const at = Math.max(0, Math.min(cursor, count - 1));
	let next = Math.max(0, Math.min(top, count - 1));
	if (at < next) next = at;
	if (at - next + open > rows) next = at + open - rows;
	// Fill the window when the end of the list is near
	const fits = rows - open + 1;
	if (count - next < fits) next = Math.max(0, count - fits);
	return Math.max(0, Math.min(next, at));
}

/** A list's scroll state: its highlighted item and its first shown one. */
export type ListScroll = {cursor: number; top: number};

/** How far a key moves: a line, half a page, a page, to the edge. */
export type Step = 'line' | 'half' | 'page' | 'edge';

/** Items a step covers in a window of `rows`. */
export function stepSize(by: Step, rows: number): number {
	if (by === 'line') return 1;
	if (by === 'half') return Math.max(1, Math.floor(rows / 2));
	if (by === 'page') return Math.max(1, rows - 1);
	return Number.MAX_SAFE_INTEGER;
}

/** A list's cursor moved by a step, and its top following it. */
export function moveList(list: ListScroll, by: Step, direction: 1 | -1, count: number, rows: number): ListScroll {
	const size = stepSize(by, rows);
	const cursor = Math.max(0, Math.min(count - 1, list.cursor + direction * Math.min(size, count)));
	return {cursor, top: follow(list.top, cursor, count, rows)};
}

/** The list with its cursor on `cursor` (a click, a filter), its top following. */
export function pointList(list: ListScroll, cursor: number, count: number, rows: number): ListScroll {
	return {cursor, top: follow(list.top, cursor, count, rows)};
}

/** A top that only scrolls (no cursor): within [0, count − rows]. */
export function clampTop(top: number, count: number, rows: number): number {
	return Math.max(0, Math.min(top, count - rows));
}

/** The help overlay (no cursor, `lines` long in `rows`) scrolled by a step. */
export function scrollHelp(help: {top: number}, by: Step, direction: 1 | -1, lines: number, rows: number): {top: number} {
	return {top: clampTop(help.top + direction * stepSize(by, rows), lines, rows)};
}

/** The pane after (or before) `focus` in `order`, stopping at the edges: the panes sit side by side. */
export function stepFocus<P>(order: readonly P[], focus: P, direction: 1 | -1): P {
	return order[Math.max(0, Math.min(order.length - 1, order.indexOf(focus) + direction))]!;
}

export type ListWindow = {
	/** Item indices shown, first to last. */
	start: number;
	end: number;
	/** Items above and below the window, for the "↑" and "↓ 12 more" marks. */
	above: number;
	below: number;
};

/** The window of a list of `count` one-row items from `top`, `rows` tall (`open` extra rows for the cursor's item). */
export function windowOf(count: number, top: number, rows: number, extra = 0): ListWindow {
	const start = Math.max(0, Math.min(top, Math.max(0, count - 1)));
	const end = Math.min(count, start + Math.max(1, rows - extra));
	return {start, end, above: start, below: count - end};
}

/** "↑ · ↓ 12 more" for a pane's title; empty when the whole list shows. */
export function scrollMarks(above: number, below: number): string {
	const marks: string[] = [];
	if (above > 0) marks.push('↑');
	if (below > 0) marks.push(`↓ ${below} more`);
	return marks.join(' ');
}

/** The window of a list a pane draws, with its scroll marks; recomputed only when they change. */
export function useScrolledList(count: number, top: number, rows: number, extra = 0): ListWindow & {marks: string} {
	return useMemo(() => {
		const window = windowOf(count, top, rows, extra);
		return {...window, marks: scrollMarks(window.above, window.below)};
	}, [count, top, rows, extra]);
}
