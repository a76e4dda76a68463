/**
 * Strings looked up by their characters inside a larger text, with a hash the caller computed
 * while scanning them: a string already known costs no new string at all. Each distinct string
 * gets a small id, stable for the interner's life, so that compact arrays can stand for tokens.
 */
export class Interner<T extends {text: string}> {
	private readonly entries: T[] = [];
	/** Open addressing: entry id + 1 per slot, 0 when empty, with the entry's hash beside it. */
	private slots = new Int32Array(1024);
	private hashes = new Int32Array(1024);

	constructor(private readonly make: (text: string) => T) {}

	get(id: number): T {
		return this.entries[id]!;
	}

	/** A new id for `entry`, never found by its text: a variant of a string already known. */
	append(entry: T): number {
		this.entries.push(entry);
		return this.entries.length - 1;
	}

	/** The id of source[start, end), which hashes to `hash`; a new entry when it is not known yet. */
	id(source: string, start: number, end: number, hash: number): number {
		const mixed = mix(hash);
		const mask = this.slots.length - 1;
		const length = end - start;
		let slot = mixed & mask;
		for (let stored = this.slots[slot]!; stored !== 0; stored = this.slots[slot]!) {
			if (this.hashes[slot] === mixed) {
				const entry = this.entries[stored - 1]!;
				if (entry.text.length === length && source.startsWith(entry.text, start)) return stored - 1;
			}

			slot = (slot + 1) & mask;
		}

		const id = this.entries.length;
		this.entries.push(this.make(source.slice(start, end)));
		this.slots[slot] = id + 1;
		this.hashes[slot] = mixed;
		if (2 * this.entries.length > this.slots.length) this.grow();
		return id;
	}

	/** Doubles the table, so that it stays at most half full and probes stay short. */
	private grow() {
		const {slots, hashes} = this;
		this.slots = new Int32Array(slots.length * 2);
		this.hashes = new Int32Array(slots.length * 2);
		const mask = this.slots.length - 1;
		for (let old = 0; old < slots.length; old++) {
			if (slots[old] === 0) continue;
			let slot = hashes[old]! & mask;
			while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
			this.slots[slot] = slots[old]!;
			this.hashes[slot] = hashes[old]!;
		}
	}
}

/** Spreads a polynomial hash's high bits into the low ones that pick the slot. */
function mix(hash: number): number {
	const h = Math.imul(hash ^ (hash >>> 16), 0x45_d9_f3_b);
	return h ^ (h >>> 16);
}
