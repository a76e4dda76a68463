/** The third pass: the claims of each unit, sentence by sentence, carried on to cue-less quotes, settled for the output stage. */
import type {Paragraph} from '../../model.js';
import type {Mention} from '../grammar/mention.js';
import {subjectOf, topicOf} from '../grammar/subject.js';
import {SettledClaims, type SettledParagraph} from '../output/statements.js';
import {ModeJudge, wordClasses} from '../output/mode.js';
import {ByteArena} from '../text/buffers.js';
import type {Sentence} from '../text/sentences.js';
import {endOf} from '../text/tokens.js';
import type {Prepared} from '../text/units.js';
import {carriedClaim, type Claim, ClaimList, resolve} from './claim.js';
import {ClaimFinder} from './claim-rules.js';
import {introducesNext} from './introduction.js';
import type {Entity} from './entity.js';
import {possessorOpening} from './possessor-subject.js';
import {Registry} from './registry.js';
import type {Transcript} from './transcript.js';

/** The claims of the units, in text order, settled as they are found: one pass of one analysis. */
export class ClaimPass {
	readonly settled: SettledParagraph[] = [];
	readonly claims = new SettledClaims();
	private readonly finder: ClaimFinder;
	private readonly modes = new ModeJudge();
	private readonly classArena = new ByteArena();
	/** Sentences met so far: what salience and recency count in. */
	private position = 0;
	/** The last claim of unit `openUnit`, when a quote that opens the next unit may carry it on. */
	private openClaim: Claim | undefined;
	private openUnit = -1;
	/** Whether the open claim is a cue and a colon that closed their unit ("Smith wrote:"): the next unit is its content, quoted or not. */
	private introducing = false;
	/**
	 * The unit's claims, and the last claim of each of its sentences (or undefined): buffers reused from
	 * unit to unit, read below the unit's claim and sentence counts only.
	 */
	private readonly unitClaims = new ClaimList();
	private readonly bySentence: Array<Claim | undefined> = [];

	constructor(
		private readonly registry: Registry,
		private readonly transcript: Transcript,
	) {
		this.finder = new ClaimFinder(registry);
	}

	/** Whether a transcript's turn is open and runs on into unit `u`, whatever that unit holds. */
	inTurn(u: number): boolean {
		return this.transcript.runsInto(u);
	}

	/** The claims of unit `u`, `item` (prepared), settled. */
	unit(u: number, item: Prepared) {
		const {unitClaims} = this;
		unitClaims.length = 0;
		this.registry.paragraphStart = this.position + 1;
		if (item.paragraph.kind === 'headline') this.transcript.noteHeadline(item.tokens, item.tokenText);
		for (let s = 0; s < item.sentences.length; s++) this.sentence(item, s);
		if (item.paragraph.kind === 'body') this.continueTurn(u, item);
		// Without a claim of its own, only the unit before's last claim may carry on here (into a quote that opens it)
		if (unitClaims.length === 0 && !this.openBefore(u)) {
			this.settleNone(item.paragraph);
			return;
		}

		this.carryOn(u, item);
		this.extendTrailing(item);
		this.settle(u, item, unitClaims.sortedByFrom(), unitClaims.length);
	}

	/** The claims of sentence s, or the narration it is. */
	private sentence(item: Prepared, s: number) {
		const {registry, unitClaims} = this;
		const position = ++this.position;
		const found = this.finder.find(item, s, position, unitClaims);
		// Every sentence's entry written: the buffer holds the unit before's
		this.bySentence[s] = found > 0 ? unitClaims.at(unitClaims.length - 1) : undefined;
		if (found === 0) {
			noteNarration(registry, item, item.sentences[s]!, position);
			return;
		}

		for (let k = unitClaims.length - found; k < unitClaims.length; k++) {
			const claim = unitClaims.at(k);
			registry.touch(claim.entity, position);
			claim.entity.hasStatements = true;
		}
	}

