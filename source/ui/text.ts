/**
 * Terminal width of text, and word wrapping that reports ranges so styles can be laid over it.
 * Widths come from `string-width`, the library Ink measures with, grapheme by grapheme as Ink
 * draws: a ZWJ sequence, a skin-toned or VS16 emoji, a letter and its combining marks are one cell
 * group, never split, and take the columns Ink gives them, so a row we fit to a pane is the row Ink
 * places there.
 */
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/**
 * Code points one column wide that start a grapheme of their own unless a mark, joiner or
 * variation selector follows: everything below U+0300, and the punctuation, arrows and box
 * drawing the reader draws (… › · ¶ ↑ ↓ │), as string-width measures them (checked in a test).
 */
export function isSimple(code: number): boolean {
	return code < 0x300 || (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x205e) || (code >= 0x2190 && code <= 0x21ff) || (code >= 0x2500 && code <= 0x257f);
}

/**
 * Columns one grapheme takes where Ink draws it: string-width's measure, but at least one, as
 * Ink's output never places a grapheme in less (a lone combining mark at a paragraph's start).
 */
export function graphemeWidth(grapheme: string): number {
	if (grapheme.length === 1 && isSimple(grapheme.charCodeAt(0))) return 1;
	return Math.max(1, stringWidth(grapheme));
}

/**
 * The graphemes of a text: the one starting at `index`, its length in UTF-16 units and its width.
 * Plain text (Latin letters without marks, the reader's own punctuation) takes the fast path of one
 * unit, one column; anything else is segmented as Ink segments it.
 */
class Graphemes {
	#segments: Intl.Segments | undefined;

	constructor(readonly text: string) {}

	at(index: number): {length: number; width: number} {
		const {text} = this;
		const code = text.charCodeAt(index);
		const next = text.charCodeAt(index + 1);
		if (isSimple(code) && (Number.isNaN(next) || isSimple(next))) return {length: 1, width: 1};
		// Segmented once per text, only when it holds more than plain letters
		this.#segments ??= segmenter.segment(text);
		const segment = this.#segments.containing(index);
		if (!segment) return {length: 1, width: 1};
		const end = segment.index + segment.segment.length;
		return {length: end - index, width: graphemeWidth(segment.segment)};
	}
}

/** Calls `each` with every grapheme's start, length and width, in order, until it returns false. */
function forEachGrapheme(text: string, each: (start: number, length: number, width: number) => boolean): void {
	const graphemes = new Graphemes(text);
	for (let i = 0; i < text.length; ) {
		const {length, width} = graphemes.at(i);
		if (each(i, length, width) === false) return;
		i += length;
	}
}

export function textWidth(text: string): number {
	let width = 0;
	forEachGrapheme(text, (_start, _length, w) => {
		width += w;
		return true;
	});
	return width;
}

/** Cuts text to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
	if (width <= 0) return '';
	const {end, cut} = fit(text, width);
	return cut ? `${text.slice(0, end)}…` : text;
}

/** Text cut or padded with spaces to exactly `width` columns (a wide grapheme that would cross the edge becomes a space). */
export function padTo(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}

/** A line of wrapped text: text.slice(start, end), trailing spaces left out. */
export type Range = {start: number; end: number};

/**
 * Greedy word wrap to `width` columns, grapheme by grapheme; words longer than a line are cut
 * between graphemes. Linear in the text. Newlines in the text start a new line.
 */
export function wrap(text: string, width: number): Range[] {
	const lines: Range[] = [];
	const max = Math.max(1, width);
	let start = 0; // First char of the current line
	let used = 0; // Columns used on the current line
	let lastBreak = -1; // Index of the last space on the current line
	let i = 0;
	const graphemes = new Graphemes(text);
	while (i < text.length) {
		const code = text.charCodeAt(i);
		if (code === 10) {
			lines.push({start, end: i});
			i += 1;
			start = i;
			used = 0;
			lastBreak = -1;
			continue;
		}

		const {length, width: w} = graphemes.at(i);
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
		i += length;
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
	let lastFit = 0; // End index that still leaves a column for the ellipsis
	let cut = false;
	forEachGrapheme(text, (start, length, w) => {
		if (used + w > width) {
			cut = true;
			return false;
		}

		used += w;
		if (used <= width - 1) lastFit = start + length;
		return true;
	});
	return cut ? {end: lastFit, cut} : {end: text.length, cut};
}
