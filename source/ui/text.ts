/** Terminal width of text, and word wrapping that reports ranges so styles can be laid over it. */

/** Columns a code point takes: 2 for East Asian wide and emoji, 0 for combining marks, else 1. */
export function charWidth(code: number): number {
	if (code < 0x300) return 1;
	if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
	if (
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1faff) ||
		(code >= 0x20000 && code <= 0x3fffd)
	) {
		return 2;
	}

	return 1;
}

export function textWidth(text: string): number {
	let width = 0;
	for (const char of text) width += charWidth(char.codePointAt(0)!);
	return width;
}

/** Cuts text to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	if (textWidth(text) <= width) return text;
	let used = 0;
	let out = '';
	for (const char of text) {
		const w = charWidth(char.codePointAt(0)!);
		if (used + w > width - 1) break;
		out += char;
		used += w;
	}

	return `${out}…`;
}

/** A line of wrapped text: text.slice(start, end), trailing spaces left out. */
export type Range = {start: number; end: number};

/**
 * Greedy word wrap to `width` columns; words longer than a line are cut. Linear in the text.
 * Newlines in the text start a new line.
 */
export function wrap(text: string, width: number): Range[] {
	const lines: Range[] = [];
	const max = Math.max(1, width);
	let start = 0; // First char of the current line
	let used = 0; // Columns used on the current line
	let lastBreak = -1; // Index of the last space on the current line
	let i = 0;
	while (i < text.length) {
		const code = text.codePointAt(i)!;
		const size = code > 0xffff ? 2 : 1;
		if (code === 10) {
			lines.push({start, end: i});
			i += size;
			start = i;
			used = 0;
			lastBreak = -1;
			continue;
		}

		const w = charWidth(code);
		if (used + w > max && code !== 32) {
			if (lastBreak > start) {
				lines.push({start, end: trimEnd(text, start, lastBreak)});
				start = lastBreak + 1;
				used = textWidth(text.slice(start, i));
			} else {
				lines.push({start, end: i});
				start = i;
				used = 0;
			}

			lastBreak = -1;
		}

		if (code === 32) {
			lastBreak = i;
			if (used === 0 && i === start) {
				// A line never starts with the space that broke it
				start = i + 1;
				i += 1;
				continue;
			}
		}

		used += w;
		i += size;
	}

	if (start < text.length || lines.length === 0) lines.push({start, end: trimEnd(text, start, text.length)});
	return lines;
}

function trimEnd(text: string, start: number, end: number): number {
	while (end > start && text.charCodeAt(end - 1) === 32) end--;
	return end;
}

/** Where to cut text to fit `width` columns: the end index, leaving room for "…" when cut. */
export function fit(text: string, width: number): {end: number; cut: boolean} {
	let used = 0;
	let i = 0;
	let lastFit = 0; // End index that still leaves a column for the ellipsis
	while (i < text.length) {
		const code = text.codePointAt(i)!;
		const w = charWidth(code);
		if (used + w > width) return {end: lastFit, cut: true};
		used += w;
		i += code > 0xffff ? 2 : 1;
		if (used <= width - 1) lastFit = i;
	}

	return {end: text.length, cut: false};
}
