import type {Article, Attributed, Paragraph, Resolution, Speaker, Statement} from '../model.js';
import {Int32List} from './buffers.js';
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

/**
 * The claims of an article, kept until its end, column by column: an object per claim and another
 * for its frame were the largest share of the heap on large inputs, and of the collector's work.
 * A claim keeps its character offsets in the paragraph, so that the paragraph's tokens can go.
 */
export class SettledClaims {
	readonly entities: Entity[] = [];
	readonly resolutions: Resolution[] = [];
	readonly cues: string[] = [];
	readonly mentions: string[] = [];
	/** Per claim, `fields` numbers: token range, character range, and where its frame lies in `frames`. */
	readonly numbers = new Int32List();
	/** The claims' frames, one after another. */
	readonly frames: Frame = [];
	static readonly fields = 6;

	get length(): number {
		return this.entities.length;
	}

	add(claim: Claim, start: number, end: number) {
		this.entities.push(claim.entity);
		this.resolutions.push(claim.resolution);
		this.cues.push(claim.cue);
		this.mentions.push(claim.mention);
		this.numbers.push(claim.from);
		this.numbers.push(claim.to);
		this.numbers.push(start);
		this.numbers.push(end);
		this.numbers.push(this.frames.length);
		this.numbers.push(claim.frame.length);
		// Four numbers or none: pushed by index, without an iterator per claim
		const {frame} = claim;
		if (frame.length === 4) this.frames.push(frame[0]!, frame[1]!, frame[2]!, frame[3]!);
		else for (let i = 0; i < frame.length; i++) this.frames.push(frame[i]!);
	}

	/** Number `field` (0 from, 1 to, 2 start, 3 end, 4 frame start, 5 frame length) of claim `k`. */
	number(k: number, field: number): number {
		return this.numbers.at(SettledClaims.fields * k + field);
	}
}

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
			const entity = Registry.canonical(claims.entities[k]!);
			let to = claims.number(k, 1);
			let stop = claims.number(k, 3);
			let last = k + 1;
			/** The claim that describes the statement: its first that is not a continuation (or its first). */
			let described = k;
			for (; last < end && Registry.canonical(claims.entities[last]!) === entity && claims.number(last, 0) >= to; last++) {
				if (claims.number(last, 1) > to) {
					to = claims.number(last, 1);
					stop = claims.number(last, 3);
				}

				// The statement is described by its own cue, not a continuation's
				if (claims.resolutions[described] === 'continuation' && claims.resolutions[last] !== 'continuation') described = last;
			}

			const speaker = speakers.of(entity, statements.length);
			const start = claims.number(k, 2);
			const frameEnd = claims.number(last - 1, 4) + claims.number(last - 1, 5);
			const statement: Statement = {
				id: statements.length,
				speaker: speaker.id,
				paragraph: paragraph.index,
				text: paragraph.text.slice(start, stop),
				start,
				end: stop,
				cue: claims.cues[described]!,
				mode: modeOf(classes, classesAt, claims.number(k, 0), to, claims.frames, claims.number(k, 4), frameEnd),
				resolution: claims.resolutions[described]!,
				mention: claims.mentions[described]!,
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
