import fs from 'node:fs';
import process from 'node:process';
import {forMessage} from '../article/sanitize.js';
import {exitCode} from '../errors.js';

/** One millisecond's wait, for a full non-blocking stdout. */
const nap = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes to stdout and returns once it is written, so that a line is out before the next article
 * starts (a stage of a pipeline flushes as it goes). A closed pipe (`| head -1`) ends the process
 * as a success; any other failure ends it with one line and exit 1.
 */
export function writeOut(output: string | Uint8Array): void {
	if (output.length === 0) return;
	const bytes = typeof output === 'string' ? Buffer.from(output) : output;
	for (let at = 0; at < bytes.length; ) {
		try {
			at += fs.writeSync(1, bytes, at);
		} catch (error) {
			const {code} = error as NodeJS.ErrnoException;
			if (code === 'EAGAIN') {
				Atomics.wait(nap, 0, 0, 1);
				continue;
			}

			if (code === 'EPIPE') process.exit(exitCode.ok);
			process.stderr.write(`whosaid: ${forMessage(`cannot write the output (${code ?? String(error)})`)}\n`);
			process.exit(exitCode.failure);
		}
	}
}

/**
 * Gathers pieces of output, text or UTF-8 bytes (from a worker), and writes them in order about a
 * megabyte at a time, or sooner when asked (`flush`). Fewer, larger writes: one write per news
 * article was a system call and an encoding of its own for ~10 KB.
 */
export class OutputBuffer {
	/** Bytes waiting, in order, before `text`. */
	private readonly parts: Uint8Array[] = [];
	private text = '';
	/** Characters of `text` plus bytes of `parts`: about what a flush writes. */
	private size = 0;

	constructor(private readonly limit = 1 << 20) {}

	add(piece: string | Uint8Array): void {
		if (piece.length === 0) return;
		if (typeof piece === 'string') this.text += piece;
		else {
			if (this.text !== '') this.parts.push(Buffer.from(this.text));
			this.text = '';
			this.parts.push(piece);
		}

		this.size += piece.length;
		if (this.size >= this.limit) this.flush();
	}

	/** How much is waiting (characters and bytes). */
	get waiting(): number {
		return this.size;
	}

	flush(): void {
		for (const part of this.parts.splice(0)) writeOut(part);
		writeOut(this.text);
		this.text = '';
		this.size = 0;
	}
}
