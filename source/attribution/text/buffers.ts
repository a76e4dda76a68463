/*
 * Storage reused by its owner instead of a new typed array per paragraph and pass, or per statement: V8 gives
 * every typed array of more than 64 bytes a buffer of its own outside the heap, with collector bookkeeping each.
 */

/**
 * One buffer its owner reuses from call to call: what atLeast() returns is valid until the owner's next
 * call, and not zeroed. The whole buffer, at least `length` long, not a view of that length (an object per call).
 */
export class Int32Scratch {
	private buffer = new Int32Array(256);

	atLeast(length: number): Int32Array {
		if (length > this.buffer.length) this.buffer = new Int32Array(Math.max(length, 2 * this.buffer.length));
		return this.buffer;
	}
}

const chunkSize = 1 << 16;
/** The first chunk's size: a news article needs a few kilobytes, and a 64 KiB chunk per article was most of what it allocated. */
const firstChunkSize = 1 << 12;

/**
 * Zeroed byte ranges that live as long as the arena, carved out of shared chunks. No view per range:
 * take() says where the range starts in `chunk`.
 */
export class ByteArena {
	/**
	 * The chunk the last range was taken from. None until the first take(): the field is replaced
	 * before optimised code reads it (code that assumes it fixed is thrown out when it changes).
	 */
	chunk = new Uint8Array(0);
	private used = 0;

	take(length: number): number {
		if (this.used + length > this.chunk.length) {
			this.chunk = new Uint8Array(Math.max(this.chunk.length === 0 ? firstChunkSize : chunkSize, length));
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
 * array of their exact length (rules read `length`), and one array per unit and pass would be the
 * analysis's largest allocation. Valid until the owner's next call for the same length; longer
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
