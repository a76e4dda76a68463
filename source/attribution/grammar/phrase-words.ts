/** What single words are to a speaker phrase: its head, a word it may hold, a group, a count, a link. */
import {countWords, documentHeads, groupLinks, nameParticles, parties, quantities, shareModifiers, tensWords} from '../lexicon/index.js';
import type {Token} from '../text/tokens.js';
import {Flag, hasFlag, startsWithDigit} from '../text/word-flags.js';
import {isNameWord, isTitle} from './mention.js';

/** The longest speaker phrase, in tokens. */
export const maxPhrase = 10;

const upToThreeDigits = /^\d{1,3}$/;

/** A number of one to three digits: an age (", 31,") or a count ("4 in 10"). */
export const isSmallNumber = (text: string): boolean => upToThreeDigits.test(text);

/** Whether a token can sit inside a speaker's noun phrase. */
export function canExtend(token: Token): boolean {
	if (token.kind !== 'word') return false;
	// A capitalised "Will" is a name even though its lower case is a function word
	if ((hasFlag(token, Flag.PhraseBoundary) && !(token.cap && isNameWord(token))) || hasFlag(token, Flag.SubjectPronoun)) return false;
	if (hasFlag(token, Flag.MalePronoun) && token.lower !== 'his') return false;
	// "Citing the report, Smith said": a verb form is never part of the speaker's name
	if (hasFlag(token, Flag.Reporting) && !hasFlag(token, Flag.RoleNounExact)) return false;
	return !hasFlag(token, Flag.DayOrMonth) && !startsWithDigit(token.text);
}

/** Whether a token can end a speaker's noun phrase (its head). */
export function canHead(token: Token): boolean {
	if (token.kind !== 'word') return false;
	if (hasFlag(token, Flag.SubjectPronoun)) return true;
	return isNameWord(token) || hasFlag(token, Flag.RoleNoun | Flag.Title) || isDocumentHead(token);
}

/** "The ad says", "the lawsuit alleges": a lower-case document noun heads a speaker phrase as a role noun does. */
export const isDocumentHead = (token: Token): boolean => !token.cap && documentHeads.has(token.lower);

/** A lower-case word ending like a finite verb ("travels", "voted") that is not a role noun ("officials"). */
export function looksLikeVerb(token: Token): boolean {
	const word = token.lower;
	return (word.endsWith('s') && !word.endsWith('ss') && !hasFlag(token, Flag.RoleNoun)) || (word.endsWith('ed') && !isTitle(token));
}

/** Whether tokens[i], a word in lower case, stands between two name words and is no role, title or name particle ("met"). */
export function betweenNames(tokens: Token[], i: number, ceiling: number): boolean {
	const token = tokens[i]!;
	return (
		i > 0 &&
		i + 1 < ceiling &&
		isNameWord(tokens[i - 1]!) &&
		isNameWord(tokens[i + 1]!) &&
		!hasFlag(token, Flag.RoleNoun | Flag.Title | Flag.Determiner) &&
		!nameParticles.has(token.lower)
	);
}

export const isAppositionMark = (token: Token): boolean => token.text === ',' || token.text === '—' || token.text === '--' || token.text === '–' || token.text === '-';

/** "officials", "residents", "Republicans": a plural noun of people, not of an organisation. */
export const isGroupNoun = (token: Token): boolean =>
	token.kind === 'word' && (token.lower === 'police' || (token.lower.endsWith('s') && hasFlag(token, Flag.RoleNoun) && !hasFlag(token, Flag.Organisation | Flag.Title)));

/** Whether tokens[k] is "of", "for" or "from" after a title: "spokeswoman for", "senator from". */
export function isComplementOf(tokens: Token[], k: number): boolean {
	const lower = tokens[k]!.lower;
	return (lower === 'of' || lower === 'for' || lower === 'from') && k > 0 && isTitle(tokens[k - 1]!);
}

/**
 * Whether the phrase tokens[start, to) is a description headed by its first word: a plural role noun alone,
 * whatever its capital ("Leaders meet in Lenk"; parties, "Democrats", stay names); a group and where it is from
 * ("Residents of Vale", "officials in Beijing"); a title in lower case (as written: a sentence's first word has
 * lost its capital by now) and its complement ("the senator from Lune", "a spokeswoman for the Defense Ministry").
 */
export function describedByFirst(tokens: Token[], start: number, to: number): boolean {
	const first = tokens[start]!;
	if (to - start === 1) return isGroupNoun(first) && !(first.cap && parties.has(first.lower));
	if (start + 2 >= to) return false;
	return (isGroupNoun(first) && groupLinks.has(tokens[start + 1]!.lower)) || (first.text === first.lower && isComplementOf(tokens, start + 1));
}

const isCount = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && (countWords.has(token.lower) || isSmallNumber(token.text));

const fraction = /^(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)$/;

/** A word for a part of a group: "most", "one", "three-quarters". */
export const isQuantity = (token: Token): boolean => quantities.has(token.lower) || fraction.test(token.lower);

const percentCount = /^\d{1,3}(?:\.\d)?$/;

/** A number before "percent": "47", "9.5", "Thirty", "Twenty-four". */
function isPercentCount(token: Token | undefined): boolean {
	if (token?.kind !== 'word') return false;
	if (percentCount.test(token.text)) return true;
	const dash = token.lower.indexOf('-');
	if (dash === -1) return countWords.has(token.lower) || tensWords.has(token.lower);
	return tensWords.has(token.lower.slice(0, dash)) && countWords.has(token.lower.slice(dash + 1));
}

/** Whether the tokens before `end` are "<count> in <count>" ("4 in 10") after `floor`. */
const isCountInCount = (tokens: Token[], end: number, floor: number): boolean => end - 3 >= floor && isCount(tokens[end - 1]) && tokens[end - 2]!.lower === 'in' && isCount(tokens[end - 3]);

/** Start of a share of people ending just before `end` ("about 4 in 10", "more than six in 10", "a mere 9 percent", "42%"), or -1. */
export function shareStart(tokens: Token[], end: number, floor: number): number {
	// "47 percent", "47%"
	const percent = end - 2 >= floor && (tokens[end - 1]!.lower === 'percent' || tokens[end - 1]!.text === '%') && isPercentCount(tokens[end - 2]);
	if (!percent && !isCountInCount(tokens, end, floor)) return -1;
	let from = percent ? end - 2 : end - 3;
	while (from - 1 >= floor && end - from < 6 && shareModifiers.has(tokens[from - 1]!.lower)) from--;
	return from;
}

/**
 * Whether tokens[k] is "and" between two capitalised offices, the second of up to three words ending in a title:
 * "Deputy Premier and Foreign Minister Ari Sol" holds both offices.
 */
export function joinsTitles(tokens: Token[], k: number, sentenceStart = -1): boolean {
	if (tokens[k]!.lower !== 'and' || k === 0 || !isTitle(tokens[k - 1]!)) return false;
	// The first word of a sentence has lost its capital to the case evidence: "President and Chief Executive Ada Voss said"
	if (!tokens[k - 1]!.cap && k - 1 !== sentenceStart) return false;
	for (let j = k + 1; j < tokens.length && j <= k + 3 && tokens[j]!.kind === 'word' && tokens[j]!.cap; j++) if (isTitle(tokens[j]!)) return true;
	return false;
}
