/** The claims of one sentence: its cues, each with the speaker it names, as an ordered list of named rules. */
import {clauseMarks, clauseStart, commaOutsideQuotes, afterQuestion} from '../grammar/clauses.js';
import {type Cue, CueList, findCues} from '../grammar/cues.js';
import type {Mention} from '../grammar/mention.js';
import {phraseAfter} from '../grammar/phrase-after.js';
import {subjectOf, topicOf} from '../grammar/subject.js';
import {afterCue, closingVerbs, nounDeterminers, prepositionsBeforeNoun, relativePronouns, subordinators, timeNouns} from '../lexicon/index.js';
import {Int32Scratch} from '../text/buffers.js';
import type {Sentence} from '../text/sentences.js';
import type {Token} from '../text/tokens.js';
import type {Prepared} from '../text/units.js';
import {type ClaimList, claimOf, resolve} from './claim.js';
import {possessorOpening} from './possessor-subject.js';
import type {Registry} from './registry.js';
import {colonSpeaker, documentSpeaker, speakerOfCue} from './speaker-of-cue.js';


/** One sentence as the claim rules read it, with what the rules before have found in it. */
type SentenceView = {
	registry: Registry;
	prepared: Prepared;
	/** The sentence's index in its unit, and its position in the article (what salience counts in). */
	index: number;
	sentence: Sentence;
	position: number;
	/** The unit's claims: this sentence's are those from `first` on. */
	claims: ClaimList;
	first: number;
	cues: CueList;
	/** The first participle cue ("..., saying"): claimed only if no other cue claims. */
	participle: Cue | undefined;
	/** A cue in a relative clause, with its speaker: claimed only if no other cue claims. */
	relative: {cue: Cue; mention: Mention} | undefined;
	/** The sentence's clause marks (clauseMarks()), once a cue follows a claim; written into `marksScratch`. */
	marks: Int32Array | undefined;
	marksScratch: Int32Scratch;
};

/** A rule adds the claims it finds in the sentence; the rules after it run only if it found none. */
type SentenceRule = (view: SentenceView) => void;

/** "Lune urges restraint: spokesperson": a headline's colon names its speaker, whatever verb comes before it. */
const headlineColon: SentenceRule = (view) => {
	if (view.prepared.paragraph.kind === 'headline') colonCue(view);
};

/** "Chen said ...", "according to Chen", '"...," said Chen': each verb cue and the speaker it names, clause by clause. */
const verbCues: SentenceRule = (view) => {
	const {cues} = view;
	const start = outerCue(view.prepared, view.sentence, cues);
	for (let c = start; c < cues.length; c++) {
		const cue = cues.at(c);
		if (cue.kind === 'participle') view.participle ??= cue;
		else claimVerbCue(view, cue, c === start);
	}
};

/** "the plan, which Lune officials have said was ...": the relative clause only, its cue's speaker's. */
const relativeClauseCue: SentenceRule = (view) => {
	if (!view.relative) return;
	const {registry, prepared, sentence, position} = view;
	const {cue, mention} = view.relative;
	const resolved = resolve(registry, mention, position);
	const comma = commaOutsideQuotes(prepared.tokens, prepared.inside, cue.to, sentence.to);
	if (resolved) view.claims.push(claimOf(view.index, mention.from - 1, comma === -1 ? sentence.to : comma, resolved, cue, mention));
};

/** "Smith left the talks, saying ...": the sentence, its subject's. */
const participleOfSubject: SentenceRule = (view) => {
	const {participle, sentence} = view;
	if (!participle) return;
	const mention = speakerOfCue(view.prepared, sentence, participle);
	const resolved = mention && resolve(view.registry, mention, view.position);
	if (mention && resolved) view.claims.push(claimOf(view.index, sentence.from, sentence.to, resolved, participle, mention));
};

/** "Mao Ning: ...", and in a headline "...: spokesperson": the sentence, the colon's speaker's. */
const colonCue: SentenceRule = (view) => {
	const {sentence} = view;
	const found = colonSpeaker(view.prepared, sentence);
	const resolved = found && resolve(view.registry, found.mention, view.position);
	if (found && resolved) view.claims.push(claimOf(view.index, sentence.from, sentence.to, resolved, {from: found.colon, to: found.colon + 1, text: ':'}, found.mention));
};

/** The rules of a sentence, in order: each runs only if those before it claimed nothing. */
const sentenceRules: readonly SentenceRule[] = [headlineColon, verbCues, relativeClauseCue, participleOfSubject, colonCue];