	/**
	 * In a transcript, a turn ("Lin Vale: ...", "Q: ...") holds every sentence that claims nothing of its own, in its unit
	 * and the units after it, up to the next turn (see transcript.ts).
	 */
	private continueTurn(u: number, item: Prepared) {
		const {transcript, bySentence} = this;
		if (!transcript.runsOn) return;
		const before = transcript.turn;
		const turn = transcript.open(u, item.tokens, bySentence[0], this.registry, this.position);
		if (!turn) return;
		if (turn === before && endsAnswer(item, turn)) {
			transcript.turn = undefined;
			return;
		}

		for (let s = 0; s < item.sentences.length; s++) {
			const sentence = item.sentences[s]!;
			// "(BEGIN VIDEO CLIP.)": a stage direction in parentheses is nobody's, and "…." no one's words
			if (bySentence[s] || item.tokens[sentence.from]!.text === '(' || !hasWord(item, sentence)) continue;
			// The sentence a "Q:" or "A:" opens is the label's, found as the turn was; the others carry it on
			const opening = s === 0 && turn !== before;
			const claim = carriedClaim(turn, s, sentence.from, sentence.to, opening ? turn.resolution : 'continuation');
			if (opening) claim.frame = turn.frame;
			this.registry.touch(turn.entity, this.position);
			bySentence[s] = claim;
			this.unitClaims.push(claim);
		}
	}

	/**
	 * Quotes with no cue of their own carry on a speaker: the previous one in the paragraph, the next
	 * one, or the last one of the paragraph before. (Nearest claims kept as we go, not searched per
	 * sentence: a paragraph of cue-less quotes stays linear.)
	 */
	private carryOn(u: number, item: Prepared) {
		const {bySentence} = this;
		const sentences = item.sentences.length;
		/** The first sentence after s with a claim found in it (not carried on), once looked for; or `sentences`. */
		let next = 0;
		let preceding: Claim | undefined;
		for (let s = 0; s < sentences; s++) {
			if (s > 0) preceding = bySentence[s - 1] ?? preceding;
			if (bySentence[s]) continue;
			if (!preceding && next <= s) {
				// Only sentences up to s have been given claims carried on: those after hold what was found
				next = s + 1;
				while (next < sentences && !bySentence[next]) next++;
			}

			// "Smith wrote:" closing the unit before: its first sentence is Smith's, quoted or not
			const introduced = !preceding && this.introduces(u);
			const carried = introduced ? this.openClaim : (preceding ?? (next < sentences ? bySentence[next] : undefined) ?? (s === 0 ? this.openBefore(u) : undefined));
			if (!carried || (!introduced && !isQuoteSentence(item, item.sentences[s]!))) continue;
			const sentence = item.sentences[s]!;
			this.registry.touch(carried.entity, this.position);
			const claim = carriedClaim(carried, s, sentence.from, sentence.to, 'continuation');
			bySentence[s] = claim;
			this.unitClaims.push(claim);
		}
	}

	/**
	 * "A. B, Mao said.": a trailing cue covers the unquoted sentences before it, back to one whose subject
	 * names someone else ("Chen met the envoys. A. B, Mao said.": what Chen did is not Mao's to say).
	 */
	private extendTrailing(item: Prepared) {
		const {bySentence} = this;
		for (let s = item.sentences.length - 1; s > 0; s--) {
			const claim = bySentence[s];
			if (!claim?.trailing || claim.resolution === 'continuation') continue;
			const speaker = Registry.canonical(claim.entity);
			for (let k = s - 1; k >= 0 && !bySentence[k] && this.finder.cuesOf(item, item.sentences[k]!).length === 0; k--) {
				const sentence = item.sentences[k]!;
				const subject = subjectOf(item.tokens, sentence, item.tokenText);
				if (subject?.kind === 'name' && !mayName(subject, speaker)) break;
				const extended = carriedClaim(claim, k, sentence.from, sentence.to, claim.resolution);
				bySentence[k] = extended;
				this.unitClaims.push(extended);
			}
		}
	}

	/** A unit with nothing for this pass (see UnitContent): its sentences counted, and no claims. */
	skip(paragraph: Paragraph, sentences: number) {
		this.position += sentences;
		this.settleNone(paragraph);
	}

	/** Whether the unit before `u` closed with a cue and a colon ("Smith wrote:") that `u` is the content of. */
	introduces(u: number): boolean {
		return this.introducing && this.openUnit === u - 1 && this.openClaim !== undefined;
	}

	/** The last claim of the unit right before `u`, if it runs on. */
	private openBefore(u: number): Claim | undefined {
		return this.openUnit === u - 1 ? this.openClaim : undefined;
	}

