/** Who a cue names as its speaker: before a verb, after "according to" or an inverted verb, the subject of a participle, a colon. */
import {type Cue, catenativeBefore, isMannerAdverb} from '../grammar/cues.js';
import {isNameWord, isPersonName, type Mention} from '../grammar/mention.js';
import {analysePhrase} from '../grammar/phrase.js';
import {phraseAfter, sourcePhraseAfter} from '../grammar/phrase-after.js';
import {phraseBefore} from '../grammar/phrase-before.js';
import {possessorOfNoun} from './possessor-of-noun.js';
import {looksLikeVerb} from '../grammar/phrase-words.js';
import {subjectAfterComma, subjectOf, timePhraseBefore} from '../grammar/subject.js';
import {describedSubjectBeforeName} from './group-before-place.js';
import {afterCue, closingVerbs, contentVerbs, documentHeads, documentNouns, headlineLabels, invertibleVerbs, issueVerbs, modalAuxiliaries, nounDeterminers, objectCues, outVerbs, personNouns, subjectVerbFillers, timeNouns, verbNegations} from '../lexicon/index.js';
import type {Sentence} from '../text/sentences.js';
import type {Token} from '../text/tokens.js';
import type {Prepared} from '../text/units.js';
import {Flag, hasFlag, startsWithDigit} from '../text/word-flags.js';

/** A verb cue in its sentence, with where its speaker's phrase may end: before the words that stand between them. */
type VerbCue = {
	prepared: Prepared;
	sentence: Sentence;
	cue: Cue;
	/** The end of the speaker's phrase: the cue's start, before fillers ("also", "has"), adverbs and time phrases. */
	start: number;
	/** Whether a word in -ly was taken for an adverb: "quick and widely shared" is no second verb of the subject. */
	adverb: boolean;
};

/** A rule reads a verb cue and returns its speaker, or nothing for the next rule to try. */
type VerbCueRule = (view: VerbCue) => Mention | undefined;

/** "Chen Wenqing said", "Chen also on Monday said": the phrase right before the verb. */
const speakerBeforeVerb: VerbCueRule = ({prepared, sentence, start}) => {
	const mention = phraseBefore(prepared.tokens, start, sentence.from, prepared.tokenText);
	// "A memo seen by Lune Radio said ...": the agent of a participle inside the subject does not speak; the subject does
	return mention && mention.from > sentence.from && prepared.tokens[mention.from - 1]!.lower === 'by' ? undefined : mention;
};

/**
 * "Smith was forced to retreat and said that ...": a second verb of the sentence's subject. (When it applies,
 * the cue follows "and" or a filler, never a comma or a quote: the inverted verb's rule would not apply.)
 */
const subjectOfSecondVerb: VerbCueRule = ({prepared: {tokens, tokenText}, sentence, start, adverb}) => {
	if (adverb || start - 1 <= sentence.from) return undefined;
	const before = tokens[start - 1]!.lower;
	return before === 'and' || before === 'but' ? subjectOf(tokens, sentence, tokenText) : undefined;
};

/** '"...," said Xi.', "..., said Sen. Ted Cruz": a said-verb after a comma or a quote, its speaker after it. */
const speakerAfterVerb: VerbCueRule = ({prepared: {tokens, tokenText, inside}, sentence, cue}) => {
	const previous = cue.from > 0 ? tokens[cue.from - 1] : undefined;
	// A cue is never inside a quote: a token inside one right before it closes it (‘ of ‚…‘ too, which is no quote token)
	const afterQuote = previous?.kind === 'quote' || (cue.from > 0 && inside[cue.from - 1] !== -1);
	if (!invertibleVerbs.has(tokens[cue.from]!.lower) || cue.to - cue.from !== 1 || !previous || (previous.text !== ',' && !afterQuote)) return undefined;
	// '"...," Voss said of Marsh': whom it was said about, not who said it
	if (tokens[cue.to]?.lower === 'of') return undefined;
	// "Holt, meanwhile, told Lune Radio ...": after a comma "told" and "asked" name their hearer; only a quote inverts them
	if (!afterQuote && objectCues.has(tokens[cue.from]!.lower)) return undefined;
	const after = phraseAfter(tokens, cue.to, sentence.to, tokenText);
	// "..., said the United States should ...": "the" and capitals cut short are a clause's subject, not the speaker
	if (after && hasFlag(tokens[after.from]!, Flag.Determiner) && tokens[after.to]?.kind === 'word' && tokens[after.to]!.cap) return undefined;
	return after && !subjectOfContent(tokens, after) ? after : undefined;
};

