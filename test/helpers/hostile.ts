import fc from 'fast-check';
import type {Attributed} from '../../source/model.js';

/*
 * Hostile articles for property tests: escape sequences, controls, bidi and zero-width characters,
 * bad bytes, BOMs, odd line ends and unbalanced quotes, around one plain attributed statement.
 */

const bytes = (text: string) => [...Buffer.from(text, 'utf8')];
const text = (...choices: string[]) => fc.constantFrom(...choices).map(bytes);

const hostile: fc.Arbitrary<number[]> = fc.oneof(
	// CSI: colours, cursor moves, erase, private modes, device reports, malformed
	fc.tuple(fc.stringMatching(/^[\d;?>]{0,8}$/), fc.constantFrom('m', 'H', 'J', 'K', 'h', 'l', 'n', 'c', 'q', '')).map(([parameters, final]) => bytes(`\u001B[${parameters}${final}`)),
	// OSC 0 (title), 8 (link), 52 (clipboard), terminated by BEL, ST, or nothing
	fc.tuple(fc.constantFrom('0;pwned', '8;;https://evil.example/', '52;c;ZWNobyBoaQ==', '2;x', '8;;'), fc.constantFrom('\u0007', '\u001B\\', '\u009C', '')).map(([body, end]) => bytes(`\u001B]${body}${end}`)),
	text('\u009D0;8-bit title\u0007', '\u009B2J', '\u001BPq#0;2;0;0;0#0~~@@\u001B\\', '\u0090payload\u009C', '\u001B_apc\u001B\\', '\u001B^pm\u001B\\', '\u001BXsos\u001B\\'),
	// Lone ESC, two-character escapes
	text('\u001B', '\u001Bc', '\u001B7', '\u001B(B', '\u001B(', '\u001B\u001B'),
	// C0 and C1 controls, DEL, NUL
	fc.integer({min: 0, max: 0x1F}).map((code) => [code]),
	fc.integer({min: 0x80, max: 0x9F}).map((code) => bytes(String.fromCharCode(code))),
	text('\u007F', '\u0000', '\u0007', '\u0008'),
	// Bidi controls, zero-width and other invisible characters, kept joiners
	text('\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'),
	text('\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u{E0041}', '\uFE0F'),
	// Invalid UTF-8: stray continuation bytes, truncated sequences, overlongs, surrogates, raw C1 bytes
	fc.constantFrom<number[]>([0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5], [0xFF], [0xFE], [0x9B], [0x1B, 0xC3]),
	// BOMs, line ends, unbalanced quotes
	text('\uFEFF', '\r', '\r\n', '\n', '\u2028', '\u2029', '\t'),
	text('"', '“', '”', '«', '»', '„', '"', '"'),
	text('the minister said ', 'Smith ', 'he added: ', 'according to ', 'word ', '. ', ', ', ': '),
	// Words that are also properties of every JavaScript object: look-ups by word must not find those
	text('Constructor ', 'the constructor minister said ', 'the foreign minister said ', '__proto__ ', 'toString ', 'hasOwnProperty '),
);

/** A paragraph of ordinary words with hostile fragments mixed in. */
const paragraph = fc.array(fc.oneof({weight: 3, arbitrary: hostile}, {weight: 1, arbitrary: text('The council met on Monday. ', 'Rain fell all day. ', 'Officials ', 'Prices rose. ')}), {minLength: 1, maxLength: 12}).map((parts) => parts.flat());

export const planted = '"Prices will fall next year," Smith said.';
const blank = bytes('\n\n');

export const article = fc
	.tuple(fc.boolean(), fc.array(paragraph, {maxLength: 4}), fc.array(paragraph, {maxLength: 4}))
	.map(([bom, before, after]) =>
		Uint8Array.from([
			...(bom ? [0xEF, 0xBB, 0xBF] : []),
			...bytes('Council approves budget'),
			...before.flatMap((p) => [...blank, ...p]),
			...blank,
			...bytes(planted),
			...blank,
			...after.flatMap((p) => [...p, ...blank]),
		]),
	);

// Any C0 or C1 control but LF, DEL, bidi controls and invisible format characters
// eslint-disable-next-line no-control-regex
export const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u{E0000}-\u{E007F}]/u;

/** Every string in a JSON value, keys included. */
export function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((item) => strings(item));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...strings(item)]);
	return [];
}

/** Whether the planted statement is found and given to Smith. */
export function findsSmith(model: Attributed): boolean {
	return model.statements.some((statement) => {
		const speaker = model.speakers.find((candidate) => candidate.id === statement.speaker)!;
		return statement.text.includes('Prices will fall next year') && (speaker.name === 'Smith' || speaker.aliases.includes('Smith'));
	});
}
