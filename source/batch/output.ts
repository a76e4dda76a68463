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
export function writeOut(text: string): void {
	if (text === '') return;
	const bytes = Buffer.from(text);
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

/** Gathers small pieces and writes them about a megabyte at a time (and when asked to flush). */
export class OutputBuffer {
	private text = '';

	add(piece: string): void {
		this.text += piece;
		if (this.text.length >= 1 << 20) this.flush();
	}

	flush(): void {
		writeOut(this.text);
		this.text = '';
	}
}
