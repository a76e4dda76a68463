/**
 * Strings looked up by their characters inside a larger text, with a hash the caller computed
 * while scanning them: a string already known costs no new string at all. Each distinct string
 * gets a small id, stable for the interner's life, so that compact arrays can stand for tokens.
 */
export class Interner<T extends {text: string}> {
	private readonly entries: T[] = [];
	/** Open addressing: entry id + 1 per slot, 0 when empty, with the entry's hash, length and characters beside it. */
	private slots: Int32Array;
	private hashes: Int32Array;
	private lengths: Int32Array;
	/** Where the entry's characters start in `pool` (short entries only). */
	private offsets: Int32Array;
	/**
	 * The characters of every short entry, one after another: comparing them with the caller's
	 * copy of the source's code units costs much less than String.prototype.startsWith() on the
	 * source, a sliced string.
	 */
	private pool: Uint16Array;
	private pooled = 0;

	/**
	 * `slots` (a power of two) holds half as many entries before the table grows: the caller sizes it,
	 * as growing once id() is optimised throws its code out. (The arrays are assigned here, not where
	 * they are declared, for the same reason: a field assigned once is compiled as a constant.)
	 */
	constructor(private readonly make: (text: string) => T, slots = 1024) {
		this.slots = new Int32Array(slots);
		this.hashes = new Int32Array(slots);
		this.lengths = new Int32Array(slots);
		this.offsets = new Int32Array(slots);
		this.pool = new Uint16Array(4 * slots);
	}

	get(id: number): T {
		return this.entries[id]!;
	}

	/** A new id for `entry`, never found by its text: a variant of a string already known. */
	append(entry: T): number {
		this.entries.push(entry);
		return this.entries.length - 1;
	}

	/**
	 * The id of source[start, end), which hashes to `hash`; a new entry when it is not known yet.
	 * `chars` holds the source's code units (chars[i] is source.charCodeAt(i)), at least up to `end`.
	 */
	id(source: string, chars: Uint16Array, start: number, end: number, hash: number): number {
		const mixed = mix(hash);
		const mask = this.slots.length - 1;
		const length = end - start;
		// The step to the next slot comes first, so that every call runs it: a first collision once id() is
		// optimised (rare in a roomy table) would otherwise throw its code out
		let slot = (mixed - 1) & mask;
		for (;;) {
			slot = (slot + 1) & mask;
			const stored = this.slots[slot]!;
			if (stored === 0) break;
			if (this.hashes[slot] === mixed && this.lengths[slot] === length) {
				if (length > maxPooled) {
					if (source.startsWith(this.entries[stored - 1]!.text, start)) return stored - 1;
				} else {
					const offset = this.offsets[slot]!;
					let k = 0;
					while (k < length && this.pool[offset + k] === chars[start + k]) k++;
					if (k === length) return stored - 1;
				}
			}
		}

		const id = this.entries.length;
		this.entries.push(this.make(source.slice(start, end)));
		this.slots[slot] = id + 1;
		this.hashes[slot] = mixed;
		this.lengths[slot] = length;
		if (length <= maxPooled) this.offsets[slot] = this.copy(chars, start, length);
		if (2 * this.entries.length > this.slots.length) this.grow();
		return id;
	}

	/** Appends `length` characters of `chars` from `start` on to the pool; returns where they start. */
	private copy(chars: Uint16Array, start: number, length: number): number {
		if (this.pooled + length > this.pool.length) {
			const grown = new Uint16Array(2 * this.pool.length);
			grown.set(this.pool);
			this.pool = grown;
		}

		for (let k = 0; k < length; k++) this.pool[this.pooled + k] = chars[start + k]!;
		this.pooled += length;
		return this.pooled - length;
	}

	/** Doubles the table, so that it stays at most half full and probes stay short. */
	private grow() {
		const {slots, hashes, lengths, offsets} = this;
		this.slots = new Int32Array(slots.length * 2);
		this.hashes = new Int32Array(slots.length * 2);
		this.lengths = new Int32Array(slots.length * 2);
		this.offsets = new Int32Array(slots.length * 2);
		const mask = this.slots.length - 1;
		for (let old = 0; old < slots.length; old++) {
			if (slots[old] === 0) continue;
			let slot = hashes[old]! & mask;
			while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
			this.slots[slot] = slots[old]!;
			this.hashes[slot] = hashes[old]!;
			this.lengths[slot] = lengths[old]!;
			this.offsets[slot] = offsets[old]!;
		}
	}
}

/**
 * The longest entries whose characters the pool keeps. Longer words are rare, and V8 keeps the
 * slice of a long string as a view of its source, so a pooled copy would be their only copy.
 */
const maxPooled = 16;

/** Spreads a polynomial hash's high bits into the low ones that pick the slot. */
function mix(hash: number): number {
	const h = Math.imul(hash ^ (hash >>> 16), 0x45_d9_f3_b);
	return h ^ (h >>> 16);
}
