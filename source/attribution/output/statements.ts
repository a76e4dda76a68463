import type {Article, Attributed, Paragraph, Resolution, Speaker, SpeakerKind, Statement} from '../../model.js';
import type {Claim} from '../discourse/claim.js';
import {ModeJudge} from './mode.js';
import type {Entity} from '../discourse/entity.js';
import {plainWords, Registry} from '../discourse/registry.js';
import {documentHeads, documentNouns, roleNouns} from '../lexicon/index.js';
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
const continuation = resolutions.indexOf('continuation');

/** Claims the first chunk has room for at first: a news article has tens, and a full chunk is ~120 KB per article. */
const firstChunkLength = 64;

/**
 * The claims chunkLength × k to chunkLength × (k + 1) - 1, column by column. The first chunk starts
 * small and doubles up to chunkLength (a copy of at most chunkLength claims in all); later ones are
 * made full size.
 */
class ClaimChunk {
	numbers: Int32Array;
	entities: Entity[];
	cues: string[];
	mentions: string[];

	constructor(readonly room: number) {
		this.numbers = new Int32Array(room * fields);
		this.entities = new Array<Entity>(room);
		this.cues = new Array<string>(room);
		this.mentions = new Array<string>(room);
	}

	/** The same claims in a chunk of twice the room (zeros after them, as in a new chunk). */
	grown(): ClaimChunk {
		const grown = new ClaimChunk(Math.min(2 * this.room, chunkLength));
		grown.numbers.set(this.numbers);
		for (let i = 0; i < this.room; i++) {
			grown.entities[i] = this.entities[i]!;
			grown.cues[i] = this.cues[i]!;
			grown.mentions[i] = this.mentions[i]!;
		}

		return grown;
	}
}

/**
 * The claims of an article, kept until its end, column by column rather than an object per claim and
 * frame, in chunks of a fixed length, made full size but for the first (no copies left by growing
 * beyond its chunkLength claims). A claim keeps its
 * character offsets in the paragraph, so that the paragraph's tokens can go.
 */
export class SettledClaims {
	length = 0;
	private readonly chunks: ClaimChunk[] = [];

	add(claim: Claim, start: number, end: number) {
		const k = this.length++;
		const i = k & (chunkLength - 1);
		if (i === 0) this.chunks.push(new ClaimChunk(k === 0 ? firstChunkLength : chunkLength));
		let chunk = this.chunks[k >> chunkBits]!;
		if (i === chunk.room) chunk = this.chunks[k >> chunkBits] = chunk.grown();
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

	/**
	 * Gathers into `statement` the statement of claim k: it and the claims after it (before claim `end`)
	 * of the same speaker, each starting where the one before ends. Returns its speaking entity.
	 */
	gather(k: number, end: number, statement: Gathered): Entity {
		const {chunks} = this;
		let chunk = chunks[k >> chunkBits]!;
		let at = (k & (chunkLength - 1)) * fields;
		let {numbers} = chunk;
		const entity = Registry.canonical(chunk.entities[k & (chunkLength - 1)]!);
		statement.from = numbers[at + Field.From]!;
		statement.start = numbers[at + Field.Start]!;
		let to = numbers[at + Field.To]!;
		let stop = numbers[at + Field.End]!;
		/** The claim that describes the statement: its first that is not a continuation (or its first). */
		let described = k;
		let resolution = numbers[at + Field.Resolution]!;
		const frames = statement.framesFor(end - k);
		let framed = frameInto(numbers, at, frames, 0);
		let last = k + 1;
		for (; last < end; last++) {
			chunk = chunks[last >> chunkBits]!;
			at = (last & (chunkLength - 1)) * fields;
			numbers = chunk.numbers;
			// Narration between two claims is nobody's: a statement across it would cover other people's words
			if (Registry.canonical(chunk.entities[last & (chunkLength - 1)]!) !== entity || numbers[at + Field.From]! !== to) break;
			to = numbers[at + Field.To]!;
			stop = numbers[at + Field.End]!;

			// The statement is described by its own cue, not a continuation's
			if (resolution === continuation && numbers[at + Field.Resolution]! !== continuation) {
				described = last;
				resolution = numbers[at + Field.Resolution]!;
			}

			framed = frameInto(numbers, at, frames, framed);
		}

		chunk = chunks[described >> chunkBits]!;
		statement.cue = chunk.cues[described & (chunkLength - 1)]!;
		statement.mention = chunk.mentions[described & (chunkLength - 1)]!;
		statement.resolution = resolutions[resolution]!;
		statement.to = to;
		statement.stop = stop;
		statement.framed = framed;
		statement.last = last;
		return entity;
	}
}

/** Appends the frame of the claim at `numbers[at...]` to frames[count...], without its empty ranges; returns the new count. */
function frameInto(numbers: Int32Array, at: number, frames: Int32Array, count: number): number {
	for (let j = at + Field.Frame; j < at + Field.Frame + 4; j += 2) {
		if (numbers[j + 1]! <= numbers[j]!) continue;
		frames[count++] = numbers[j]!;
		frames[count++] = numbers[j + 1]!;
	}

	return count;
}

/** A statement's claims, as SettledClaims.gather() finds them: one object, reused from statement to statement. */
class Gathered {
	/** Its first claim's token range start and character start. */
	from = 0;
	start = 0;
	/** Its last claim's token range end and character end. */
	to = 0;
	stop = 0;
	/** Its describing claim's cue, mention and resolution. */
	cue = '';
	mention = '';
	resolution: Resolution = 'named';
	/** Its claims' frames, in frames[0, framed). */
	frames = new Int32Array(64);
	framed = 0;
	/** The claim after its last. */
	last = 0;