	/** Keeps a unit's claims (`count` of them, sorted), with the word classes their modes are read from, and notes whether its last one runs on. */
	private settle(u: number, item: Prepared, unitClaims: readonly Claim[], count: number) {
		this.introducing = false;
		// "Smith wrote:" closing a body unit: no words of Smith's here, the next unit holds them
		if (count > 0 && item.paragraph.kind === 'body' && introducesNext(item, unitClaims[count - 1]!)) {
			this.openClaim = unitClaims[--count];
			this.openUnit = u;
			this.introducing = true;
			if (count === 0) return;
		}

		if (count === 0) {
			this.settleNone(item.paragraph);
			return;
		}

		const last = unitClaims[count - 1]!;
		const at = this.classArena.take(item.tokens.length);
		const classes = this.classArena.chunk;
		wordClasses(item.tokens, item.inside, classes, at);
		if (!this.introducing) this.noteOpen(u, item, last, classes, at);
		const first = this.claims.length;
		for (let k = 0; k < count; k++) {
			const claim = unitClaims[k]!;
			this.claims.add(claim, item.tokenText.starts[claim.from]!, endOf(item.tokens, item.tokenText, claim.to - 1));
		}

		this.settled.push({paragraph: item.paragraph, first, count, classes, classesAt: at});
	}

	/** Notes whether the unit's last claim runs on into the next unit: a quote or a direct claim closing the unit. */
	private noteOpen(u: number, item: Prepared, last: Claim, classes: Uint8Array, at: number) {
		const open = last.sentence === item.sentences.length - 1 && this.modes.ofClaim(classes, at, last.from, last.to, last.frame) !== 'indirect';
		this.openClaim = open || item.inside[item.tokens.length - 1] !== -1 ? last : undefined;
		this.openUnit = u;
	}

	/** A unit without claims: a body paragraph ends what the one before may carry on (a headline does not). */
	private settleNone(paragraph: Paragraph) {
		if (paragraph.kind === 'body') this.openClaim = undefined;
	}
}

/**
 * A paragraph that asks ("Why should the town pay for it?") ends an answer that runs on: it is the next question, its
 * label lost ("QWhy should ..."), not more of the answer. The answer's turn closes.
 */
function endsAnswer(item: Prepared, turn: Claim): boolean {
	return item.tokens.at(-1)?.text === '?' && turn.mention !== 'Q';
}

/** Whether a sentence has a word: "…." alone has none. */
function hasWord(item: Prepared, sentence: Sentence): boolean {
	for (let i = sentence.from; i < sentence.to; i++) if (item.tokens[i]!.kind === 'word') return true;
	return false;
}

/** Keeps salience and recency up to date for sentences that are narration: their topic and subject. */
function noteNarration(registry: Registry, prepared: Prepared, sentence: Sentence, position: number) {
	const topic = topicOf(prepared.tokens, sentence, prepared.tokenText);
	if (topic) registry.touch(registry.named(topic, position).entity, position);
	const subject = subjectOf(prepared.tokens, sentence, prepared.tokenText);
	if (subject?.kind !== 'name') notePossessorOpening(registry, prepared, sentence, position);
	if (!subject) return;
	const resolved = subject.kind === 'description' ? undefined : resolve(registry, subject, position);
	if (resolved) registry.touch(resolved.entity, position);
}

/** "Ms. Voss's plan stalled. She said ...": a narration opened by a person's possessive is about that person. */
function notePossessorOpening(registry: Registry, prepared: Prepared, sentence: Sentence, position: number) {
	const possessor = possessorOpening(prepared.tokens, sentence, sentence.to, prepared.tokenText);
	const entity = possessor && registry.named(possessor, position).entity;
	if (entity?.kind === 'person') registry.touch(entity, position);
}

/** Whether a sentence is a quotation and little else: `"We will win."` */
function isQuoteSentence(prepared: Prepared, sentence: Sentence): boolean {
	const {tokens, inside} = prepared;
	let words = 0;
	let quoted = 0;
	for (let i = sentence.from; i < sentence.to; i++) {
		if (tokens[i]!.kind !== 'word') continue;
		words++;
		if (inside[i] !== -1) quoted++;
	}

	return words > 0 && quoted / words >= 0.75;
}

/** Whether a name mention may stand for the entity: its last word ("Varga", "Mrs. Varga") is one of the entity's, or it is an alias. */
function mayName(mention: Mention, entity: Entity): boolean {
	const last = mention.nameLowers?.at(-1);
	return (last !== undefined && entity.words.includes(last)) || (mention.name !== undefined && entity.aliases?.has(mention.name) === true);
}
