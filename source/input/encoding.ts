/*
 * Bytes → string: which encoding the bytes are in, decided in this order:
 * a byte-order mark; the charset a server named; valid UTF-8; the page's own <meta charset>;
 * clean Windows-1252 (said in a note); else UTF-8 with U+FFFD for the bad bytes, unless the
 * bytes are too broken or too full of control bytes to be text at all.
 */

export type Decoded = {
	text: string;
	/** The encoding the text was decoded from, as TextDecoder names it ("utf-8", "windows-1252"). */
	encoding: string;
	/** Said on stderr when the encoding was a guess: "not valid UTF-8; read as Windows-1252". */
	note?: string;
};

/** Thrown for bytes that are no text in any encoding (exit 65 `not text`). */
export class NotText extends Error {}

const utf8 = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false});
const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

/** Windows-1252's characters for bytes 0x80–0x9F (undefined ones stay C1 controls, as the WHATWG table has them). */
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Windows-1252, which WHATWG also names latin1, iso-8859-1 and ascii. Node 20's TextDecoder reads
 * 0x80–0x9F as C1 controls (Latin-1), so “ ” ’ € … of real pages would be lost: mapped here.
 */
const windows1252 = {
	encoding: 'windows-1252',
	decode(bytes: Uint8Array): string {
		const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
		return latin1.replaceAll(/[\u0080-\u009F]/g, (char) => windows1252High[char.charCodeAt(0) - 0x80]!);
	},
};

type Decoder = {encoding: string; decode: (bytes: Uint8Array) => string};

/** A decoder for a charset label, or undefined for a label TextDecoder does not know. */
function decoderFor(label: string): Decoder | undefined {
	try {
		const decoder = new TextDecoder(label.trim().toLowerCase(), {fatal: false});
		return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
	} catch {
		return undefined;
	}
}

/** The encoding a byte-order mark names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): [string, number] | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ['utf-8', 3];
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le', 2];
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be', 2];
	return undefined;
}

/**
 * The charset a page declares in its first 2 KiB: `<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=…">`. Read as ASCII, as browsers pre-scan.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').toLowerCase();
	const match = /<meta\b[^>]{0,300}?charset\s{0,5}=\s{0,5}["']?([\w.:-]{1,40})/.exec(head);
	return match?.[1];
}

/** Bytes that are controls in text: C0 but tab, line feed, form feed, carriage return and escape, and DEL. */
function isControlByte(byte: number): boolean {
	return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;
}

/** Bytes Windows-1252 leaves undefined (TextDecoder makes them C1 controls): text in it never has them. */
const isUndefined1252 = (byte: number) => byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d;

/** Counts, over a sample of at most 64 KiB, control bytes and bytes undefined in Windows-1252. */
function survey(bytes: Uint8Array): {sample: number; controls: number; undefined1252: number; high: number} {
	const sample = bytes.subarray(0, 65_536);
	let controls = 0;
	let undefined1252 = 0;
	let high = 0;
	for (const byte of sample) {
		if (byte >= 0x80) {
			high++;
			if (isUndefined1252(byte)) undefined1252++;
		} else if (isControlByte(byte)) controls++;
	}

	return {sample: sample.length, controls, undefined1252, high};
}

/**
 * Well-formed UTF-8 sequences of two bytes or more in `bytes`, and bytes past ASCII that are in none.
 * Text in Windows-1252 almost never forms one by chance ("Ã©" is é in UTF-8); UTF-8 with a few bad bytes has many.
 */
function utf8Shape(bytes: Uint8Array): {valid: number; invalid: number} {
	let valid = 0;
	let invalid = 0;
	const end = Math.min(bytes.length, 65_536);
	for (let i = 0; i < end; ) {
		const byte = bytes[i]!;
		if (byte < 0x80) {
			i++;
			continue;
		}

		const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
		let ok = length > 0 && i + length <= bytes.length;
		for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
		if (ok) {
			valid++;
			i += length;
		} else {
			invalid++;
			i++;
		}
	}

	return {valid, invalid};
}

/** U+FFFD characters in `text`. */
function replacements(text: string): number {
	let count = 0;
	for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) count++;
	return count;
}

/**
 * Decodes `bytes`; `charset` is what a server's Content-Type named, if anything.
 * Throws NotText for bytes that are not text in any encoding whosaid tries.
 */
export function decodeBytes(bytes: Uint8Array, charset?: string): Decoded {
	const mark = byteOrderMark(bytes);
	if (mark) {
		const [encoding, length] = mark;
		return {text: new TextDecoder(encoding, {fatal: false, ignoreBOM: true}).decode(bytes.subarray(length)), encoding};
	}

	const named = charset ? decoderFor(charset) : undefined;
	if (named) return {text: named.decode(bytes), encoding: named.encoding};

	try {
		return {text: strictUtf8.decode(bytes), encoding: 'utf-8'};
	} catch {}

	const declared = metaCharset(bytes);
	const fromMeta = declared && !/^utf-?8$/.test(declared) ? decoderFor(declared) : undefined;
	if (fromMeta) return {text: fromMeta.decode(bytes), encoding: fromMeta.encoding};

	// Not UTF-8: text with a control byte in every twenty is no text (random bytes have one in nine;
	// hostile text has a few, in escape sequences, which sanitize() removes)
	const {sample, controls, undefined1252, high} = survey(bytes);
	if (controls >= 8 && controls * 20 > sample) throw new NotText('not text');
	// Windows-1252 when it reads cleanly and the bytes hold (almost) no well-formed UTF-8 sequence
	const shape = utf8Shape(bytes);
	if (undefined1252 === 0 && controls === 0 && shape.valid * 10 < shape.invalid) {
		return {
			text: windows1252.decode(bytes),
			encoding: 'windows-1252',
			note: 'not valid UTF-8; read as Windows-1252 (Latin-1)',
		};
	}

	const text = utf8.decode(bytes);
	// Most of the bytes past ASCII undecodable: not text in UTF-8, and not clean in Windows-1252 either
	if (high > 64 && replacements(text) * 2 > high) throw new NotText('not text');
	return {text, encoding: 'utf-8'};
}
