import fs from 'node:fs';
import {UserError, exitCode} from '../errors.js';
import {type Removed, sanitize, revealHidden} from './sanitize.js';

/** Larger inputs are refused: analysis keeps a few copies of the text in memory. */
export const maxInputBytes = 128 * 1024 * 1024;

export type Source =
	| {kind: 'file'; path: string}
	| {kind: 'stdin'; explicit: boolean};

export type Input = {
	/** What to call the input in messages: the path, or "standard input". */
	name: string;
	text: string;
	removed: Removed;
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
	for (const [name, signature] of magic) {
		if (signature.every((byte, i) => bytes[i] === byte)) return name;
	}

	// Text may carry a stray NUL; a file that is one tenth NULs is not text.
	const sample = bytes.subarray(0, 8192);
	let nuls = 0;
	for (const byte of sample) if (byte === 0) nuls++;
	return sample.length > 0 && nuls * 10 > sample.length ? 'binary data' : undefined;
}

function describe(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	switch (code) {
		case 'ENOENT': {
			return 'no such file';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'EISDIR': {
			return 'is a directory, not an article';
		}

		default: {
			return code ?? 'cannot be read';
		}
	}
}

function readBytes(source: Source, name: string): Buffer {
	try {
		if (source.kind === 'file') {
			const stat = fs.statSync(source.path);
			if (stat.isDirectory()) throw Object.assign(new Error('directory'), {code: 'EISDIR'});
			if (stat.size > maxInputBytes) {
				throw new UserError(`${name}: too large (${stat.size} bytes; the limit is ${maxInputBytes})`, exitCode.dataError);
			}

			return fs.readFileSync(source.path);
		}

		return fs.readFileSync(0);
	} catch (error) {
		if (error instanceof UserError) throw error;
		// A closed or unusable stdin reads as nothing; the caller decides what that means
		if (source.kind === 'stdin' && ['EAGAIN', 'EBADF', 'EINVAL', 'ENXIO'].includes((error as NodeJS.ErrnoException).code ?? '')) {
			return Buffer.alloc(0);
		}

		throw new UserError(`${name}: ${describe(error)}`, exitCode.noInput);
	}
}

const decoder = new TextDecoder('utf-8', {fatal: false, ignoreBOM: false});

/** Bytes to safe text. Throws UserError for what is not an article. */
export function decode(bytes: Uint8Array, name: string, options: {showHidden?: boolean} = {}): Input {
	if (bytes.length > maxInputBytes) {
		throw new UserError(`${name}: too large (${bytes.length} bytes; the limit is ${maxInputBytes})`, exitCode.dataError);
	}

	const kind = binaryKind(bytes);
	if (kind) throw new UserError(`${name}: not text (looks like ${kind})`, exitCode.dataError);
	const decoded = decoder.decode(bytes);
	const {text, removed} = sanitize(options.showHidden ? revealHidden(decoded) : decoded);
	if (text.trim() === '') {
		throw new UserError(`${name}: ${bytes.length === 0 ? 'is empty' : 'has no text, only white space'}`, exitCode.noInput);
	}

	return {name, text, removed};
}

/** Reads and sanitises one article. Returns undefined for an implicit stdin that held nothing. */
export function readInput(source: Source, options: {showHidden?: boolean} = {}): Input | undefined {
	// A file name is untrusted text too: it is quoted in messages
	const name = source.kind === 'file' ? sanitize(source.path).text : 'standard input';
	const bytes = readBytes(source, name);
	if (bytes.length === 0 && source.kind === 'stdin' && !source.explicit) return undefined;
	return decode(bytes, name, options);
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
