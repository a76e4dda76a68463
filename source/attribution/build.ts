import type {Article, Attributed, Paragraph, Resolution, Speaker, Statement} from '../model.js';
import {Int32Scratch} from './buffers.js';
import {type Claim, type Frame, modeOf} from './claims.js';
import {type Entity, plainWords, Registry} from './entities.js';
import {slug} from './slug.js';

/** A paragraph's claims, ready to become statements once every entity is known. */
export type SettledParagraph = {
	paragraph: Paragraph;
	/** Its claims, sorted by start: `count` of them from `first` on in the article's SettledClaims. */
	first: number;
	count: number;
	/** From wordClasses(): one byte per token, for the mode of merged claims, from `classesAt` on in a shared chunk. */
	classes: Uint8Array;
	classesAt: number;
};

/** Claims per chunk of SettledClaims (a power of two). */
const chunkBits = 11;
const chunkLength = 1 << chunkBits;

/** The numbers kept per claim: token range, character range, resolution, then its frame (four numbers, zeros for none). */
const enum Field {
	From = 0,
	To = 1,
	Start = 2,
	End = 3,
	Resolution = 4,
	Frame = 5,
}

const fields = 9;
/** Resolution by its number in `Field.Resolution`. */
const resolutions: readonly Resolution[] = ['named', 'alias', 'pronoun', 'description', 'continuation'];

/** The claims chunkLength × k to chunkLength × (k + 1) - 1, column by column. */
class ClaimChunk {
	readonly numbers = new Int32Array(chunkLength * fields);
	readonly entities = new Array<Entity>(chunkLength);
	readonly cues = new Array<string>(chunkLength);
	readonly mentions = new Array<string>(chunkLength);
}

/**
 * The claims of an article, kept until its end, column by column: an object per claim and another
 * for its frame were the largest share of the heap on large inputs, and of the collector's work.
 * In chunks of a fixed length, made full size: arrays grown claim by claim left copies of themselves
 * to collect, several times the claims' size. A claim keeps its character offsets in the paragraph,
 * so that the paragraph's tokens can go.
 */
export class SettledClaims {
	length = 0;
	private readonly chunks: ClaimChunk[] = [];

	add(claim: Claim, start: number, end: number) {
		const k = this.length++;
		const i = k & (chunkLength - 1);
		if (i === 0) this.chunks.push(new ClaimChunk());
		const chunk = this.chunks[k >> chunkBits]!;
		chunk.entities[i] = claim.entity;
		chunk.cues[i] = claim.cue;
		chunk.mentions[i] = claim.mention;
		const {numbers} = chunk;
		const at = i * fields;
		numbers[at + Field.From] = claim.from;
		numbers[at + Field.To] = claim.to;
		numbers[at + Field.Start] = start;
		numbers[at + Field.End] = end;
		numbers[at + Field.Resolution] = resolutionNumber(claim.resolution);
		// Four numbers or none (the chunk's zeros: two empty ranges)
		const {frame} = claim;
		if (frame.length === 4) {
			numbers[at + Field.Frame] = frame[0]!;
			numbers[at + Field.Frame + 1] = frame[1]!;
			numbers[at + Field.Frame + 2] = frame[2]!;
			numbers[at + Field.Frame + 3] = frame[3]!;
		}
	}

	entity(k: number): Entity {
		return this.chunks[k >> chunkBits]!.entities[k & (chunkLength - 1)]!;
	}

	cue(k: number): string {
		return this.chunks[k >> chunkBits]!.cues[k & (chunkLength - 1)]!;
	}

	mention(k: number): string {
		return this.chunks[k >> chunkBits]!.mentions[k & (chunkLength - 1)]!;
	}

	resolution(k: number): Resolution {
		return resolutions[this.number(k, Field.Resolution)]!;
	}

	/** Number `field` of claim `k`. */
	number(k: number, field: Field): number {
		return this.chunks[k >> chunkBits]!.numbers[(k & (chunkLength - 1)) * fields + field]!;
	}

	/** Appends claim k's frame to frames[count...], without its empty ranges; returns the new count. */
	frameInto(k: number, frames: Int32Array, count: number): number {
		const {numbers} = this.chunks[k >> chunkBits]!;
		const at = (k & (chunkLength - 1)) * fields + Field.Frame;
		for (let j = at; j < at + 4; j += 2) {
			if (numbers[j + 1]! <= numbers[j]!) continue;
			frames[count++] = numbers[j]!;
			frames[count++] = numbers[j + 1]!;
		}

		return count;
	}
}

/** The number of a resolution in `resolutions`. */
function resolutionNumber(resolution: Resolution): number {
	switch (resolution) {
		case 'named': {
			return 0;
		}

		case 'alias': {
			return 1;
		}

		case 'pronoun': {
			return 2;
		}

		case 'description': {
			return 3;
		}

		case 'continuation': {
			return 4;
		}
	}
}

/** A merged statement's frames, gathered for modeOf(). */
const framesOf = new Int32Scratch();