/**
 * "Holt, chair of the panel, said Voss failed to ...": a phrase after the verb followed by a verb of its own is
 * the subject of what was said, not an inverted speaker ("said Voss on Monday", "said Voss, the mayor" are).
 */
function subjectOfContent(tokens: Token[], after: Mention): boolean {
	const next = tokens[after.to];
	if (next?.kind !== 'word' || next.cap || afterCue.has(next.lower)) return false;
	return looksLikeVerb(next) || hasFlag(next, Flag.NonAssertive | Flag.PassiveAuxiliary) || contentVerbs.has(next.lower);
}

/**
 * "Holt, chair of the panel, said ...", "Voss (D-Tull), speaking on Monday, said ...": a verb after a comma with no
 * speaker next to it has the sentence's subject, when an apposition of no quote stands between them.
 */
const subjectBeforeApposition: VerbCueRule = ({prepared: {tokens, tokenText}, sentence, cue}) => {
	if (cue.from - 1 <= sentence.from || tokens[cue.from - 1]!.text !== ',') return undefined;
	for (let k = sentence.from; k < cue.from; k++) if (tokens[k]!.kind === 'quote') return undefined;
	const subject = subjectOf(tokens, sentence, tokenText);
	if (!subject || subject.to >= cue.from - 1) return undefined;
	const mark = tokens[subject.to]!.text;
	return mark === ',' || mark === '(' ? subject : undefined;
};

/**
 * "People briefed on the plan said ...", "Some advocates for the new gate said ...": a plain said-verb after a long
 * subject the phrase rules cannot read (a participle, "of" or "for" after its head) has the subject the sentence opens
 * with, when only words (no comma, quote or other cue) and at most 12 of them stand between the subject and the verb.
 */
const subjectOfLongPhrase: VerbCueRule = ({prepared: {tokens, tokenText}, sentence, cue, start}) => {
	if (cue.to - cue.from !== 1 || !closingVerbs.has(tokens[cue.from]!.lower)) return undefined;
	const subject = subjectOf(tokens, sentence, tokenText);
	if (!subject || subject.kind === 'pronoun' || subject.to >= start || start - subject.to > 12) return undefined;
	for (let k = subject.to; k < start; k++) {
		const token = tokens[k]!;
		if (token.kind !== 'word' || hasFlag(token, Flag.Reporting | Flag.NonAssertive)) return undefined;
	}

	return subject;
};

/** "Some delegates at the rally in Lenk said": the described subject, not the name inside it (group-before-place.ts). */
const describedSubjectOverName: VerbCueRule = ({prepared, sentence, start}) => describedSubjectBeforeName(prepared, sentence, start);

/** The rules for a verb cue's speaker, in order: the first that finds one decides. */
const verbCueRules: readonly VerbCueRule[] = [describedSubjectOverName, speakerBeforeVerb, subjectOfSecondVerb, speakerAfterVerb, subjectBeforeApposition, subjectOfLongPhrase];

/** The speaker one cue names, or undefined when it names none we can read. */
export function speakerOfCue(prepared: Prepared, sentence: Sentence, cue: Cue): Mention | undefined {
	const {tokens, tokenText} = prepared;
	// "according to the ministry", or to what names nobody: "according to early returns"
	if (cue.kind === 'according') return phraseAfter(tokens, cue.to, sentence.to, tokenText) ?? sourcePhraseAfter(tokens, cue.to, sentence.to, tokenText);
	// "..., saying that ...": the sentence's subject
	if (cue.kind === 'participle') return participleSubject(prepared, sentence) ?? subjectAfterComma(tokens, sentence, cue.from, prepared.tokenText);
	// "Ada Voss's promise to ...", "his attacks on ...": a speech noun's possessor (the cue is one only after a possessive)
	if (cue.kind === 'noun') return possessorOfNoun(tokens, cue.from, sentence.from, tokenText);
	const view: VerbCue = {prepared, sentence, cue, start: cue.from, adverb: false};
	skipToSpeaker(view);
	for (const rule of verbCueRules) {
		const mention = rule(view);
		if (mention) return mention;
	}

	return undefined;
}

