/**
 * Article text is hostile until it passes through here, once, at read time.
 * Every rule is a single left-to-right scan: linear in the input, no regex backtracking.
 */

export type Removed = {
	/** Escape sequences (CSI, OSC, DCS/SOS/PM/APC) removed whole. */
	escapes: number;
	/** Other C0/C1 controls and DEL. */
	controls: number;
	/** Bidi controls and invisible format characters. */
	invisible: number;
	/** U+FFFD replacement characters (bad bytes). */
	replacements: number;
};

export type Sanitized = {text: string; removed: Removed};

const ESC = 0x1b;
const BEL = 0x07;
const TAB_WIDTH = 8;

/** Bidi controls: U+061C, U+200E–F, U+202A–E, U+2066–9. */
function isBidiControl(code: number): boolean {
	return (
		code === 0x06_1c ||
		code === 0x20_0e ||
		code === 0x20_0f ||
		(code >= 0x20_2a && code <= 0x20_2e) ||
		(code >= 0x20_66 && code <= 0x20_69)
	);
}

/**
 * Invisible format characters (Unicode Cf that renders as nothing, fillers, tag characters)
 * except ZWJ, ZWNJ and variation selectors, which shape emoji and scripts. Visible Cf
 * (Arabic number signs and other prepended marks) stays.
 */
function isInvisibleFormat(code: number): boolean {
	return (
		code === 0x00_ad || // Soft hyphen
		code === 0x03_4f || // Combining grapheme joiner
		code === 0x11_5f || // Hangul fillers
		code === 0x11_60 ||
		code === 0x17_b4 || // Khmer inherent vowels
		code === 0x17_b5 ||
		code === 0x18_0e || // Mongolian vowel separator
		code === 0x20_0b || // Zero-width space
		(code >= 0x20_60 && code <= 0x20_64) || // Word joiner, invisible operators
		(code >= 0x20_6a && code <= 0x20_6f) || // Deprecated format characters
		code === 0x31_64 || // Hangul filler
		code === 0xfe_ff || // BOM / zero-width no-break space
		code === 0xff_a0 || // Halfwidth Hangul filler
		(code >= 0xff_f9 && code <= 0xff_fb) || // Interlinear annotation
		(code >= 0x1_34_30 && code <= 0x1_34_3f) || // Egyptian hieroglyph format controls
		(code >= 0x1_bc_a0 && code <= 0x1_bc_a3) || // Shorthand format controls
		(code >= 0x1_d1_73 && code <= 0x1_d1_7a) || // Musical format characters
		(code >= 0xe_00_00 && code <= 0xe_00_7f) // Tag characters (used to smuggle hidden text)
	);
}

function isControl(code: number): boolean {
	return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Index just past an escape sequence starting at `i` (an ESC or an 8-bit C1 introducer).
 * Unterminated string sequences run to the end of the line, so a stray ESC ] cannot eat the article.
 */
function skipEscape(text: string, i: number): number {
	const code = text.charCodeAt(i);
	let kind: number; // The introducer: '[' CSI, ']' OSC, 'P' DCS, 'X' SOS, '^' PM, '_' APC
	let j: number;
	if (code === ESC) {
		if (i + 1 >= text.length) return i + 1;
		kind = text.charCodeAt(i + 1);
		j = i + 2;
		if (kind < 0x20 || kind > 0x7e) return i + 1; // Lone ESC
		if (kind !== 0x5b && kind !== 0x5d && kind !== 0x50 && kind !== 0x58 && kind !== 0x5e && kind !== 0x5f) {
			// Two-character escape (ESC c, ESC 7, ...), possibly with intermediates (ESC ( B)
			while (kind >= 0x20 && kind <= 0x2f && j < text.length) {
				kind = text.charCodeAt(j);
				j++;
			}

			// A final byte ends it; anything else (a line break, text) stays, only the ESC and intermediates go
			return kind >= 0x30 && kind <= 0x7e ? j : kind >= 0x20 && kind <= 0x2f ? j : j - 1;
		}
	} else {
		// 8-bit C1 introducers
		kind = code === 0x9b ? 0x5b : code === 0x9d ? 0x5d : code === 0x90 ? 0x50 : code === 0x98 ? 0x58 : code === 0x9e ? 0x5e : 0x5f;
		j = i + 1;
	}

	if (kind === 0x5b) {
		// CSI: parameters and intermediates 0x20–0x3f, final byte 0x40–0x7e
		while (j < text.length) {
			const c = text.charCodeAt(j);
			if (c >= 0x40 && c <= 0x7e) return j + 1;
			if (c < 0x20 || c > 0x3f) return j; // Malformed: stop before the offending character
			j++;
		}

		return j;
	}

	// String sequences end at BEL (OSC), ST (ESC \ or 0x9c) or, if unterminated, the line end
	while (j < text.length) {
		const c = text.charCodeAt(j);
		if (c === BEL || c === 0x9c) return j + 1;
		if (c === ESC) return text.charCodeAt(j + 1) === 0x5c ? j + 2 : j;
		if (c === 0x0a || c === 0x0d || c === 0x20_28 || c === 0x20_29) return j;
		j++;
	}

	return j;
}

