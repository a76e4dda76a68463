/** A claim: a span of one sentence attributed to one entity, before adjacent claims merge into statements. */
import type {Resolution} from '../../model.js';
import type {Cue} from '../grammar/cues.js';
import type {Mention} from '../grammar/mention.js';
import type {Entity} from './entity.js';
import type {Registry} from './registry.js';

/** Token ranges [from, to) as pairs in one flat array: [from, to, from, to, ...]; empty for a claim without its own cue. */
export type Frame = number[];

export type Claim = {
	/** The sentence's index in its unit. */
	sentence: number;
	/** Token range the claim covers (a whole sentence, or a clause of it). */
	from: number;
	to: number;
	entity: Entity;
	cue: string;
	resolution: Resolution;
	mention: string;
	/** Token ranges that are the cue and the speaker's phrase, left out when judging direct vs indirect. */
	frame: Frame;
	/** "..., X said." closes the sentence: earlier unquoted sentences may be X's too. */
	trailing: boolean;
};

/** The entity a mention stands for, and how it was found. */
export type Resolved = {entity: Entity; resolution: Resolution};

/** The cue of a claim: its text and token range (a colon is one token). */
type CueSpan = Pick<Cue, 'from' | 'to' | 'text'>;

/** The claim of tokens [from, to) of sentence `sentence`, said by `speaker`, found as `mention` before or after `cue`. */
export function claimOf(sentence: number, from: number, to: number, speaker: Resolved, cue: CueSpan, mention: Mention, trailing = false): Claim {
	return {sentence, from, to, entity: speaker.entity, resolution: speaker.resolution, cue: cue.text, mention: mention.text, frame: [mention.from, mention.to, cue.from, cue.to], trailing};
}

/** A claim of tokens [from, to) of sentence `sentence` that carries on `claim`'s speaker without a cue of its own. */
export function carriedClaim(claim: Claim, sentence: number, from: number, to: number, resolution: Resolution): Claim {
	return {sentence, from, to, entity: claim.entity, resolution, cue: claim.cue, mention: claim.mention, frame: [], trailing: false};
}

/** The entity a mention stands for: a name, a pronoun's antecedent, a description's entity; undefined for a pronoun with none. */
export function resolve(registry: Registry, mention: Mention, position: number): Resolved | undefined {
	if (mention.members) return {entity: registry.group(mention, position), resolution: 'named'};
	switch (mention.kind) {
		case 'name': {
			const {entity, alias} = registry.named(mention, position);
			return {entity, resolution: alias ? 'alias' : 'named'};
		}

		case 'pronoun': {
			const entity = registry.pronoun(mention.head!, position);
			return entity ? {entity, resolution: 'pronoun'} : undefined;
		}

		case 'description': {
			const {entity} = registry.describedBy(mention, position);
			return {entity, resolution: 'description'};
		}
	}
}

/** A unit's claims in a buffer reused from unit to unit: `length` of them, from 0. */
export class ClaimList {
	private readonly buffer: Claim[] = [];
	length = 0;

	push(claim: Claim) {
		this.buffer[this.length++] = claim;
	}

	at(k: number): Claim {
		return this.buffer[k]!;
	}

	/** The last claim, if there is one from `first` on. */
	lastFrom(first: number): Claim | undefined {
		return this.length > first ? this.buffer[this.length - 1] : undefined;
	}

	/** The claims sorted by start: the buffer itself when they are (they mostly come in text order), else a sorted copy. */
	sortedByFrom(): readonly Claim[] {
		const {buffer, length} = this;
		for (let i = 1; i < length; i++) if (buffer[i]!.from < buffer[i - 1]!.from) return buffer.slice(0, length).sort(byFrom);
		return buffer;
	}
}

const byFrom = (a: Claim, b: Claim) => a.from - b.from;
