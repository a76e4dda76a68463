/*
 * The lexicon's verdicts on one word, as bits computed once per distinct word when the tokens are
 * scanned. The rules ask these questions of every token of every pass: a bit test, not a look-up of a
 * string in a set.
 */
import {
	dayOrMonth,
	determiners,
	evaluativeVerbs,
	multiWordCues,
	nonAssertive,
	notNames,
	nounLikeLemmas,
	organisationWords,
	participleCues,
	passiveAuxiliaries,
	personNouns,
	phraseBoundaries,
	pronouns,
	reportingVerbs,
	roleNouns,
	subjectPronouns,
	titleWords,
	verbModifiers,
	weakCues,
} from '../lexicon/index.js';

export const enum Flag {
	Title = 1,
	/** Can be part of a name when capitalised: not a function word, a day or month, or a number. */
	Nameable = 1 << 1,
	Determiner = 1 << 2,
	SubjectPronoun = 1 << 3,
	VerbModifier = 1 << 4,
	NonAssertive = 1 << 5,
	PassiveAuxiliary = 1 << 6,
	/** Any form of a reporting or evaluative verb. */
	Reporting = 1 << 7,
	PhraseBoundary = 1 << 8,
	/** A role or person noun, or the plural of one. */
	RoleNoun = 1 << 9,
	/** In the role nouns themselves (not by plural). */
	RoleNounExact = 1 << 10,
	PersonNoun = 1 << 11,
	MalePronoun = 1 << 12,
	DayOrMonth = 1 << 13,
	/** The first word of a multi-word cue ("pointed" of "pointed out"). */
	MultiWordCueStart = 1 << 14,
	/** A reporting form as often a noun: "states", "reports", "claims" (the lemma, with -s or -es). */
	NounLike = 1 << 15,
	/** A judgement verb: "praised", "called". */
	Evaluative = 1 << 16,
	/** A verb that reports speech only with a that-clause or a quote after it. */
	WeakCue = 1 << 17,
	/** A participle that hangs a statement on the sentence's subject: "saying". */
	ParticipleCue = 1 << 18,
	/** Names an organisation as a name's last word: "Ministry", "Party", "Council". */
	Organisation = 1 << 19,
}

const multiWordStarts = new Set(multiWordCues.map((words) => words[0]!));

/** Whether a token has any of the `flag` bits. */
export const hasFlag = (token: {flags: number}, flag: Flag): boolean => (token.flags & flag) !== 0;

export const startsWithDigit = (text: string): boolean => {
	const code = text.charCodeAt(0);
	return code >= 0x30 && code <= 0x39;
};

/** Plural agent nouns, people by what they do: "traders", "makers", "economists", "donors", "physicians". */
const agentPlural = /^[a-z][a-z-]{2,}(?:ers|ists|ians|ors)$/;

const isRoleNoun = (lower: string): boolean =>
	roleNouns.has(lower) || personNouns.has(lower) || (lower.endsWith('s') && (roleNouns.has(lower.slice(0, -1)) || personNouns.has(lower.slice(0, -1))));

/** The bits of a word (or mark) written `text`, whose lower case is `lower`. */
export function flagsOf(text: string, lower: string): number {
	let flags = 0;
	if (titleWords.has(lower)) flags |= Flag.Title;
	if (!notNames.has(lower) && !dayOrMonth.has(lower) && !startsWithDigit(text)) flags |= Flag.Nameable;
	if (determiners.has(lower)) flags |= Flag.Determiner;
	if (subjectPronouns.has(lower)) flags |= Flag.SubjectPronoun;
	if (verbModifiers.has(lower)) flags |= Flag.VerbModifier;
	if (nonAssertive.has(lower)) flags |= Flag.NonAssertive;
	if (passiveAuxiliaries.has(lower)) flags |= Flag.PassiveAuxiliary;
	if (reportingVerbs.has(lower)) flags |= Flag.Reporting;
	if (phraseBoundaries.has(lower)) flags |= Flag.PhraseBoundary;
	// An agent noun only as written in lower case: "Sanders", "Waters" are names
	if (isRoleNoun(lower) || agentPlural.test(text)) flags |= Flag.RoleNoun;
	if (roleNouns.has(lower)) flags |= Flag.RoleNounExact;
	if (personNouns.has(lower)) flags |= Flag.PersonNoun;
	if (pronouns.male.has(lower)) flags |= Flag.MalePronoun;
	if (dayOrMonth.has(lower)) flags |= Flag.DayOrMonth;
	if (multiWordStarts.has(lower)) flags |= Flag.MultiWordCueStart;
	if (isNounLike(lower)) flags |= Flag.NounLike;
	if (evaluativeVerbs.has(lower)) flags |= Flag.Evaluative;
	if (weakCues.has(lower)) flags |= Flag.WeakCue;
	if (participleCues.has(lower)) flags |= Flag.ParticipleCue;
	if (organisationWords.has(lower)) flags |= Flag.Organisation;
	return flags;
}

function isNounLike(lower: string): boolean {
	const lemma = reportingVerbs.get(lower);
	return lemma !== undefined && nounLikeLemmas.has(lemma) && (lower === lemma || lower === `${lemma}s` || lower === `${lemma}es`);
}