/** Clean runs shorter than this are copied into the output's buffer, not kept as slices (see Output). */
const shortRun = 64;
/** Code units buffered before they become a string. */
const bufferSize = 16_384;
/** The output's buffer: sanitize() is synchronous, so one serves every call. */
const units = new Uint16Array(bufferSize);
const bytes = Buffer.allocUnsafe(bufferSize);
/** Whether the buffer's bytes read as UTF-16LE (on a big-endian machine its units are made a string another way). */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The sanitised text, built as the input is scanned. A long clean run is a slice of the input, no
 * copy (most text is one run); short runs and rewritten characters are copied into a buffer of code
 * units, made a string when full: text that rewrites a character every few bytes (a tab per word)
 * made millions of tiny strings, which cost more to make and join than copying their characters.
 * Strings are joined a few thousand at a time as they come: holding millions until the end made
 * the garbage collector copy each into the old generation.
 */
class Output {
	private readonly joined: string[] = [];
	private pieces: string[] = [];
	private count = 0;
	/** Every code unit in the buffer or-ed: whether they all fit in one byte. */
	private bits = 0;

	/** The clean run input[from, to). */
	run(input: string, from: number, to: number) {
		if (to - from >= shortRun) {
			this.flush();
			this.push(input.slice(from, to));
			return;
		}

		if (this.count + (to - from) > bufferSize) this.flush();
		let {count, bits} = this;
		for (let i = from; i < to; i++) {
			const code = input.charCodeAt(i);
			units[count++] = code;
			bits |= code;
		}

		this.count = count;
		this.bits = bits;
	}

	/** A character put in place of what the input had: a line feed, U+FFFD. */
	add(code: number) {
		if (this.count === bufferSize) this.flush();
		units[this.count++] = code;
		this.bits |= code;
	}

	/** The spaces a tab expands to. */
	spaces(count: number) {
		if (this.count + count > bufferSize) this.flush();
		let {count: at} = this;
		for (const end = at + count; at < end; at++) units[at] = 0x20;
		this.count = at;
		this.bits |= 0x20;
	}

	join(): string {
		this.flush();
		this.joined.push(this.pieces.join(''));
		return this.joined.join('');
	}

	/** The buffered code units as a string, one byte a character when they fit (as the input's own slices do). */
	private flush() {
		const {count} = this;
		if (count === 0) return;
		if (this.bits <= 0xff) {
			bytes.set(units.subarray(0, count));
			this.push(bytes.toString('latin1', 0, count));
		} else if (littleEndian) {
			this.push(Buffer.from(units.buffer, 0, count * 2).toString('utf16le'));
		} else {
			for (let from = 0; from < count; from += 4096) this.push(String.fromCharCode(...units.subarray(from, Math.min(count, from + 4096))));
		}

		this.count = 0;
		this.bits = 0;
	}

	private push(piece: string) {
		this.pieces.push(piece);
		if (this.pieces.length === 4096) {
			this.joined.push(this.pieces.join(''));
			this.pieces = [];
		}
	}
}

/** Anything but plain ASCII and line feeds, which sanitize() keeps as they are. */
const notPlain = /[^\n\x20-\x7e]/g;
/** Plain characters in a row after which the rest of the run is found by notPlain. */
const plainRunFrom = 64;

/**
 * Where the plain text from `from` ends: found by a pattern, several times as fast as a loop over
 * the characters (plain text is most of any article), but costly to call, so only for long runs.
 */
function plainEnd(input: string, from: number): number {
	notPlain.lastIndex = from;
	return notPlain.test(input) ? notPlain.lastIndex - 1 : input.length;
}

