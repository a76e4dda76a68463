import fs from 'node:fs';
import {UserError, exitCode} from '../errors.js';
import {NotText, decodeBytes} from '../input/encoding.js';
import type {PageMeta} from '../model.js';
import {type Removed, sanitize, revealHidden} from './sanitize.js';

/** Larger inputs are refused (exit 65): analysis keeps a few copies of the text in memory. */
export const maxInputBytes = 128 * 1024 * 1024;

function tooLarge(name: string, size?: number): UserError {
	// Rounded up: one byte over the limit must not read as the limit itself
	const mib = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MiB`;
	const detail = size === undefined ? `more than ${mib(maxInputBytes)}` : `${mib(size)}`;
	return new UserError(`${name}: too large (${detail}; whosaid reads up to ${mib(maxInputBytes)})`, exitCode.dataError);
}

export type Source =
	| {kind: 'file'; path: string}
	| {kind: 'stdin'; explicit: boolean};

export type Input = {
	/** What to call the input in messages: the path, or "standard input". */
	name: string;
	text: string;
	removed: Removed;
	/** What a web page or Markdown file says of its article: headline, date, byline, site, URL. */
	meta?: PageMeta;
	/** Said on stderr before the article opens: "read as Windows-1252", "looks like French". */
	notes?: string[];
};

/** Magic numbers of common binary formats that are sometimes fed to a reader by mistake. */
const magic: Array<[string, number[]]> = [
	['PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['gzip archive', [0x1f, 0x8b]],
	['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
	['zip archive', [0x50, 0x4b, 0x03, 0x04]],
	['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
	['JPEG image', [0xff, 0xd8, 0xff]],
	['GIF image', [0x47, 0x49, 0x46, 0x38]],
	['bzip2 archive', [0x42, 0x5a, 0x68]],
	['xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
	['WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
];

/** Names the binary format, or undefined when the bytes look like text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
	// Indexed loops: this runs on every article of a batch, and iterators cost more than the check
	for (let k = 0; k < magic.length; k++) {
		const [name, signature] = magic[k]!;
		let i = 0;
		while (i < signature.length && bytes[i] === signature[i]) i++;
		if (i === signature.length) return name;
	}

	// Text may carry a stray NUL; a file that is one tenth NULs is not text.
	const sampled = Math.min(bytes.length, 8192);
	let nuls = 0;
	for (let i = 0; i < sampled; i++) if (bytes[i] === 0) nuls++;
	return sampled > 0 && nuls * 10 > sampled ? 'binary data' : undefined;
}

function describe(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT': {
			return 'no such file';
		}

		case 'ENOTDIR': {
			return 'no such file (a part of the path is not a directory)';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'EISDIR': {
			return 'is a directory, not an article';
		}

		case 'EIO': {
			return 'cannot be read (input/output error)';
		}

		default: {
			return `cannot be read (${code ?? (error as Error).message})`;
		}
	}
}

const wouldBlock = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EAGAIN';
const pause = new Int32Array(new SharedArrayBuffer(4));

/** One read at the descriptor's position; a non-blocking stdin (left so by a parent) with no data yet is waited for. */
function readOrWait(fd: number, into: Buffer, offset: number, length: number): number {
	for (;;) {
		try {
			return fs.readSync(fd, into, offset, length, null);
		} catch (error) {
			if (!wouldBlock(error)) throw error;
			Atomics.wait(pause, 0, 0, 10);
		}
	}
}

/**
 * Reads a descriptor to its end, refusing more than the limit on the way:
 * /dev/zero or an endless pipe ends in "too large", not in running out of memory.
 */
function readAll(fd: number, name: string, expected?: number): Buffer {
	const chunks: Buffer[] = [];
	let total = 0;
	if (expected !== undefined) {
		// A file says its size: read into a buffer one byte larger, which is the result unless the file grew
		const whole = Buffer.allocUnsafe(expected);
		for (;;) {
			const count = readOrWait(fd, whole, total, whole.length - total);
			if (count === 0) return whole.subarray(0, total);
			total += count;
			if (total === whole.length) break;
		}

		if (total > maxInputBytes) throw tooLarge(name);
		chunks.push(whole);
	}

	// One scratch buffer, copied out: a pipe gives 64 KiB at a time, and a fresh 1 MiB per read would pin 16×
	const scratch = Buffer.allocUnsafe(Math.min(Math.max(expected ?? 1024 * 1024, 64 * 1024), 1024 * 1024));
	for (;;) {
		const count = readOrWait(fd, scratch, 0, scratch.length);
		if (count === 0) break;
		total += count;
		if (total > maxInputBytes) throw tooLarge(name);
		chunks.push(Buffer.from(scratch.subarray(0, count)));
	}

	return Buffer.concat(chunks, total);
}

export function readBytes(source: Source, name: string): Buffer {
	try {
		if (source.kind === 'stdin') {
			// A redirected file says its size: no need to read 128 MiB to refuse it
			const stat = fs.fstatSync(0);
			if (stat.isFile() && stat.size > maxInputBytes) throw tooLarge(name, stat.size);
			return readAll(0, name);
		}

		const stat = fs.statSync(source.path);
		if (stat.isDirectory()) throw Object.assign(new Error('directory'), {code: 'EISDIR'});
		if (stat.size > maxInputBytes) throw tooLarge(name, stat.size);
		const fd = fs.openSync(source.path, 'r');
		try {
			return readAll(fd, name, stat.size + 1);
		} finally {
			fs.closeSync(fd);
		}
	} catch (error) {
		if (error instanceof UserError) throw error;
		// A closed or unusable stdin reads as nothing; the caller decides what that means
		if (source.kind === 'stdin' && ['EBADF', 'EINVAL', 'ENXIO', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) {
			return Buffer.alloc(0);
		}

		throw new UserError(`${name}: ${describe(error)}`, exitCode.noInput);
	}
}

/**
 * Bytes to a string, in the encoding decodeBytes finds (a server's `charset` first, if given).
 * Throws UserError (exit 65) for bytes that are no text.
 */
export function decodeToString(bytes: Uint8Array, name: string, charset?: string): {text: string; note?: string} {
	if (bytes.length > maxInputBytes) throw tooLarge(name, bytes.length);
	const bom = bytes[0] === 0xff || bytes[0] === 0xfe;
	const kind = bom ? undefined : binaryKind(bytes);
	if (kind) throw new UserError(`${name}: not text (looks like ${kind})`, exitCode.dataError);
	try {
		const {text, note} = decodeBytes(bytes, charset);
		return note ? {text, note} : {text};
	} catch (error) {
		if (error instanceof NotText) throw new UserError(`${name}: not text (neither UTF-8 nor a single-byte encoding)`, exitCode.dataError);
		throw error;
	}
}

/** A decoded string to safe text. Throws UserError (exit 66) when nothing is left; `empty` says whether there were no bytes at all. */
export function sanitized(decoded: string, name: string, options: {showHidden?: boolean; empty?: boolean} = {}): Input {
	const {text, removed} = sanitize(options.showHidden ? revealHidden(decoded) : decoded);
	if (text.trim() === '') {
		throw new UserError(`${name}: ${options.empty ? 'is empty' : 'has no text, only white space'}`, exitCode.noInput);
	}

	return {name, text, removed};
}

/** Bytes to safe text. Throws UserError for what is not an article. */
export function decode(bytes: Uint8Array, name: string, options: {showHidden?: boolean} = {}): Input {
	const {text, note} = decodeToString(bytes, name);
	const input = sanitized(text, name, {...options, empty: bytes.length === 0});
	return note ? {...input, notes: [`${name}: ${note}`]} : input;
}

/**
 * Where the article comes from when no file is named: a pipe or a redirected file is read;
 * a terminal, /dev/null or a closed stdin means "no input", so the bundled article opens.
 */
export function stdinHasInput(): boolean {
	try {
		const stat = fs.fstatSync(0);
		return stat.isFIFO() || stat.isSocket() || stat.isFile();
	} catch {
		return false;
	}
}
