/** Which panes fit the terminal, and how wide each is. Pure, so resizing only re-runs this. */

export type PaneName = 'speakers' | 'statements' | 'article';

export const paneOrder: PaneName[] = ['speakers', 'statements', 'article'];

export const paneTitle: Record<PaneName, string> = {speakers: 'Speakers', statements: 'Statements', article: 'Article'};

export type Size = {columns: number; rows: number};

/** Below this the reader shows one line asking for more room. */
export const minimumSize: Size = {columns: 40, rows: 10};

export type Column = {pane: PaneName; width: number};

export type Layout =
	| {kind: 'too-small'; size: Size}
	| {
			kind: 'panes';
			columns: Column[];
			/** Rows of every pane, borders included: the terminal's less the header and the status bar (app.tsx takes one more for the speaker bar). */
			height: number;
			/** One pane at a time: the status bar names it. */
			single: boolean;
	  };

/** Three columns from 100 wide, two from 80, one below that. `speakersWidth` is what the names want. */
export function layout(size: Size, focus: PaneName, speakersWidth = 26): Layout {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) return {kind: 'too-small', size};
	// Every row is used: Ink 6.8 draws a frame as tall as the terminal as a whole screen (clear and
	// redraw inside a synchronised update, so terminals that support it do not flicker)
	const height = size.rows - 2;
	const {columns} = size;
	if (columns >= 100) {
		const speakers = Math.min(Math.round(columns * 0.28), Math.max(22, speakersWidth));
		const statements = Math.round((columns - speakers) * 0.45);
		return {
			kind: 'panes',
			height,
			single: false,
			columns: [
				{pane: 'speakers', width: speakers},
				{pane: 'statements', width: statements},
				{pane: 'article', width: columns - speakers - statements},
			],
		};
	}

	if (columns >= 80) {
		// Two columns: the focused pane and the one it feeds (speakers → statements → article)
		const pair: PaneName[] = focus === 'speakers' ? ['speakers', 'statements'] : ['statements', 'article'];
		const first = pair[0] === 'speakers' ? Math.min(36, Math.max(26, speakersWidth)) : Math.round(columns * 0.45);
		return {
			kind: 'panes',
			height,
			single: false,
			columns: [
				{pane: pair[0]!, width: first},
				{pane: pair[1]!, width: columns - first},
			],
		};
	}

	return {kind: 'panes', height, single: true, columns: [{pane: focus, width: columns}]};
}

/** The column under column `x` of the screen, and where it starts; undefined past the last. */
export function columnAt<P extends string>(columns: ReadonlyArray<{pane: P; width: number}>, x: number): {pane: P; left: number} | undefined {
	let left = 0;
	for (const column of columns) {
		if (x >= left && x < left + column.width) return {pane: column.pane, left};
		left += column.width;
	}

	return undefined;
}

/** Width of the article pane whenever it is on screen (it is laid out before it shows). */
export function articleWidth(size: Size, speakersWidth?: number): number {
	const shown = layout(size, 'article', speakersWidth);
	return shown.kind === 'panes' ? shown.columns.find((column) => column.pane === 'article')!.width : size.columns;
}

/** Rows inside a pane: its height less the border (2) and the title (1). */
export function innerRows(height: number): number {
	return Math.max(1, height - 3);
}

/** Columns inside a pane: its width less the border. */
export function innerColumns(width: number): number {
	return Math.max(1, width - 2);
}
