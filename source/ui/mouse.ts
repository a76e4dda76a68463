/**
 * SGR mouse reports (xterm's mode 1006), as Ink hands them to useInput: "[<b;x;yM" on press,
 * "…m" on release, the Escape already taken off. Columns and rows count from 1.
 */
export type Pointer = {kind: 'wheel'; direction: 1 | -1; x: number; y: number} | {kind: 'click'; x: number; y: number};

const report = /^\u001B?\[<(\d+);(\d+);(\d+)([Mm])$/;

export function isMouse(input: string): boolean {
	return input.startsWith('[<') || input.startsWith('\u001B[<') ? report.test(input) : false;
}

/** The pointer event a report stands for; undefined for releases, drags and other buttons. */
export function parseMouse(input: string): Pointer | undefined {
	const found = report.exec(input);
	if (!found) return undefined;
	const button = Number(found[1]);
	const x = Number(found[2]) - 1;
	const y = Number(found[3]) - 1;
	// Bits: 64 wheel, 32 motion, 4/8/16 Shift/Meta/Ctrl held; the low two the button
	if (button & 32) return undefined;
	if (button & 64) return {kind: 'wheel', direction: (button & 1) === 1 ? 1 : -1, x, y};
	if ((button & 3) === 0 && found[4] === 'M') return {kind: 'click', x, y};
	return undefined;
}

/**
 * A pointer event on a pane, `y` rows below its top: the wheel moves its list, a click on an item
 * picks it (`row` counts from the first item, inside the border and the title row), a click on
 * the border or title focuses it. Both readers' panes are drawn so.
 */
export function paneEvent<P>(pointer: Pointer, pane: P, y: number): {type: 'move'; by: 'line'; direction: 1 | -1; pane: P} | {type: 'focusPane'; pane: P} | {type: 'click'; pane: P; row: number} {
	if (pointer.kind === 'wheel') return {type: 'move', by: 'line', direction: pointer.direction, pane};
	const row = y - 2;
	return row < 0 ? {type: 'focusPane', pane} : {type: 'click', pane, row};
}

/** Turns mouse reporting on (button presses and the wheel, SGR coordinates) and off. */
export const mouseOn = '\u001B[?1000h\u001B[?1006h';
export const mouseOff = '\u001B[?1006l\u001B[?1000l';