/**
 * Finds the claims of sentences, one at a time, for one analysis: owns the cue list and the clause marks
 * the rules reuse from sentence to sentence (each valid while its sentence is read).
 */
export class ClaimFinder {
	private readonly cues = new CueList();
	private readonly marks = new Int32Scratch();

	constructor(private readonly registry: Registry) {}

	/** The claims of sentence `index` of the unit, added to `claims`: how many. */
	find(prepared: Prepared, index: number, position: number, claims: ClaimList): number {
		const sentence = prepared.sentences[index]!;
		const cues = this.cuesOf(prepared, sentence);
		const first = claims.length;
		const view: SentenceView = {registry: this.registry, prepared, index, sentence, position, claims, first, cues, participle: undefined, relative: undefined, marks: undefined, marksScratch: this.marks};
		for (const rule of sentenceRules) {
			rule(view);
			if (claims.length > first) break;
		}

		return claims.length - first;
	}

	/** The cues of a sentence of the unit, in the finder's list: valid until its next use. */
	cuesOf(prepared: Prepared, sentence: Sentence): CueList {
		return findCues(prepared.tokens, prepared.inside, sentence.from, sentence.to, this.cues);
	}
}

/** The claim of one verb cue, if its speaker is found and the cue is not inside what another speaker said. */
function claimVerbCue(view: SentenceView, cue: Cue, first: boolean) {
	const {prepared, sentence, registry, position} = view;
	const {tokens} = prepared;
	const previous = view.claims.lastFrom(view.first);
	// No clause starts after the previous claim's speaker: this cue is inside its content, whatever its speaker
	if (previous && marksOf(view)[sentence.to - 1 - sentence.from]! <= previous.frame[1]!) return;
	if (prepared.paragraph.kind === 'headline' && reportsActivity(tokens, cue)) return;
	const mention = documentSpeaker(prepared, sentence, cue) ?? speakerOfCue(prepared, sentence, cue);
	if (!mention) return;
	if (inRelativeClause(tokens, sentence, mention)) {
		view.relative ??= {cue: {...cue}, mention};
		return;
	}

	if (modifiesObjectOfPreposition(tokens, cue, mention)) return;
	// A cue inside the content of an earlier claim reports what that speaker said ("X said Y told him")
	const boundary = previous ? clauseStart(tokens, marksOf(view), sentence, previous.frame[1]!, mention.from) : undefined;
	if (previous && boundary === undefined) return;
	noteOrganisationSubject(view, mention);
	notePersonSubject(view, mention);
	const resolved = resolve(registry, mention, position);
	if (!resolved) return;
	const trailing = first && isTrailing(tokens, sentence, mention, cue);
	if (previous && boundary !== undefined) {
		if (resolved.entity === previous.entity) return;
		previous.to = boundary;
	}

	const from = boundary ?? afterQuestion(tokens, prepared.inside, sentence, mention.from);
	view.claims.push(claimOf(view.index, from, sentence.to, resolved, cue, mention, trailing));
}

function marksOf(view: SentenceView): Int32Array {
	view.marks ??= clauseMarks(view.prepared.tokens, view.sentence, view.prepared.inside, view.marksScratch);
	return view.marks;
}

/** Nouns after a reply verb that make it an activity: "Spokesperson answers questions on ...". */
const questionNouns = new Set(['questions', 'question', 'queries']);

/**
 * "Spokesperson answers questions on the dam", "Envoy responds to questions": a headline that reports an activity, as
 * "Envoy briefs press on ..." and "Premier meets ..." do, carries no statement (what was answered is in the story).
 */
function reportsActivity(tokens: Token[], cue: Cue): boolean {
	const next = tokens[cue.to]?.lower === 'to' ? tokens[cue.to + 1] : tokens[cue.to];
	return next !== undefined && questionNouns.has(next.lower);
}

/** "..., which Lune officials have said was ...": a cue in a relative clause reports on a noun of the sentence, not the sentence. */
function inRelativeClause(tokens: Token[], sentence: Sentence, mention: Mention): boolean {
	return mention.from - 1 > sentence.from && relativePronouns.has(tokens[mention.from - 1]!.lower);
}

/** "in a release announcing ...": a participle after the object of a preposition modifies that noun; it is not the sentence's verb. */
function modifiesObjectOfPreposition(tokens: Token[], cue: Cue, mention: Mention): boolean {
	return cue.kind === 'verb' && tokens[cue.from]!.lower.endsWith('ing') && mention.from > 0 && prepositionsBeforeNoun.has(tokens[mention.from - 1]!.lower) && nounDeterminers.has(tokens[mention.from]!.lower);
}

