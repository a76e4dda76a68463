import process from 'node:process';

/**
 * "whosaid: 120/1,000 articles · 350/s · 3 s left" on standard error, redrawn at most ten times a
 * second, and only when standard error is a terminal: never in the output, never in a log file.
 * Anything else written to stderr goes through `message`, which clears the line first.
 */
export class Progress {
	private readonly shown: boolean;
	private readonly started = performance.now();
	private lastDrawn = 0;
	private drawn = false;
	private done = 0;

	constructor(private readonly total: number | undefined, stream: NodeJS.WriteStream = process.stderr) {
		this.shown = Boolean(stream.isTTY);
		this.stream = stream;
	}

	private readonly stream: NodeJS.WriteStream;

	/** One more article finished. */
	tick(): void {
		this.done++;
		if (!this.shown) return;
		const now = performance.now();
		if (now - this.lastDrawn < 100) return;
		this.lastDrawn = now;
		this.draw(now);
	}

	/** A line on stderr (a failure, a note), above the progress line. */
	message(line: string): void {
		this.clear();
		this.stream.write(line);
	}

	/** Removes the line; called at the end of the run. */
	clear(): void {
		if (!this.drawn) return;
		this.stream.write('\r\u001B[K');
		this.drawn = false;
	}

	private draw(now: number): void {
		const seconds = (now - this.started) / 1000;
		const rate = seconds > 0 ? this.done / seconds : 0;
		const of = this.total === undefined ? '' : `/${this.total.toLocaleString('en')}`;
		const left = this.total !== undefined && rate > 0 ? ` · ${Math.ceil((this.total - this.done) / rate)} s left` : '';
		this.stream.write(`\r\u001B[Kwhosaid: ${this.done.toLocaleString('en')}${of} articles · ${Math.round(rate)}/s${left}`);
		this.drawn = true;
	}
}
