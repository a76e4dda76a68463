import type {Article, Attributed, Paragraph, Resolution, Speaker, Statement} from '../model.js';
import {Int32List} from './buffers.js';
import {type Claim, type Frame, modeOf} from './claims.js';
import {type Entity, Registry} from './entities.js';
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
	readonly frames = new Int32List();
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
		for (const bound of claim.frame) this.frames.push(bound);
	}

	/** Number `field` (0 from, 1 to, 2 start, 3 end, 4 frame start, 5 frame length) of claim `k`. */
	number(k: number, field: number): number {
		return this.numbers.at(SettledClaims.fields * k + field);
	}

	/** Appends claim `k`'s frame to `frame`. */
	frameInto(k: number, frame: Frame) {
		const at = this.number(k, 4);
		for (let i = 0; i < this.number(k, 5); i++) frame.push(this.frames.at(at + i));
	}
}

/**
 * Claims → the shared model: adjacent claims of one speaker merge, speakers get ids. This waits
 * for the end of the article because a later paragraph may still merge two entities into one
 * ("a spokesperson" → Mao Ning). Empties `settled` as it goes.
 */
export function build(article: Article, settled: SettledParagraph[], claims: SettledClaims): Attributed {
	const statements: Statement[] = [];
	const speakers = new Map<Entity, Speaker>();
	const ids = new Set<string>();
	/** Per slug, the suffix to try next: every one below it is taken (ids are never given back). */
	const suffixes = new Map<string, number>();
	const speakerOf = (entity: Entity): Speaker => {
		let speaker = speakers.get(entity);
		if (speaker) return speaker;
		// "chen-wenqing", "chen-wenqing-2", ...; names without Latin letters all slug to "speaker"
		const base = slug(entity.name) || 'speaker';
		let id = base;
		if (ids.has(id)) {
			let n = suffixes.get(base) ?? 2;
			while (ids.has(`${base}-${n}`)) n++;
			id = `${base}-${n}`;
			suffixes.set(base, n + 1);
		}

		ids.add(id);
		const aliases = entity.aliases ? [...entity.aliases].filter((alias) => alias !== entity.name) : [];
		speaker = {id, name: entity.name, aliases, statements: []};
		if (entity.role) speaker.role = entity.role;
		speakers.set(entity, speaker);
		return speaker;
	};

	// Consumed as it goes, so that a paragraph's claims can be collected once its statements exist
	settled.reverse();
	for (let item = settled.pop(); item; item = settled.pop()) {
		const {paragraph, first, count, classes, classesAt} = item;
		/** The statement being gathered: its first claim that is not a continuation (or its first), and the ranges it covers so far. */
		let open: {claim: number; from: number; to: number; start: number; end: number; frame: Frame} | undefined;
		const flush = () => {
			if (!open) return;
			const {claim, start, end} = open;
			const speaker = speakerOf(Registry.canonical(claims.entities[claim]!));
			const statement: Statement = {
				id: statements.length,
				speaker: speaker.id,
				paragraph: paragraph.index,
				text: paragraph.text.slice(start, end),
				start,
				end,
				cue: claims.cues[claim]!,
				mode: modeOf(classes, classesAt, open.from, open.to, open.frame),
				resolution: claims.resolutions[claim]!,
				mention: claims.mentions[claim]!,
			};
			// An array of one for a first statement: push() would give every speaker room for 17
			if (speaker.statements.length === 0) speaker.statements = [statement.id];
			else speaker.statements.push(statement.id);
			statements.push(statement);
			open = undefined;
		};

		for (let k = first; k < first + count; k++) {
			const from = claims.number(k, 0);
			const to = claims.number(k, 1);
			if (open && Registry.canonical(claims.entities[open.claim]!) === Registry.canonical(claims.entities[k]!) && from >= open.to) {
				if (to > open.to) {
					open.to = to;
					open.end = claims.number(k, 3);
				}

				claims.frameInto(k, open.frame);
				// The statement is described by its own cue, not a continuation's
				if (claims.resolutions[open.claim] === 'continuation' && claims.resolutions[k] !== 'continuation') open.claim = k;
				continue;
			}

			flush();
			const frame: Frame = [];
			claims.frameInto(k, frame);
			open = {claim: k, from, to, start: claims.number(k, 2), end: claims.number(k, 3), frame};
		}

		flush();
	}

	return {article, speakers: [...speakers.values()], statements};
}