/** "Acme Corp will cut jobs, the company said": the sentence's named subject, an organisation, is met before the description. */
function noteOrganisationSubject({registry, prepared, sentence, position}: SentenceView, mention: Mention) {
	if (mention.kind !== 'description' || mention.from <= sentence.from) return;
	const subject = subjectOf(prepared.tokens, sentence, prepared.tokenText);
	if (subject?.kind === 'name' && subject.organisation && subject.to <= mention.from) registry.touch(registry.named(subject, position).entity, position);
}

/**
 * "Smith, who ..., rallied voters with calls that he says ...": the sentence's named subject is met before the pronoun,
 * if that subject may be the pronoun: a person of a gender that agrees, or of a full name ("China ... he said" is not China).
 */
function notePersonSubject({registry, prepared, sentence, position}: SentenceView, mention: Mention) {
	if (mention.kind !== 'pronoun' || mention.from <= sentence.from) return;
	let subject = subjectBeforePronoun(prepared, sentence, mention);
	if (subject?.kind !== 'name') subject = possessorOpening(prepared.tokens, sentence, mention.from, prepared.tokenText) ?? subject;
	const gender = mention.head === 'he' ? 'm' : mention.head === 'she' ? 'f' : undefined;
	const entity = gender && subject?.kind === 'name' && subject.to <= mention.from ? registry.named(subject, position).entity : undefined;
	if (entity?.kind === 'person' && (entity.gender === gender || (entity.gender === undefined && entity.words.length > 1))) registry.touch(entity, position);
}

/**
 * The sentence's named subject before a pronoun: its topic or subject, or, after an opening subordinate clause
 * ("When Voss was asked ..., she said", "After Voss visited ..., she said"), the clause's subject, met first.
 */
function subjectBeforePronoun(prepared: Prepared, sentence: Sentence, mention: Mention): Mention | undefined {
	const {tokens, tokenText} = prepared;
	const subject = topicOf(tokens, sentence, tokenText) ?? subjectOf(tokens, sentence, tokenText);
	if (subject?.kind === 'name' || !subordinators.has(tokens[sentence.from]!.lower)) return subject;
	return phraseAfter(tokens, sentence.from + 1, mention.from, tokenText);
}

/**
 * "..., X said." or "..., said X on Monday.": the speaker and cue close the sentence after its content,
 * not "In an interview, he said his ..." where the content follows.
 */
function isTrailing(tokens: Token[], sentence: Sentence, mention: Mention, cue: Cue): boolean {
	const first = Math.min(mention.from, cue.from);
	if (first <= sentence.from) return false;
	const before = tokens[first - 1]!;
	if (!(before.text === ',' || before.kind === 'quote' || before.text === '--' || before.text === '—')) return false;
	const after = Math.max(mention.to, cue.to);
	// What follows may say where or when ("in a statement", "on Monday"), not what was said
	const next = tokens[after];
	if (next?.kind === 'word' && !afterCue.has(next.lower) && !timeNouns.has(next.lower)) return false;
	let words = 0;
	for (let k = after; k < sentence.to; k++) {
		const token = tokens[k]!;
		if (token.lower === 'that' || token.text === ':' || token.kind === 'quote') return false;
		if (token.kind === 'word' && ++words > 8) return false;
	}

	return true;
}

/**
 * "Lune urged restraint ..., a ministry spokesperson said.": the closing cue of a sentence with several
 * is its outer speaker, and the cues before it are inside its content. The first cue to read: the
 * closing one when it trails its sentence, else the first.
 */
function outerCue(prepared: Prepared, sentence: Sentence, cues: CueList): number {
	if (cues.length < 2) return 0;
	const last = cues.at(cues.length - 1);
	const {tokens} = prepared;
	if (last.kind !== 'verb' || !closingVerbs.has(tokens[last.from]!.lower)) return 0;
	// After a quote, a closing cue says who said the quote, not the sentence
	for (let k = sentence.from; k < last.from; k++) if (tokens[k]!.kind === 'quote') return 0;
	const mention = speakerOfCue(prepared, sentence, last);
	// The speaker right after the comma: ", a spokesperson said", not ", a point Smith acknowledged"
	if (!mention || tokens[mention.from - 1]?.text !== ',') return 0;
	return isTrailing(tokens, sentence, mention, last) ? cues.length - 1 : 0;
}
