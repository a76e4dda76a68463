/*
 * V8 gives every new typed array of more than 64 bytes a buffer of its own outside the heap: an
 * allocation, a free and garbage-collector bookkeeping each. One per paragraph and pass, or per
 * statement, added up to hundreds of thousands on large inputs; these hand out views instead.
 */

/**
 * One buffer reused from call to call, valid until the next call and not zeroed. The whole
 * buffer, at least `length` long, not a view of that length: a view is an object per call too.
 */
export class Int32Scratch {
	private buffer = new Int32Array(256);

	atLeast(length: number): Int32Array {
		if (length > this.buffer.length) this.buffer = new Int32Array(Math.max(length, 2 * this.buffer.length));
		return this.buffer;
	}
}

const chunkSize = 1 << 16;

/**
 * Zeroed byte ranges that live as long as the arena, carved out of shared chunks. Not even a view
 * per range (a typed array object is some 80 bytes): take() says where the range starts in `chunk`.
 */
export class ByteArena {
	/**
	 * The chunk the last range was taken from. None until the first take(): the field is replaced
	 * before optimised code reads it (replacing it later threw out the code that assumed it fixed).
	 */
	chunk = new Uint8Array(0);
	private used = 0;

	take(length: number): number {
		if (this.used + length > this.chunk.length) {
			this.chunk = new Uint8Array(Math.max(chunkSize, length));
			this.used = 0;
		}

		this.used += length;
		return this.used - length;
	}
}

/** A growable list of integers in one typed array: no boxed numbers, one allocation per doubling. */
export class Int32List {
	private buffer = new Int32Array(256);
	length = 0;

	push(value: number) {
		if (this.length === this.buffer.length) {
			const grown = new Int32Array(this.length * 2);
			grown.set(this.buffer);
			this.buffer = grown;
		}

		this.buffer[this.length++] = value;
	}

	at(index: number): number {
		return this.buffer[index]!;
	}
}

/**
 * Arrays reused by length, one per length up to `longest`: a unit's tokens or sentences must be an
 * array of their exact length (rules read `length`), and a new one per unit and pass was the
 * largest allocation of the analysis. Valid until the next call for the same length; longer
 * arrays (rare) are new each time. At most longest² / 2 slots in all, whatever the input.
 */
export class ArraysByLength<T> {
	private readonly arrays: Array<T[] | undefined>;

	constructor(private readonly longest: number) {
		// Every slot made at once: writing far past the end of an array makes it a slow dictionary
		this.arrays = new Array<T[] | undefined>(longest + 1).fill(undefined);
	}

	of(length: number): T[] {
		if (length > this.longest) return new Array<T>(length);
		let array = this.arrays[length];
		if (array === undefined) this.arrays[length] = array = new Array<T>(length);
		return array;
	}
}
