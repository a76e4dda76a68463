/** The speaker phrase that starts at a token: "said Sen. Ted Cruz", "according to the ministry", a sentence's subject. */
import {afterSourceHead, groupLinks, linkAdjectives, placeLinks, sourcePhraseEnds} from '../lexicon/index.js';
import type {Token, TokenText} from '../text/tokens.js';
import {Flag, hasFlag} from '../text/word-flags.js';
import {descriptionOf, isNameWord, isPersonName, isTitle, isWord, type Mention, namedBy, phraseText, withoutArticle} from './mention.js';
import {analysePhrase} from './phrase.js';
import {betweenNames, canExtend, canHead, isGroupNoun, joinsTitles, looksLikeVerb, maxPhrase} from './phrase-words.js';

/** The phrase found from `start`: its head (last word that can head it) and what follows it. */
type AfterCue = {
	tokens: Token[];
	ceiling: number;
	tokenText: TokenText;
	/** The phrase's head: its last token. */
	head: number;
};

/** A rule reads what follows the phrase's head and returns the speaker it makes of the phrase, or nothing for the next rule. */
type AfterCueRule = (view: AfterCue, mention: Mention) => Mention | undefined;

/** "officials familiar with the system", "lawmakers on the Hill": where the group is from belongs to it. */
const groupAndPlace: AfterCueRule = ({tokens, ceiling, tokenText, head}, mention) => {
	if (!isGroupNoun(tokens[head]!)) return undefined;
	const end = groupPlaceEnd(tokens, head + 1, ceiling);
	return end === -1 ? undefined : descriptionOf(tokens, mention.from, end, tokens[head]!.lower, tokenText);
};

/** "a worker named Ivo Marsh": the description names its person. */
const describedThenNamed: AfterCueRule = ({tokens, ceiling, tokenText, head}, mention) => {
	if (mention.kind !== 'description' || tokens[head + 1]?.lower !== 'named') return undefined;
	let k = head + 2;
	while (k < ceiling && k - head < 6 && isNameWord(tokens[k]!)) k++;
	const named = k > head + 2 ? analysePhrase(tokens, head + 2, k, tokenText) : undefined;
	return named?.kind === 'name' ? namedBy(named, mention) : undefined;
};

/**
 * ", a foreign ministry spokesperson" or ", John Smith" right after: a name after a description is the person
 * ("said a spokesperson, Mao Ning"); a description after a name is its role (set on the mention, which stays).
 */
const appositionAfter: AfterCueRule = ({tokens, ceiling, tokenText, head}, mention) => {
	if (tokens[head + 1]?.text !== ',' || head + 2 >= ceiling) return undefined;
	let k = head + 2;
	while (k < ceiling && tokens[k]!.kind === 'word' && k - head < 30) k++;
	const apposition = analysePhrase(tokens, head + 2, k, tokenText);
	if (apposition?.kind === 'name' && mention.kind === 'description') return namedBy(apposition, mention);
	if (apposition?.kind === 'description' && mention.kind === 'name' && !mention.role) mention.role = withoutArticle(apposition.text);
	return undefined;
};

/** The rules of phraseAfter(), in order, once the phrase is read: the first that makes a speaker decides, else the phrase. */
const afterCueRules: readonly AfterCueRule[] = [groupAndPlace, describedThenNamed, appositionAfter];

/**
 * The speaker phrase that starts at `start` ("said Sen. Ted Cruz", "according to the ministry"),
 * with a following apposition as its role ("said Mao Ning, a foreign ministry spokesperson").
 */
export function phraseAfter(tokens: Token[], start: number, ceiling: number, tokenText: TokenText): Mention | undefined {
	const {head, of} = phraseExtent(tokens, start, ceiling);
	if (head === -1) return undefined;
	const mention = analysePhrase(tokens, start, head + 1, tokenText);
	if (!mention) return undefined;
	if (of !== -1 && mention.kind === 'name') roleAfterOf(tokens, mention, of, ceiling, tokenText);
	const view: AfterCue = {tokens, ceiling, tokenText, head};
	for (const rule of afterCueRules) {
		const found = rule(view, mention);
		if (found) return found;
	}

	return mention;
}

/**
 * How far the phrase from `start` reaches: its head (the last word that can end it, or -1), and where "of"
 * follows a person's name ("Ivo Marsh of the University of Lune": what follows is the role), or -1.
 */