/**
 * "Ada Voss met Ivo Marsh on Monday, saying ...", "Premier Ada Voss also met visiting Tull Minister Ivo Marsh, saying ...":
 * the participle's subject is the sentence's, which ends at the lower-case word after its name (a verb, an adverb), not at
 * the object's name the subject phrase would run on to.
 */
function participleSubject(prepared: Prepared, sentence: Sentence): Mention | undefined {
	const {tokens, tokenText} = prepared;
	const subject = subjectOf(tokens, sentence, tokenText);
	if (subject?.kind !== 'name' || !subject.role) return subject;
	let k = subject.from;
	while (k < subject.to && !isPersonName(tokens[k]!)) k++;
	while (k < subject.to && isNameWord(tokens[k]!)) k++;
	const after = tokens[k];
	if (k >= subject.to || !after || after.kind !== 'word' || after.cap || hasFlag(after, Flag.RoleNoun | Flag.Title | Flag.Determiner)) return subject;
	return analysePhrase(tokens, subject.from, k, tokenText) ?? subject;
}

/**
 * "Voss did not say", "Voss Would Say" in title case: a modal or a negation stands between the speaker and the verb as
 * fillers do. A capitalised one before a lower-case word is a name ("Will urged", "Ada May said").
 */
function isModalFiller(word: Token, next: Token): boolean {
	if (!modalAuxiliaries.has(word.lower) && !verbNegations.has(word.lower)) return false;
	return !word.cap || next.cap;
}

/** Moves the view's start back over fillers, manner adverbs and time phrases, which interleave ("also on Monday", "on Monday again"). */
function skipToSpeaker(view: VerbCue) {
	const {tokens} = view.prepared;
	const {from} = view.sentence;
	for (let moved = true, round = 0; moved && round < 3; round++) {
		moved = false;
		for (; view.start > from && tokens[view.start - 1]!.kind === 'word'; view.start--) {
			const word = tokens[view.start - 1]!;
			if (subjectVerbFillers.has(word.lower) || isModalFiller(word, tokens[view.start]!)) continue;
			// "Voss went on to say": the carrying verb and its "to" stand between the speaker and the cue
			const carrier = catenativeBefore(tokens, view.start - 1, from);
			if (carrier !== -1) {
				view.start = carrier + 1;
				continue;
			}

			if (!isMannerAdverb(word)) break;
			view.adverb = true;
		}

		const time = timePhraseBefore(tokens, view.start, from);
		if (time < view.start) {
			view.start = time;
			moved = true;
		}
	}
}

/**
 * "Smith released a statement Wednesday saying ...": a participle after a document the subject issued
 * reports what the subject said. The document must be within a few words before the participle.
 */
export function documentSpeaker(prepared: Prepared, sentence: Sentence, cue: Cue): Mention | undefined {
	const {tokens} = prepared;
	const participle = hasFlag(tokens[cue.from]!, Flag.ParticipleCue);
	// "issued a statement describing ...", "released a report documenting ...": any cue in -ing after a document
	if (!participle && !(cue.kind === 'verb' && cue.to - cue.from === 1 && tokens[cue.from]!.lower.endsWith('ing'))) return undefined;
	let k = cue.from - 1;
	const floor = Math.max(sentence.from, cue.from - 3);
	while (k > floor && (timeNouns.has(tokens[k]!.lower) || tokens[k]!.lower === 'on')) k--;
	if (k <= sentence.from || !documentNouns.has(tokens[k]!.lower)) return undefined;
	const issuer = issuerOf(prepared, sentence, k);
	if (issuer || !participle) return issuer;
	const subject = subjectOf(tokens, sentence, prepared.tokenText);
	return subject && subject.to < k ? subject : undefined;
}