/**
 * The column after the plain text input[from, to), starting at `column`: counted from its last line
 * feed, if any. Reads back no further than `from`, so each character is read at most twice: linear.
 */
function columnAfter(input: string, from: number, to: number, column: number): number {
	for (let j = to - 1; j >= from; j--) if (input.charCodeAt(j) === 0x0a) return to - j - 1;
	return column + (to - from);
}

/** Normalise, then remove everything that could act on a terminal or hide from the reader. */
export function sanitize(input: string): Sanitized {
	const removed: Removed = {escapes: 0, controls: 0, invisible: 0, replacements: 0};
	const out = new Output();
	let column = 0;
	let i = input.charCodeAt(0) === 0xfe_ff ? 1 : 0;
	// The clean run since runStart is copied out before a character is rewritten or dropped
	let runStart = i;

	// Plain characters in a row: past plainRunFrom, the rest of the run is found by the pattern
	let plain = 0;
	while (i < input.length) {
		const code = input.charCodeAt(i);
		if (code === 0x0a || (code >= 0x20 && code < 0x7f)) {
			column = code === 0x0a ? 0 : column + 1;
			i++;
			if (++plain === plainRunFrom) {
				const end = plainEnd(input, i);
				column = columnAfter(input, i, end, column);
				i = end;
				plain = 0;
			}

			continue;
		}

		plain = 0;

		if (code >= 0xd8_00 && code <= 0xdf_ff) {
			// A surrogate pair is one character and one column; a lone surrogate is broken text
			const low = input.charCodeAt(i + 1);
			if (code <= 0xdb_ff && low >= 0xdc_00 && low <= 0xdf_ff) {
				if (!isInvisibleFormat(((code - 0xd8_00) << 10) + (low - 0xdc_00) + 0x1_00_00)) {
					column++;
					i += 2;
					continue;
				}

				out.run(input, runStart, i);
				removed.invisible++;
				i += 2;
			} else {
				out.run(input, runStart, i);
				out.add(0xff_fd);
				removed.replacements++;
				column++;
				i++;
			}

			runStart = i;
			continue;
		}

		if (code >= 0xa0 && code !== 0x20_28 && code !== 0x20_29 && !isBidiControl(code) && !isInvisibleFormat(code)) {
			if (code === 0xff_fd) removed.replacements++;
			column++;
			i++;
			continue;
		}

		// Everything below rewrites or drops the character: flush the clean run first
		out.run(input, runStart, i);
		if (code === 0x0d || code === 0x20_28 || code === 0x20_29) {
			out.add(0x0a);
			column = 0;
			i += code === 0x0d && input.charCodeAt(i + 1) === 0x0a ? 2 : 1;
		} else if (code === 0x09) {
			const spaces = TAB_WIDTH - (column % TAB_WIDTH);
			out.spaces(spaces);
			column += spaces;
			i++;
		} else if (code === ESC || code === 0x9b || code === 0x9d || code === 0x90 || code === 0x98 || code === 0x9e || code === 0x9f) {
			removed.escapes++;
			i = skipEscape(input, i);
		} else if (isControl(code)) {
			removed.controls++;
			i++;
		} else {
			// Bidi controls and invisible format characters
			removed.invisible++;
			i++;
		}

		runStart = i;
	}

	out.run(input, runStart, i);
	return {text: out.join(), removed};
}

/** Make removed characters visible, the way `less` shows ^[ (for --show-hidden). */
export function revealHidden(input: string): string {
	let out = '';
	for (const char of input) {
		const code = char.codePointAt(0)!;
		if (code === 0x0a || code === 0x0d || code === 0x09) out += char; // Normalised later, not hidden
		else if (code < 0x20) out += `^${String.fromCharCode(code + 0x40)}`;
		else if (code === 0x7f) out += '^?';
		else if ((code >= 0x80 && code <= 0x9f) || isBidiControl(code) || isInvisibleFormat(code)) {
			out += `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
		} else out += char;
	}

	return out;
}

/** Untrusted text quoted in a one-line message (a file name, a --speaker value): everything hidden shown, line breaks too. */
export function forMessage(text: string): string {
	const shown = revealHidden(text).replaceAll('\n', '^J').replaceAll('\r', '^M').replaceAll('\t', '^I');
	return sanitize(shown.replaceAll('\u2028', '<U+2028>').replaceAll('\u2029', '<U+2029>')).text;
}
