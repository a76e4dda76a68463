import {asideOpeners, callForms, catenativeVerbs, gerundPrepositions, goForms, meansVerbs, lyNouns, modalAuxiliaries, multiWordCues, objectPronouns, pastParticiples, prepositions, roleNouns, targetingCues, verbNegations, whoWords} from '../lexicon/index.js';
import {isPossessive} from './mention.js';
import {reportingVerbs} from '../lexicon/index.js';

const possessivePronouns = new Set(['his', 'her', 'their']);
import {isDocumentHead} from './phrase-words.js';
import type {Token} from '../text/tokens.js';
import {Flag, hasFlag} from '../text/word-flags.js';

export type Cue = {
	/** Token range [from, to). */
	from: number;
	to: number;
	/** In lower case: "said", "pointed out", "according to". */
	text: string;
	/** Where its source stands: before it ("X said"), after it ("according to X"), the sentence's subject ("..., saying"), or the possessive before a speech noun ("his promise to"). */
	kind: 'verb' | 'according' | 'participle' | 'noun';
};


/** Multi-word cues by their first word, in lexicon order: each token is tried against its own few, not all forty. */
const multiWordByFirst = new Map<string, string[][]>();
for (const words of multiWordCues) {
	const list = multiWordByFirst.get(words[0]!);
	if (list) list.push(words);
	else multiWordByFirst.set(words[0]!, [words]);
}

/** Length of the multi-word cue starting at `i`, or 0. The lexicon's order decides between cues that share a first word. */
function matchMultiWord(tokens: Token[], i: number, to: number): number {
	if (!hasFlag(tokens[i]!, Flag.MultiWordCueStart)) return 0;
	const candidates = multiWordByFirst.get(tokens[i]!.lower)!;
	for (const words of candidates) {
		if (i + words.length > to) continue;
		let k = 1;
		while (k < words.length && tokens[i + k]!.lower === words[k]) k++;
		if (k === words.length) return words.length;
	}

	return 0;
}

/** Words after a speech noun that open what was said or whom it targets: "his promise to", "her attacks on", "their claim that". */
const nounCueLinks = new Set(['to', 'that', 'on', 'of', 'about', 'for', 'against']);

/**
 * "Voss's promise to rebuild the gate", "his attacks on the council", "her claim that ...": a reporting word in its noun
 * form (the lemma or its plural) right after a possessive of a person, before what it says or targets, names the possessor
 * as the speaker ("the state's claims" are no one's words: lower-case nouns other than his/her/their stay out), when the
 * possessive opens the sentence.
 */