/**
 * Who issued the document whose noun is token `noun`: the speaker phrase before "released a (joint) statement",
 * "put out a new report" (up to two lower-case words between the determiner and the noun), or undefined.
 */
function issuerOf(prepared: Prepared, sentence: Sentence, noun: number): Mention | undefined {
	const {tokens} = prepared;
	let d = noun - 1;
	while (d > sentence.from && noun - d <= 3 && tokens[d]!.kind === 'word' && !hasFlag(tokens[d]!, Flag.Determiner) && !tokens[d]!.cap) d--;
	if (d <= sentence.from || !nounDeterminers.has(tokens[d]!.lower) || !issueVerbs.has(tokens[d - 1]!.lower)) return undefined;
	const out = tokens[d - 1]!.lower === 'out';
	let v = out ? d - 2 : d - 1;
	if (v <= sentence.from || (out && !outVerbs.has(tokens[v]!.lower))) return undefined;
	while (v > sentence.from && subjectVerbFillers.has(tokens[v - 1]!.lower)) v--;
	return phraseBefore(tokens, v, sentence.from, prepared.tokenText);
}

/**
 * "Breaking:", "Editor's Note:", "The Latest:", "Delegate Update:": a label before a colon, no speaker. A label is headed
 * by a label word, or opens with "the" and is headed by no word for a person ("The Ninth Circle:", not "The mayor:").
 */
function isLabel(tokens: Token[], left: Mention): boolean {
	const head = tokens[left.to - 1]!.lower;
	if (headlineLabels.has(head)) return true;
	return tokens[left.from]!.lower === 'the' && !hasFlag(tokens[left.to - 1]!, Flag.RoleNoun);
}

/** Who may speak before a colon: a person or an organisation; in a headline, a document too ("Report: ...", "Poll: ..."). */
function speaksBeforeColon(left: Mention, kind: string): boolean {
	const head = left.head ?? '';
	return left.kind === 'name' || personNouns.has(head) || (kind === 'headline' && left.kind === 'description' && (documentNouns.has(head) || documentHeads.has(head)));
}

/** Whether tokens [from, to) hold numbers and no other word: "Voss: 1,769." is a tally, not something said. */
function isTally(tokens: Token[], from: number, to: number): boolean {
	let numbers = 0;
	for (let k = from; k < to; k++) {
		if (tokens[k]!.kind !== 'word') continue;
		if (!startsWithDigit(tokens[k]!.text)) return false;
		numbers++;
	}

	return numbers > 0;
}

/** Colon cues: "Mao Ning: ..." and, in headlines, "China opposes ...: spokesperson". The speaker and the colon's index. */
export function colonSpeaker(prepared: Prepared, sentence: Sentence): {mention: Mention; colon: number} | undefined {
	const {tokens, inside, paragraph, tokenText} = prepared;
	// Trailing punctuation is trimmed once, not once per colon (a line of colons stays linear)
	let trimmed = sentence.to;
	while (trimmed > sentence.from && tokens[trimmed - 1]!.kind === 'punct') trimmed--;
	// "Lin Vale:" alone on its line opens a transcript turn: the colon may end the unit
	const last = sentence.to === tokens.length ? sentence.to : sentence.to - 1;
	for (let c = sentence.from + 1; c < last; c++) {
		if (tokens[c]!.text !== ':' || inside[c] !== -1) continue;
		if (c - sentence.from <= 6) {
			// "Mao Ning: ...", not "Poll: ..." or "Update: ...": only a person or an organisation speaks before a colon
			const left = phraseBefore(tokens, c, sentence.from, tokenText);
			if (left && left.from === sentence.from && speaksBeforeColon(left, paragraph.kind) && !isLabel(tokens, left) && !isTally(tokens, c + 1, trimmed)) return {mention: left, colon: c};
		}

		const end = Math.max(trimmed, c + 1);
		if (paragraph.kind === 'headline' && end - c - 1 <= 5 && end > c + 1) {
			const right = phraseAfter(tokens, c + 1, end, tokenText);
			if (right && right.to === end && right.kind !== 'pronoun') return {mention: right, colon: c};
		}
	}

	return undefined;
}