/**
 * Claims → the shared model: adjacent claims of one speaker merge, speakers get ids. This waits
 * for the end of the article because a later paragraph may still merge two entities into one
 * ("a spokesperson" → Mao Ning). Empties `settled` as it goes.
 */
export function build(article: Article, settled: SettledParagraph[], claims: SettledClaims): Attributed {
	const statements: Statement[] = [];
	const speakers = new Speakers();
	// Consumed as it goes, so that a paragraph's claims can be collected once its statements exist
	settled.reverse();
	for (let item = settled.pop(); item; item = settled.pop()) {
		const {paragraph, first, count, classes, classesAt} = item;
		const end = first + count;
		for (let k = first; k < end; ) {
			// The statement of claim k and the claims after it of the same speaker that start where it ends or later
			const entity = Registry.canonical(claims.entity(k));
			let to = claims.number(k, Field.To);
			let stop = claims.number(k, Field.End);
			let last = k + 1;
			/** The claim that describes the statement: its first that is not a continuation (or its first). */
			let described = k;
			const frames = framesOf.atLeast(4 * (end - k));
			let framed = claims.frameInto(k, frames, 0);
			for (; last < end && Registry.canonical(claims.entity(last)) === entity && claims.number(last, Field.From) >= to; last++) {
				if (claims.number(last, Field.To) > to) {
					to = claims.number(last, Field.To);
					stop = claims.number(last, Field.End);
				}

				// The statement is described by its own cue, not a continuation's
				if (claims.resolution(described) === 'continuation' && claims.resolution(last) !== 'continuation') described = last;
				framed = claims.frameInto(last, frames, framed);
			}

			const speaker = speakers.of(entity, statements.length);
			const start = claims.number(k, Field.Start);
			const statement: Statement = {
				id: statements.length,
				speaker: speaker.id,
				paragraph: paragraph.index,
				text: paragraph.text.slice(start, stop),
				start,
				end: stop,
				cue: claims.cue(described),
				mode: modeOf(classes, classesAt, claims.number(k, Field.From), to, frames, framed),
				resolution: claims.resolution(described),
				mention: claims.mention(described),
			};
			statements.push(statement);
			k = last;
		}
	}

	return {article, speakers: speakers.all(), statements};
}

/** The speakers of an article's statements, in order of first statement, with ids unique in the article. */
class Speakers {
	private readonly list: Speaker[] = [];
	/**
	 * Per entity key (unique in the article's registry), 1 + the index of its speaker in `list`, or
	 * 0: a Map keyed by entities gave each one a hash and cost more than the rest of of() on inputs
	 * of 300,000 speakers.
	 */
	private byKey = new Int32Array(1024);
	private readonly ids = new Set<string>();
	/** Per slug, the suffix to try next: every one below it is taken (ids are never given back). */
	private readonly suffixes = new Map<string, number>();

	all(): Speaker[] {
		return this.list;
	}

	/** The entity's speaker, with the statement of id `statement` added to its statements. */
	of(entity: Entity, statement: number): Speaker {
		const {key} = entity;
		if (key >= this.byKey.length) this.grow(key);
		const at = this.byKey[key]!;
		if (at > 0) {
			const speaker = this.list[at - 1]!;
			speaker.statements.push(statement);
			return speaker;
		}

		const aliases: string[] = [];
		if (entity.aliases) for (const alias of entity.aliases) if (alias !== entity.name) aliases.push(alias);
		// An array of one for a first statement: push() would give every speaker room for 17
		const speaker: Speaker = {id: this.idOf(slugOf(entity)), name: entity.name, aliases, statements: [statement]};
		if (entity.role) speaker.role = entity.role;
		this.list.push(speaker);
		this.byKey[key] = this.list.length;
		return speaker;
	}

	private grow(key: number) {
		const grown = new Int32Array(Math.max(key + 1, 2 * this.byKey.length));
		grown.set(this.byKey);
		this.byKey = grown;
	}

	/** "chen-wenqing", "chen-wenqing-2", ...; names without Latin letters all slug to "speaker". */
	private idOf(slug: string): string {
		const base = slug || 'speaker';
		if (this.take(base)) return base;
		let n = this.suffixes.get(base) ?? 2;
		let id = `${base}-${n}`;
		while (!this.take(id)) id = `${base}-${++n}`;
		this.suffixes.set(base, n + 1);
		return id;
	}

	/** Takes the id if it is free, and says whether it did. One look-up for a new id, as most are: added at once, and the set grows. */
	private take(id: string): boolean {
		const {ids} = this;
		const size = ids.size;
		ids.add(id);
		return ids.size > size;
	}
}

/**
 * The slug of an entity's name. Its lower-case words joined when they are every word of a plain
 * name, as most are: what slug() makes of it, without its pattern and two new strings.
 */
function slugOf({name, words}: Entity): string {
	const count = plainWords(name);
	return count > 0 && count === words.length ? words.join('-') : slug(name);
}