function phraseExtent(tokens: Token[], start: number, ceiling: number): {head: number; of: number} {
	let i = start;
	let head = -1;
	while (i < ceiling && i - start < maxPhrase) {
		const token = tokens[i]!;
		if (i === start && hasFlag(token, Flag.Determiner)) {
			i++;
			continue;
		}

		// The head must be the word right before: a phrase that opens with "of" has none yet
		if (token.text === 'of' && head !== -1 && head === i - 1 && isPersonName(tokens[i - 1]!) && !isTitle(tokens[start]!)) return {head, of: i};
		if (linksComplement(tokens, i, head) || (joinsTitles(tokens, i) && i + 1 < ceiling)) {
			i++;
			continue;
		}

		if (endsPhrase(tokens, i, start, head, ceiling)) break;
		if (canHead(token)) head = i;
		i++;
		if (hasFlag(token, Flag.SubjectPronoun)) break;
	}

	return {head, of: -1};
}

/** Whether tokens[i] is "of" or "for" after a head, before a capital or a determiner: "head of the Commission". */
function linksComplement(tokens: Token[], i: number, head: number): boolean {
	const token = tokens[i]!;
	if ((token.lower !== 'of' && token.lower !== 'for') || head === -1 || (token.text === 'of' && isPersonName(tokens[i - 1]!))) return false;
	const next = tokens[i + 1];
	return isWord(next) && (next.cap || hasFlag(next, Flag.Determiner));
}

/** Whether tokens[i] ends the phrase from `start` whose head so far is `head`. */
function endsPhrase(tokens: Token[], i: number, start: number, head: number, ceiling: number): boolean {
	const token = tokens[i]!;
	if (hasFlag(token, Flag.Determiner) && i > start && tokens[i - 1]!.lower !== 'of' && tokens[i - 1]!.lower !== 'for') return true;
	if (!canExtend(token) && !(i === start && hasFlag(token, Flag.SubjectPronoun))) return true;
	// "Smith travels", "Smith voted": a lower-case verb form after a name ends the phrase, and so does any lower-case word
	// between two names that is no role, title or name particle ("Oda Venn met Prime Minister Ari Sol")
	return head === i - 1 && !token.cap && (looksLikeVerb(token) || betweenNames(tokens, i, ceiling));
}

/** "Ivo Marsh of the University of Lune": the capitalised words after "of" are the name's role, and part of its phrase. */
function roleAfterOf(tokens: Token[], mention: Mention, of: number, ceiling: number, tokenText: TokenText) {
	let end = of + 1;
	while (end < ceiling && end - of < maxPhrase && tokens[end]!.kind === 'word' && (tokens[end]!.cap || placeLinks.has(tokens[end]!.lower))) end++;
	while (end > of + 1 && !tokens[end - 1]!.cap) end--;
	if (end === of + 1) return;
	mention.role ??= phraseText(tokens, of, end, tokenText);
	// The speaker's words in the sentence run to the role's end: none of it is reported speech
	mention.to = end;
}

/**
 * The end of where a group is from, after its noun at `at` ("in Beijing", "on the Hill", "familiar with
 * the system"): capitalised words and at most one lower-case noun after the link; -1 if there is none.
 */
function groupPlaceEnd(tokens: Token[], at: number, ceiling: number): number {
	let k = at;
	const next = tokens[k + 1];
	if (next && linkAdjectives.get(next.lower) === tokens[k]?.lower) k++;
	if (k >= ceiling || !groupLinks.has(tokens[k]!.lower)) return -1;
	k++;
	// Right after a determiner a word in -s is a noun ("the plans"), not a verb ("the Hill seized")
	const determined = k < ceiling && hasFlag(tokens[k]!, Flag.Determiner);
	if (determined) k++;
	const first = k;
	while (k < ceiling && k - first < 4 && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
	const last = tokens[k];
	if (k < ceiling && k - first < 4 && last!.kind === 'word' && !last!.cap && ((determined && k === first) || !looksLikeVerb(last!)) && !hasFlag(last!, Flag.Reporting)) k++;
	return k > first ? k : -1;
}

/** Most words of a source phrase that names nobody. */
const maxSourcePhrase = 10;

/**
 * "according to a count by the wire service", "according to early returns", "according to his biography": the noun
 * phrase from `start` (up to 10 words, to a punctuation mark or a clause word), a description headed by its last word
 * before a preposition; for when phraseAfter() finds no speaker. Undefined when that head is a determiner.
 */
export function sourcePhraseAfter(tokens: Token[], start: number, ceiling: number, tokenText: TokenText): Mention | undefined {
	let end = start;
	let head = -1;
	while (end < ceiling && end - start < maxSourcePhrase && tokens[end]!.kind === 'word' && !sourcePhraseEnds.has(tokens[end]!.lower)) {
		if (head === -1 && end > start && afterSourceHead.has(tokens[end]!.lower)) head = end - 1;
		end++;
	}

	if (head === -1) head = end - 1;
	if (head < start || hasFlag(tokens[head]!, Flag.Determiner) || !isWord(tokens[head])) return undefined;
	return descriptionOf(tokens, start, end, tokens[head]!.lower, tokenText);
}