function possessedSpeechNoun(tokens: Token[], i: number, from: number): boolean {
	if (i <= from || !nounCueLinks.has(tokens[i + 1]?.lower ?? '')) return false;
	const {lower} = tokens[i]!;
	const lemma = reportingVerbs.get(lower);
	if (lemma === undefined || !(lower === lemma || lower === `${lemma}s`) || lower.endsWith('ing')) return false;
	const before = tokens[i - 1]!;
	if (possessivePronouns.has(before.lower)) return i - 1 === from;
	if (!before.cap || !isPossessive(before.text)) return false;
	// Only a possessive opening the sentence: inside a clause ("Ryan called Voss's remarks ...") the noun is what another speaker spoke of
	let k = i - 1;
	while (k > from && i - k < 5 && tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word') k--;
	return k === from;
}

/** Whether the verb at `i` asserts: not "did not say", "would tell", "to say", "was told". */
function asserts(tokens: Token[], i: number, floor: number, form: string): boolean {
	let k = i - 1;
	// "was officially declared" is as passive as "was declared"
	while (k >= floor && tokens[k]!.kind === 'word' && ((hasFlag(tokens[k]!, Flag.VerbModifier) && !hasFlag(tokens[k]!, Flag.NonAssertive)) || isMannerAdverb(tokens[k]!))) k--;
	// Bounds first: tokens[-1] (a sentence's first token is 0's) is no array element, but a slow look-up of a property "-1"
	if (k < floor) return true;
	const before = tokens[k]!;
	// "Will urged": a capital inside the sentence is a name, not an auxiliary
	if (before.cap && k > floor) return true;
	if (hasFlag(before, Flag.NonAssertive) || before.lower.endsWith("n't") || before.lower.endsWith('n’t')) return modalAfterSubject(tokens, k, floor) || infinitiveAfterSubject(tokens, k, floor);
	if (hasFlag(before, Flag.PassiveAuxiliary) && (pastParticiples.has(form) || form.endsWith('ed'))) return false;
	return true;
}


/**
 * "Voss did not mention ...", "Marsh would argue ...", "they didn't say": a modal or a form of "do" (perhaps with "not" or
 * "never" after it) ending at token k, right after a subject, still reports the subject's words. "to say", "was told",
 * "Did Voss say" (no subject before the modal) stay out.
 */
function modalAfterSubject(tokens: Token[], k: number, floor: number): boolean {
	let m = k;
	if (verbNegations.has(tokens[m]!.lower) && m > floor) m--;
	if (!modalAuxiliaries.has(tokens[m]!.lower)) return false;
	return m > floor && hasSubjectBefore(tokens, m, floor, true);
}

/**
 * Where the verb carrying the infinitive whose "to" is token k begins ("continued to insist", "went on to say"), or -1.
 * Exported for the speaker walk, which skips the same words.
 */
export function catenativeBefore(tokens: Token[], k: number, floor: number): number {
	if (tokens[k]!.lower !== 'to' || k - 1 < floor) return -1;
	const c = k - 1;
	if (tokens[c]!.lower === 'on' && c - 1 >= floor && goForms.has(tokens[c - 1]!.lower)) return c - 1;
	if (catenativeVerbs.has(tokens[c]!.lower) && !tokens[c]!.cap) return c;
	return meansBefore(tokens, k, floor);
}

/** "took to Twitter to say", "used his speech to call for", "went on the radio to defend": the means verb up to 5 words before "to", or -1. */
function meansBefore(tokens: Token[], k: number, floor: number): number {
	for (let c = k - 2; c >= floor && k - c <= 5; c--) {
		const token = tokens[c]!;
		if (token.kind !== 'word' || hasFlag(token, Flag.Reporting)) return -1;
		if (meansVerbs.has(token.lower) && !token.cap) return c;
	}

	return -1;
}

/** "Voss continued to insist ...", "Marsh went on to say ...": an infinitive cue carried by a verb right after its subject. */
function infinitiveAfterSubject(tokens: Token[], k: number, floor: number): boolean {
	const c = catenativeBefore(tokens, k, floor);
	return c > floor && hasSubjectBefore(tokens, c, floor, true);
}

/**
 * "Voss took the stage and called the plan a sham": a judgement verb in the past or present after "and" (perhaps with
 * a manner adverb or a filler between) is a second verb of the sentence's subject, which the speaker rules take.
 * Not in -ing ("and calling": a participle's rules decide) and not a word that is as often a noun ("and attacks").
 */
function secondVerbAfterAnd(tokens: Token[], i: number, floor: number): boolean {
	const token = tokens[i]!;
	if (token.cap || token.lower.endsWith('ing') || hasFlag(token, Flag.NounLike)) return false;
	let k = i - 1;
	while (k > floor && (hasFlag(tokens[k]!, Flag.VerbModifier) || isMannerAdverb(tokens[k]!)) && !hasFlag(tokens[k]!, Flag.NonAssertive)) k--;
	return k > floor && tokens[k]!.lower === 'and';
}

/** A manner adverb between a subject and its verb ("Marsh gingerly said"): a word in -ly, in lower case so not a name. */
export function isMannerAdverb(token: Token): boolean {
	return !token.cap && token.lower.length > 4 && token.lower.endsWith('ly') && !lyNouns.has(token.lower);
}

function hasSubjectBefore(tokens: Token[], i: number, floor: number, anyNoun = false): boolean {
	let k = i - 1;
	// "Voss also said", "Voss sharply criticized": modifiers and manner adverbs stand between
	while (k >= floor && (hasFlag(tokens[k]!, Flag.VerbModifier) || isMannerAdverb(tokens[k]!))) k--;
	if (k < floor) return false;
	const before = tokens[k]!;
	// "Holt (D-Tull) called ...", "Venn, the mayor, called ...": a parenthesis or a described apposition after the subject
	const skipped = before.kind === 'word' ? -1 : appositionBefore(tokens, k, floor);
	if (skipped !== -1) return hasSubjectBefore(tokens, skipped, floor, anyNoun);
	if (before.kind !== 'word') return false;
	if (hasFlag(before, Flag.SubjectPronoun)) return true;
	// "the editor's note", "Smith's claims": after a possessive it is a noun
	if (isPossessive(before.text)) return false;
	if (before.cap) {
		// "Most Southern states", "in Western states": capitals after a determiner or preposition modify a noun
		// In title case ("Apologizes To Ben Carson") a capitalised preposition inside the sentence is no boundary
		const modifies = (at: number) => (hasFlag(tokens[at]!, Flag.Determiner) || prepositions.has(tokens[at]!.lower)) && (!tokens[at]!.cap || at === floor);
		let run = k;
		while (run > floor && k - run < 8 && tokens[run - 1]!.cap && !modifies(run - 1)) run--;
		// "last week's Lune attack": capitals after a possessive modify a noun too
		return !(run > floor && (modifies(run - 1) || isPossessive(tokens[run - 1]!.text)));
	}

	// "The ad claims", "the petition accuses": a document after its determiner says things as a speaker does ("ad attacks" is a noun)
	const document = isDocumentHead(before) && k > floor && hasFlag(tokens[k - 1]!, Flag.Determiner);
	return (anyNoun && roleNouns.has(before.lower)) || (before.lower.endsWith('s') && roleNouns.has(before.lower.slice(0, -1))) || document;
}

/**
 * When token k closes a parenthesis ("(D-Tull)") or an apposition that opens with a determiner or a title
 * (", the mayor,", ", a Tull Democrat,") within 15 tokens, or a who-clause or an aside (", who ...,", ", in a speech,")
 * within 40, with no quote or reporting verb in it: the index of its opening mark; else -1.
 */
function appositionBefore(tokens: Token[], k: number, floor: number): number {
	const close = tokens[k]!.text;
	if (close !== ')' && close !== ',') return -1;
	const open = close === ')' ? '(' : ',';
	let c = k - 1;
	while (c > floor && k - c < 40 && tokens[c]!.text !== open && tokens[c]!.kind !== 'quote' && tokens[c]!.text !== ')' && !hasFlag(tokens[c]!, Flag.Reporting)) c--;
	if (c <= floor || tokens[c]!.text !== open) return -1;
	if (close === ')') return k - c < 15 ? c : -1;
	// ", who has led the board since 2010,", ", in a speech,": a who-clause or an aside says nothing of its own
	const opener = tokens[c + 1]!;
	if (whoWords.has(opener.lower) || (!opener.cap && asideOpeners.has(opener.lower))) return c;
	return k - c < 15 && hasFlag(opener, Flag.Determiner | Flag.Title) ? c : -1;
}

/**
 * "Costa reported from Washington.": a reporter's credit line says where the story was filed, not what anyone said;
 * "(Additional reporting by Ada Voss.)" names who reported, not a speaker. "Voss reported that ..." is a cue.
 */
function isCreditLine(tokens: Token[], i: number): boolean {
	const {lower} = tokens[i]!;
	const next = tokens[i + 1]?.lower;
	return (lower === 'reported' && next === 'from' && tokens[i + 2]?.cap === true) || (lower === 'reporting' && next === 'by');
}

/** "A new group called River Votes Matter": "called" after an indefinite noun, before a name, names it. */
function callsByName(tokens: Token[], i: number, floor: number): boolean {
	if (tokens[i]!.lower !== 'called' || !tokens[i + 1]?.cap) return false;
	for (let k = i - 2; k >= floor && k >= i - 4; k--) if (tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an') return true;
	return false;
}


/** "As reported by the Post," opening a sentence: "as", a reporting verb in -ed, "by" and a capital or a determiner. */
function isAsReportedBy(tokens: Token[], i: number, from: number, to: number): boolean {
	if (i - 1 !== from || tokens[from]!.lower !== 'as' || i + 2 >= to || tokens[i + 1]!.lower !== 'by' || !tokens[i]!.lower.endsWith('ed')) return false;
	const agent = tokens[i + 2]!;
	return agent.kind === 'word' && (agent.cap || hasFlag(agent, Flag.Determiner));
}

/**
 * "Asked by Lune Radio whether ...", "When asked by a reporter if ...": opening a sentence, the agent after "asked by"
 * put the question; it is the question's source. "was asked by" (a passive inside a clause) is left to the other rules.
 */
function isAskedBy(tokens: Token[], i: number, from: number, to: number): boolean {
	if (tokens[i]!.lower !== 'asked' || i + 2 >= to || tokens[i + 1]!.lower !== 'by') return false;
	if (i !== from && !(i - 1 === from && tokens[from]!.lower === 'when')) return false;
	const agent = tokens[i + 2]!;
	return agent.kind === 'word' && (agent.cap || hasFlag(agent, Flag.Determiner));
}

/**
 * Whether token i follows a comma, or a closing quote after a comma ('... of "New York values," saying ...'),
 * perhaps with a manner adverb between (", falsely suggesting").
 */
function afterComma(tokens: Token[], i: number, from: number): boolean {
	let k = i - 1;
	if (k > from && isMannerAdverb(tokens[k]!)) k--;
	if (k <= from) return false;
	const before = tokens[k]!;
	return before.text === ',' || (before.kind === 'quote' && k - 1 >= from && tokens[k - 1]!.text === ',');
}

/** A reporting or judgement verb in -ing ("recalling", "calling", "decrying"), not a weak one ("continuing"): after a comma, a participle of the sentence's subject. */
const isParticipleForm = (token: Token): boolean => token.lower.endsWith('ing') && !hasFlag(token, Flag.WeakCue);

/** '"...," he continued.': a weak verb after a quote and its one-word speaker, ending the sentence. */
function closesQuote(tokens: Token[], i: number, floor: number): boolean {
	const next = tokens[i + 1];
	if (next && !(next.kind === 'punct' && (next.text === '.' || next.text === '!'))) return false;
	// Bounds first, as in asserts()
	if (i - 2 < floor) return false;
	const before = tokens[i - 2]!;
	return before.kind === 'quote' || (before.text === ',' && i - 3 >= floor && tokens[i - 3]!.kind === 'quote');
}

/** Whether `next`, after "attacks", is whom it targets: a name, a determiner, an object pronoun or a possessive ("attacks rival's plan"). */
function namesTarget(next: Token | undefined): boolean {
	if (next?.kind !== 'word') return false;
	return next.cap || hasFlag(next, Flag.Determiner) || objectPronouns.has(next.lower) || isPossessive(next.text);
}

/**
 * "Then Eric Voss called.", "Voss called Ivo Marsh.", "Voss called into the radio show": a telephone call says nothing;
 * "Voss called Marsh a liar" does. The call ends its sentence, alone or with whom it reached, or goes "into" or "back".
 */
function isPhoneCall(tokens: Token[], i: number, to: number): boolean {
	if (!callForms.has(tokens[i]!.lower)) return false;
	let k = i + 1;
	if (tokens[k]?.lower === 'into' || tokens[k]?.lower === 'back') return true;
	while (k < to && k - i <= 4 && tokens[k]!.kind === 'word' && (tokens[k]!.cap || objectPronouns.has(tokens[k]!.lower))) k++;
	return k >= to || tokens[k]!.text === '.';
}

/** "X described Y as Z": a judgement with "as" close after the verb. */
function describesAs(tokens: Token[], i: number, to: number): boolean {
	if (!tokens[i]!.lower.startsWith('describ')) return false;
	for (let k = i + 1; k < to && k - i <= 12; k++) if (tokens[k]!.lower === 'as') return true;
	return false;
}

/**
 * The cues of one sentence, in text order: `length` of them. Its owner reuses the list from sentence
 * to sentence, and its cue objects with it: each is valid until the list's next use.
 */
export class CueList {
	length = 0;
	private readonly cues: Cue[] = [];

	at(k: number): Cue {
		return this.cues[k]!;
	}

	add(from: number, to: number, text: string, kind: Cue['kind']) {
		const cue = this.cues[this.length++];
		if (cue === undefined) {
			this.cues.push({from, to, text, kind});
			return;
		}

		cue.from = from;
		cue.to = to;
		cue.text = text;
		cue.kind = kind;
	}
}

/** Tokens [from, to) in lower case, one space apart: a cue reads the same whatever the case it is written in ("SAID"). */
function wordsOf(tokens: Token[], from: number, to: number): string {
	let text = tokens[from]!.lower;
	for (let k = from + 1; k < to; k++) text += ` ${tokens[k]!.lower}`;
	return text;
}

/** Reporting cues in tokens [from, to), skipping any inside quotes: in `cues`, emptied first. */
export function findCues(tokens: Token[], inside: Int32Array, from: number, to: number, cues = new CueList()): CueList {
	cues.length = 0;
	for (let i = from; i < to; i++) {
		const token = tokens[i]!;
		// Most words start no cue: one bit test rules them out
		if (!hasFlag(token, Flag.MultiWordCueStart | Flag.Reporting) || token.kind !== 'word' || inside[i] !== -1) continue;
		const length = matchMultiWord(tokens, i, to);
		if (length > 0) {
			const text = wordsOf(tokens, i, i + length);
			const kind = token.lower === 'according' ? 'according' : afterComma(tokens, i, from) && token.lower.endsWith('ing') ? 'participle' : 'verb';
			if (kind === 'according' || asserts(tokens, i, from, token.lower)) cues.add(i, i + length, text, kind);
			i += length - 1;
			continue;
		}

		if (!hasFlag(token, Flag.Reporting)) continue;
		// "As reported by the Post, ...": the agent after "by" is the source of the sentence
		if (isAsReportedBy(tokens, i, from, to) || isAskedBy(tokens, i, from, to)) {
			cues.add(i, i + 2, wordsOf(tokens, i, i + 2), 'according');
			i++;
			continue;
		}

		// "..., calling him a liar", "..., recalling the flood": a reporting verb in -ing after a comma hangs on the sentence's subject
		// "by saying", "before telling": the same after a preposition
		if (isParticipleForm(token) && i > from && (afterComma(tokens, i, from) || gerundPrepositions.has(tokens[i - 1]!.lower)) && !(token.lower === 'adding' && tokens[i + 1]?.lower === 'to') && !isCreditLine(tokens, i)) {
			cues.add(i, i + 1, token.lower, 'participle');
			continue;
		}

		if (possessedSpeechNoun(tokens, i, from)) {
			cues.add(i, i + 1, token.lower, 'noun');
			continue;
		}

		// "states", "reports", "claims" are nouns as often as verbs: a verb needs a subject right before it,
		// and a capitalised one inside a sentence is part of a name ("the United States")
		if (hasFlag(token, Flag.NounLike) && (!hasSubjectBefore(tokens, i, from) || (token.cap && i > from))) continue;
		// A judgement verb is a cue only right after its subject: "Smith praised ...", not "a group called ..."
		if (hasFlag(token, Flag.Evaluative) && (!(hasSubjectBefore(tokens, i, from, true) || secondVerbAfterAnd(tokens, i, from) || (i - 1 > from && infinitiveAfterSubject(tokens, i - 1, from))) || callsByName(tokens, i, from))) continue;
		// A weak verb reports speech only with a that-clause, a colon or a quote after it
		if (hasFlag(token, Flag.WeakCue)) {
			const next = tokens[i + 1];
			if (!next || !(next.lower === 'that' || next.text === ':' || next.kind === 'quote' || next.text === ',' || describesAs(tokens, i, to) || closesQuote(tokens, i, from))) continue;
		}

		if (targetingCues.has(token.lower) && !namesTarget(tokens[i + 1])) continue;
		if (isPhoneCall(tokens, i, to)) continue;
		// "adding to the lead", "calling it quits" are not reports: "adding" needs what is added
		if (token.lower === 'adding' && tokens[i + 1]?.lower === 'to') continue;
		if (isCreditLine(tokens, i)) continue;
		if (hasFlag(token, Flag.ParticipleCue) && afterComma(tokens, i, from)) {
			cues.add(i, i + 1, token.lower, 'participle');
			continue;
		}

		if (!asserts(tokens, i, from, token.lower)) continue;
		cues.add(i, i + 1, token.lower, 'verb');
	}

	return cues;
}
