import type {Article, Attributed, Paragraph, Speaker, Statement} from '../model.js';
import {type Claim, type Frame, modeOf} from './claims.js';
import {type Entity, Registry} from './entities.js';
import {slug} from './slug.js';

/** A paragraph's claims, ready to become statements once every entity is known. */
export type SettledParagraph = {
	paragraph: Paragraph;
	/** Sorted by start. */
	claims: SettledClaim[];
	/** From wordClasses(): one byte per token, for the mode of merged claims, from `classesAt` on in a shared chunk. */
	classes: Uint8Array;
	classesAt: number;
};

/** A claim whose character offsets in the paragraph are set, so the paragraph's tokens can go. */
export type SettledClaim = Claim;

/**
 * Claims → the shared model: adjacent claims of one speaker merge, speakers get ids. This waits
 * for the end of the article because a later paragraph may still merge two entities into one
 * ("a spokesperson" → Mao Ning). Empties `settled` as it goes.
 */
export function build(article: Article, settled: SettledParagraph[]): Attributed {
	const statements: Statement[] = [];
	const speakers = new Map<Entity, Speaker>();
	const ids = new Set<string>();
	const speakerOf = (entity: Entity): Speaker => {
		let speaker = speakers.get(entity);
		if (speaker) return speaker;
		let id = slug(entity.name) || 'speaker';
		for (let n = 2; ids.has(id); n++) id = `${slug(entity.name) || 'speaker'}-${n}`;
		ids.add(id);
		const aliases = [...entity.aliases].filter((alias) => alias !== entity.name);
		speaker = {id, name: entity.name, aliases, statements: []};
		if (entity.role) speaker.role = entity.role;
		speakers.set(entity, speaker);
		return speaker;
	};

	// Consumed as it goes, so that a paragraph's claims can be collected once its statements exist
	settled.reverse();
	for (let item = settled.pop(); item; item = settled.pop()) {
		const {paragraph, claims, classes, classesAt} = item;
		let open: {claim: SettledClaim; from: number; to: number; start: number; end: number; frame: Frame; cue: string} | undefined;
		const flush = () => {
			if (!open) return;
			const entity = Registry.canonical(open.claim.entity);
			const speaker = speakerOf(entity);
			const {start, end} = open;
			const statement: Statement = {
				id: statements.length,
				speaker: speaker.id,
				paragraph: paragraph.index,
				text: paragraph.text.slice(start, end),
				start,
				end,
				cue: open.cue,
				mode: modeOf(classes, classesAt, open.from, open.to, open.frame),
				resolution: open.claim.resolution,
				mention: open.claim.mention,
			};
			speaker.statements.push(statement.id);
			statements.push(statement);
			open = undefined;
		};

		for (const claim of claims) {
			const same = open && Registry.canonical(open.claim.entity) === Registry.canonical(claim.entity) && claim.from >= open.to;
			if (open && same) {
				if (claim.to > open.to) {
					open.to = claim.to;
					open.end = claim.end;
				}

				open.frame.push(...claim.frame);
				// The statement is described by its own cue, not a continuation's
				if (open.claim.resolution === 'continuation' && claim.resolution !== 'continuation') {
					open.claim = claim;
					open.cue = claim.cue;
				}

				continue;
			}

			flush();
			// The claim's own frame, not a copy: merging claims add theirs to it, and claims end here
			open = {claim, from: claim.from, to: claim.to, start: claim.start, end: claim.end, frame: claim.frame, cue: claim.cue};
		}

		flush();
	}

	return {article, speakers: [...speakers.values()], statements};
}
