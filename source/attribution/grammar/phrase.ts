/** One noun phrase read as a speaker: a pronoun, a name with its titles, an organisation, or a description. */
import {honorifics, nameParticles} from '../lexicon/index.js';
import type {Token, TokenText} from '../text/tokens.js';
import {Flag, hasFlag} from '../text/word-flags.js';
import {descriptionOf, isNameWord, isPossessive, isTitle, type Mention, nameOf, newMention, phraseText} from './mention.js';
import {describedByFirst, isDocumentHead} from './phrase-words.js';

/** The phrase tokens[from, to) as its rules read it. */
type Phrase = {
	from: number;
	to: number;
	/** Where its words start, after leading determiners ("the", "a"; not a possessive "Smith's"). */
	start: number;
	determiner: boolean;
	/** Where its name starts: the trailing run of capitalised words that are not titles (none when it is `to`). */
	nameStart: number;
	/** Its last word names an organisation: "Ministry", "Party". */
	organisationWord: boolean;
	/** "the Lunar Society" is an organisation; "the billionaire businessman Rolf Kade" is a person. */
	organisation: boolean;
};

/** A rule reads the phrase and returns the mention it makes, or nothing for the next rule to try. */
type PhraseRule = (tokens: Token[], phrase: Phrase, tokenText: TokenText) => Mention | undefined;

/** "he", "she", "they": a subject pronoun alone. */
const lonePronoun: PhraseRule = (tokens, {from, to, start, determiner}) => {
	const last = tokens[to - 1]!;
	if (to - start !== 1 || !hasFlag(last, Flag.SubjectPronoun) || determiner) return undefined;
	const pronoun = newMention('pronoun', from, to, last.text);
	pronoun.head = last.lower;
	return pronoun;
};

/** "Residents of Vale", "officials in Beijing", "a spokeswoman for the Defense Ministry": see describedByFirst(). */
const describedByFirstWord: PhraseRule = (tokens, {from, to, start}, tokenText) =>
	describedByFirst(tokens, start, to) ? descriptionOf(tokens, from, to, tokens[start]!.lower, tokenText) : undefined;

/** "the Wisconsin Republican": a person described by party or standing, not an organisation. */
const personByStanding: PhraseRule = (tokens, {from, to, determiner}, tokenText) => {
	const last = tokens[to - 1]!;
	return determiner && last.cap && hasFlag(last, Flag.PersonNoun) && !hasFlag(last, Flag.Title) ? descriptionOf(tokens, from, to, last.lower, tokenText) : undefined;
};

/** "Russian Security Council Secretary Nikolai Patrushev", "Mr. Vance": a person's name, with the titles before it as role. */
const personName: PhraseRule = (tokens, {from, to, start, nameStart, organisation}, tokenText) => {
	if (nameStart >= to || organisation) return undefined;
	// The titles before the name, without the honorific ("Mr.")
	const honorific = honorifics.get(tokens[start]!.lower);
	const roleStart = honorific ? start + 1 : start;
	const role = roleStart < nameStart ? phraseText(tokens, roleStart, nameStart, tokenText) : undefined;
	const mention = nameOf(tokens, from, nameStart, to, tokenText);
	if (role) mention.role = role;
	if (honorific) mention.honorific = honorific;
	return mention;
};

/** "the Foreign Ministry", "the Lunar Society": an organisation's name. */
const organisationName: PhraseRule = (tokens, {from, to, start, organisation}, tokenText) => {
	if (!organisation || !tokens[to - 1]!.cap) return undefined;
	const mention = nameOf(tokens, from, start, to, tokenText);
	mention.organisation = true;
	return mention;
};

/** "the foreign ministry spokesperson", "the ministry": a description headed by its last word, a role or a title. */
const roleDescription: PhraseRule = (tokens, phrase, tokenText) => (hasFlag(tokens[phrase.to - 1]!, Flag.RoleNoun | Flag.Title) ? headedByLast(tokens, phrase, tokenText) : undefined);

/** "The ad", "a court filing", "the lawsuit": a description headed by a document that says things. */
const documentDescription: PhraseRule = (tokens, phrase, tokenText) => (isDocumentHead(tokens[phrase.to - 1]!) ? headedByLast(tokens, phrase, tokenText) : undefined);

/** The phrase as a description headed by its last word. */
const headedByLast: PhraseRule = (tokens, {from, to, organisationWord}, tokenText) => {
	const mention = descriptionOf(tokens, from, to, tokens[to - 1]!.lower, tokenText);
	mention.organisation = organisationWord;
	return mention;
};

/** The rules of analysePhrase(), in order: the first that makes a mention decides. */
const phraseRules: readonly PhraseRule[] = [lonePronoun, describedByFirstWord, personByStanding, personName, organisationName, roleDescription, documentDescription];

/** Reads tokens [from, to) as a speaker: splits "Russian Security Council Secretary Nikolai Patrushev" into role and name. */
export function analysePhrase(tokens: Token[], from: number, to: number, tokenText: TokenText): Mention | undefined {
	let start = from;
	while (start < to && hasFlag(tokens[start]!, Flag.Determiner) && !tokens[start]!.text.endsWith("'s")) start++;
	if (start >= to) return undefined;
	const phrase = readPhrase(tokens, from, start, to);
	for (const rule of phraseRules) {
		const mention = rule(tokens, phrase, tokenText);
		if (mention) return mention;
	}

	return undefined;
}

function readPhrase(tokens: Token[], from: number, start: number, to: number): Phrase {
	const last = tokens[to - 1]!;
	const determiner = start > from;
	let describedPerson = false;
	for (let k = start; k < to && !describedPerson; k++) describedPerson = !tokens[k]!.cap && hasFlag(tokens[k]!, Flag.Title | Flag.PersonNoun);
	const organisationWord = hasFlag(last, Flag.Organisation);
	const organisation = organisationWord || (determiner && last.cap && tokens[from]!.lower === 'the' && !describedPerson);
	return {from, to, start, determiner, nameStart: nameStartOf(tokens, start, to), organisationWord, organisation};
}

/** Where the name at the end of tokens [start, to) starts: capitalised words that are not titles, and particles inside. */
function nameStartOf(tokens: Token[], start: number, to: number): number {
	let nameStart = to;
	while (nameStart > start) {
		const token = tokens[nameStart - 1]!;
		// "Student Emma Clarke", "Democrat Ada Voss": a word for a person before a name is a role, not part of the name
		const nameWord = isNameWord(token) && !isTitle(token) && !isPossessive(token.text) && !(nameStart < to && hasFlag(token, Flag.PersonNoun));
		// A particle right after a capital joins two parts of the name ("Anna van Lenk"; not yet two particles, "von der"): asked only of words that are not name words
		if (!nameWord && !(nameStart < to && nameStart - 1 > start && tokens[nameStart - 2]!.cap && nameParticles.has(token.lower))) break;
		nameStart--;
	}

	// "Secretary of State Ada Brill": the word after a title's "of" completes the title when a full name follows
	if (to - nameStart >= 3 && nameStart - 2 >= start && tokens[nameStart - 1]!.lower === 'of' && isTitle(tokens[nameStart - 2]!)) nameStart++;
	return nameStart;
}