	/** Room for the frames of `claims` claims. */
	framesFor(claims: number): Int32Array {
		if (4 * claims > this.frames.length) this.frames = new Int32Array(Math.max(4 * claims, 2 * this.frames.length));
		return this.frames;
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

/**
 * Claims → the shared model: adjacent claims of one speaker merge, speakers get ids. This waits
 * for the end of the article because a later paragraph may still merge two entities into one
 * ("a spokesperson" → Mao Ning). Empties `settled` as it goes.
 */
export function toAttributed(article: Article, settled: SettledParagraph[], claims: SettledClaims, checkpoint: () => void = () => undefined): Attributed {
	// At most one statement per claim: made at that length and cut to the statements' count, as
	// push() left the collector a copy of the array per growth (in large-object space on large inputs)
	const statements = new Array<Statement>(claims.length);
	let made = 0;
	const speakers = new SpeakerList();
	const gathered = new Gathered();
	const modes = new ModeJudge();
	// Consumed as it goes, so that a paragraph's claims can be collected once its statements exist
	settled.reverse();
	for (let item = settled.pop(); item; item = settled.pop()) {
		const {paragraph, first, count, classes, classesAt} = item;
		const end = first + count;
		for (let k = first; k < end; k = gathered.last) {
			// The caller's memory guard looks in now and then (attribute.ts): a paragraph may hold every statement
			if ((made & 255) === 0) checkpoint();
			const speaker = speakers.of(claims.gather(k, end, gathered), made);
			const {start, stop} = gathered;
			statements[made] = {
				id: made,
				speaker: speaker.id,
				paragraph: paragraph.index,
				text: paragraph.text.slice(start, stop),
				start,
				end: stop,
				cue: gathered.cue,
				mode: modes.of(classes, classesAt, gathered.from, gathered.to, gathered.frames, gathered.framed),
				resolution: gathered.resolution,
				mention: gathered.mention,
			};
			made++;
		}
	}

	statements.length = made;
	speakers.nameMembers();
	return {article, speakers: speakers.all(), statements};
}

/** The speakers of an article's statements, in order of first statement, with ids unique in the article. */
class SpeakerList {
	private readonly list: Speaker[] = [];
	/**
	 * Per entity key (unique in the article's registry), 1 + the index of its speaker in `list`, or
	 * 0: no hash per entity, as a Map keyed by entities would make.
	 */
	private byKey = new Int32Array(1024);
	private readonly ids = new Set<string>();
	/** Per slug, the suffix to try next: every one below it is taken (ids are never given back). */
	private readonly suffixes = new Map<string, number>();

	/** The groups of named people among the speakers, whose members get their ids once every speaker has one. */
	private readonly groups: Array<{speaker: Speaker; members: Entity[]}> = [];

	all(): Speaker[] {
		return this.list;
	}

	/**
	 * Each group's members as ids: a member's speaker id when it speaks alone too, else an id of its own, made
	 * after every speaker's so that no speaker's id changes for it.
	 */
	nameMembers() {
		const own = new Map<Entity, string>();
		for (const {speaker, members} of this.groups) {
			speaker.members = members.map((member) => {
				const entity = Registry.canonical(member);
				const at = entity.key < this.byKey.length ? this.byKey[entity.key]! : 0;
				if (at > 0) return this.list[at - 1]!.id;
				let id = own.get(entity);
				if (id === undefined) own.set(entity, (id = this.idOf(slugOf(entity))));
				return id;
			});
		}
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

		const aliases = entity.aliases ? aliasesOf(entity.aliases, entity.name) : [];
		const speaker: Speaker = {id: this.idOf(slugOf(entity)), name: entity.name, aliases, kind: kindOf(entity), statements: [statement]};
		if (entity.role) speaker.role = entity.role;
		if (entity.members) this.groups.push({speaker, members: entity.members});
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
 * An entity's aliases but its name, in order: the set spread by one built-in call, its name taken out if there.
 */
function aliasesOf(aliases: Set<string>, name: string): string[] {
	const list = [...aliases];
	const self = list.indexOf(name);
	if (self !== -1) list.splice(self, 1);
	return list;
}

/**
 * The slug of an entity's name. Its lower-case words joined when they are every word of a plain
 * name, as most are: what slug() makes of it, without its pattern and two new strings.
 */
function slugOf({name, words}: Entity): string {
	const count = plainWords(name);
	return count > 0 && count === words.length ? words.join('-') : slug(name);
}

/**
 * What kind of source a speaker is: a named person or organisation as the entity was found, and an
 * unnamed description by its head noun: "the report" a document, "officials" a group, "the spokesman" a person.
 */
export function kindOf(entity: Entity): SpeakerKind {
	if (entity.members) return 'group';
	if (entity.kind !== 'description') return entity.kind;
	const head = entity.head ?? entity.words.at(-1) ?? '';
	if (documentHeads.has(head) || documentNouns.has(head)) return 'document';
	if (head === 'police' || (head.endsWith('s') && roleNouns.has(head))) return 'group';
	return 'person';
}
