import {type Source, textOf, type Token} from '../text/tokens.js';
import {Flag, hasFlag, startsWithDigit} from '../text/word-flags.js';

/** A noun phrase that can be a speaker, as found next to a cue. */
export type Mention = {
	kind: 'name' | 'pronoun' | 'description';
	/** Token range [from, to) of the phrase. */
	from: number;
	to: number;
	/** The phrase as written: "Russian Security Council Secretary Nikolai Patrushev", "he", "the spokesman". */
	text: string;
	/** For names: the name without titles ("Nikolai Patrushev"). */
	name?: string;
	/** For names: the lower case of each token of the name, the token's own string; Registry.named takes the array over for the name's words. */
	nameLowers?: string[];
	/** Titles before the name, or an apposition ("Russian Security Council Secretary"). */
	role?: string;
	/** For descriptions: the head noun ("spokesman"). For pronouns: the pronoun. */
	head?: string;
	organisation?: boolean;
	honorific?: 'm' | 'f';
};

/** Every mention has every field, so that the rules reading them see one object shape. */
function newMention(kind: Mention['kind'], from: number, to: number, text: string): Mention {
	return {kind, from, to, text, name: undefined, nameLowers: undefined, role: undefined, head: undefined, organisation: false, honorific: undefined};
}

/** A description of tokens [from, to) with its head noun: "the foreign ministry spokesperson" (spokesperson). */
function describe(tokens: Token[], from: number, to: number, head: string, source: Source): Mention {
	const mention = newMention('description', from, to, phraseText(tokens, from, to, source));
	mention.head = head;
	return mention;
}

const connectors = new Set(['de', 'van', 'von', 'der', 'da', 'del', 'di', 'du', 'le', 'la', 'bin', 'al', 'el', 'ibn', 'dos', 'das']);
/** A Map, not an object: looking up every phrase's first word as a property name cost more than the rest of analysePhrase's checks. */
const honorifics = new Map<string, 'm' | 'f'>([['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'], ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f']]);

/** A token's lower case never ends in a period (tokenize keeps an abbreviation's period out of it), so no stripping is needed. */
export const isTitle = (token: Token): boolean => hasFlag(token, Flag.Title);

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/**
 * The text of tokens [from, to), as textOf(): a single token's is its own string, shared by all its
 * occurrences (its hash kept for the look-ups of names, aliases and descriptions), not a new one.
 */
const phraseText = (tokens: Token[], from: number, to: number, source: Source): string => (to - from === 1 ? tokens[from]!.text : textOf(tokens, from, to, source));
/** A capitalised word that can be part of a name. */
export const isNameWord = (token: Token): boolean => token.kind === 'word' && token.cap && hasFlag(token, Flag.Nameable);


/** Whether a character is white space to a pattern (\s). */
const isPatternSpace = (code: number): boolean =>
	code === 0x20 ||
	(code >= 0x09 && code <= 0x0d) ||
	(code >= 0xa0 && (code === 0xa0 || code === 0x16_80 || (code >= 0x20_00 && code <= 0x20_0a) || code === 0x20_28 || code === 0x20_29 || code === 0x20_2f || code === 0x20_5f || code === 0x30_00 || code === 0xfe_ff));

/** The character at i, or 0 past the end (reading past it would deoptimise the caller). */
const codeAt = (text: string, i: number): number => (i < text.length ? text.charCodeAt(i) : 0);

/** The length of a leading "a", "an" or "the" (in any case) that white space follows, or 0. */
function articleLength(text: string): number {
	const first = codeAt(text, 0) | 0x20;
	if (first === 0x61) {
		if (isPatternSpace(codeAt(text, 1))) return 1;
		return (codeAt(text, 1) | 0x20) === 0x6e && isPatternSpace(codeAt(text, 2)) ? 2 : 0;
	}

	return first === 0x74 && (codeAt(text, 1) | 0x20) === 0x68 && (codeAt(text, 2) | 0x20) === 0x65 && isPatternSpace(codeAt(text, 3)) ? 3 : 0;
}

/**
 * A phrase's text without a leading article and the white space after it ("spokesperson for the
 * ministry"), as text.replace(/^(?:a|an|the)\s+/i, '') makes it: by character codes, as the pattern
 * cost more than the rest of the role it was asked of.
 */
export function withoutArticle(text: string): string {
	let end = articleLength(text);
	if (end === 0) return text;
	while (isPatternSpace(codeAt(text, end))) end++;
	return text.slice(end);
}

/** Whether a word ends in a possessive 's or ’s ("Smith's"): two character codes, not two calls of endsWith() per name word. */
export const isPossessive = (text: string): boolean => {
	const last = text.length - 1;
	return last > 0 && text.charCodeAt(last) === 0x73 && (text.charCodeAt(last - 1) === 0x27 || text.charCodeAt(last - 1) === 0x20_19);
};

/** Splits "Russian Security Council Secretary Nikolai Patrushev" into role and name. */
export function analysePhrase(tokens: Token[], from: number, to: number, source: Source): Mention | undefined {
	let start = from;
	let determiner = false;
	while (start < to && hasFlag(tokens[start]!, Flag.Determiner) && !tokens[start]!.text.endsWith("'s")) {
		start++;
		determiner = true;
	}

	if (start >= to) return undefined;
	const last = tokens[to - 1]!;
	if (to - start === 1 && hasFlag(last, Flag.SubjectPronoun) && !determiner) {
		const pronoun = newMention('pronoun', from, to, last.text);
		pronoun.head = last.lower;
		return pronoun;
	}

	if (describedByFirst(tokens, start, to)) return describe(tokens, from, to, tokens[start]!.lower, source);

	// The name is the trailing run of capitalised words that are not titles
	let nameStart = to;
	while (nameStart > start) {
		const token = tokens[nameStart - 1]!;
		const nameWord = isNameWord(token) && !isTitle(token) && !isPossessive(token.text);
		// A connector joins two parts of the name ("Ursula von der Leyen"): asked only of words that are not name words
		if (!nameWord && !(nameStart < to && nameStart - 1 > start && tokens[nameStart - 2]!.cap && connectors.has(token.lower))) break;
		nameStart--;
	}

	// "Secretary of State Ada Brill": the word after a title's "of" completes the title when a full name follows
	if (to - nameStart >= 3 && nameStart - 2 >= start && tokens[nameStart - 1]!.lower === 'of' && isTitle(tokens[nameStart - 2]!)) nameStart++;
	// "the Wisconsin Republican" is a person described by party, not an organisation
	if (determiner && last.cap && hasFlag(last, Flag.PersonNoun) && !hasFlag(last, Flag.Title)) return describe(tokens, from, to, last.lower, source);

	// "the Lunar Society" is an organisation; "the billionaire businessman Rolf Kade" is a person
	let describedPerson = false;
	for (let k = start; k < to && !describedPerson; k++) describedPerson = !tokens[k]!.cap && hasFlag(tokens[k]!, Flag.Title | Flag.PersonNoun);
	const organisationWord = hasFlag(last, Flag.Organisation);
	const organisation = organisationWord || (determiner && last.cap && tokens[from]!.lower === 'the' && !describedPerson);
	if (nameStart < to && !organisation) {
		// The titles before the name, without the honorific ("Mr.")
		const honorific = honorifics.get(tokens[start]!.lower);
		const roleStart = honorific ? start + 1 : start;
		const role = roleStart < nameStart ? phraseText(tokens, roleStart, nameStart, source) : undefined;
		const text = phraseText(tokens, from, to, source);
		const mention = newMention('name', from, to, text);
		// The whole phrase, mostly: its text is the name's
		mention.name = nameStart === from ? text : phraseText(tokens, nameStart, to, source);
		mention.nameLowers = lowersOf(tokens, nameStart, to);
		if (role) mention.role = role;
		if (honorific) mention.honorific = honorific;
		return mention;
	}

	if (organisation && last.cap) {
		const text = phraseText(tokens, from, to, source);
		const mention = newMention('name', from, to, text);
		mention.name = start === from ? text : phraseText(tokens, start, to, source);
		mention.nameLowers = lowersOf(tokens, start, to);
		mention.organisation = true;
		return mention;
	}

	if (hasFlag(last, Flag.RoleNoun | Flag.Title)) {
		// A token's lower case never ends in a period (see isTitle)
		const mention = describe(tokens, from, to, last.lower, source);
		mention.organisation = organisationWord;
		return mention;
	}

	return undefined;
}

/** The lower case of tokens [from, to). */
function lowersOf(tokens: Token[], from: number, to: number): string[] {
	const lowers = new Array<string>(to - from);
	for (let k = from; k < to; k++) lowers[k - from] = tokens[k]!.lower;
	return lowers;
}

/** Whether a token can sit inside a speaker's noun phrase. */
function canExtend(token: Token): boolean {
	if (token.kind !== 'word') return false;
	// A capitalised "Will" is a name even though its lower case is a function word
	if ((hasFlag(token, Flag.PhraseBoundary) && !(token.cap && isNameWord(token))) || hasFlag(token, Flag.SubjectPronoun)) return false;
	if (hasFlag(token, Flag.MalePronoun) && token.lower !== 'his') return false;
	// "Citing the report, Smith said": a verb form is never part of the speaker's name
	if (hasFlag(token, Flag.Reporting) && !hasFlag(token, Flag.RoleNounExact)) return false;
	return !hasFlag(token, Flag.DayOrMonth) && !startsWithDigit(token.text);
}

/** A lower-case word ending like a finite verb ("travels", "voted") that is not a role noun ("officials"). */
function looksLikeVerb(token: Token): boolean {
	const word = token.lower;
	return (word.endsWith('s') && !word.endsWith('ss') && !hasFlag(token, Flag.RoleNoun)) || (word.endsWith('ed') && !isTitle(token));
}

/** A capitalised word of a person's name, not a title: "Marsh" in "Ivo Marsh of Vale", not "Secretary" in "Secretary of State". */
/** Whether tokens[i], a word in lower case, stands between two name words and is no role, title or name particle ("met"). */
function betweenNames(tokens: Token[], i: number, ceiling: number): boolean {
	const token = tokens[i]!;
	return i > 0 && i + 1 < ceiling && isNameWord(tokens[i - 1]!) && isNameWord(tokens[i + 1]!) && !hasFlag(token, Flag.RoleNoun | Flag.Title | Flag.Determiner) && !connectors.has(token.lower);
}

const isPersonName = (token: Token): boolean => isNameWord(token) && !isTitle(token) && !hasFlag(token, Flag.Organisation);

const isAppositionMark = (token: Token): boolean => token.text === ',' || token.text === '—' || token.text === '--' || token.text === '–' || token.text === '-';

/**
 * Patterns and word lists are module constants: a literal makes a new object each time it is
 * evaluated, for every phrase looked at.
 */
const upToThreeDigits = /^\d{1,3}$/;
const whoWords = ['who', 'whose'];
/** Words that open an apposition that is no role: ", who ...,", ", including Smith,". */
const clauseWords = ['who', 'whom', 'whose', 'which', 'including', 'like', 'among', 'especially', 'notably'];

/** The comma that opens ", who ..." within 40 tokens before `end`, or -1. */
function whoClauseStart(tokens: Token[], end: number, floor: number): number {
	for (let k = end - 1; k > floor && end - k < 40; k--) {
		if (tokens[k]!.kind === 'quote') return -1;
		if (tokens[k]!.text === ',' && whoWords.includes(tokens[k + 1]?.lower ?? '')) return k;
	}

	return -1;
}

/** Whether a token can end a speaker's noun phrase (its head). */
function canHead(token: Token): boolean {
	if (token.kind !== 'word') return false;
	if (hasFlag(token, Flag.SubjectPronoun)) return true;
	return isNameWord(token) || hasFlag(token, Flag.RoleNoun | Flag.Title);
}

const maxPhrase = 10;

const countWords = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const isCount = (token: Token | undefined): boolean => token !== undefined && token.kind === 'word' && (countWords.has(token.lower) || upToThreeDigits.test(token.text));
const shareModifiers = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'some', 'more', 'fewer', 'less', 'than', 'over', 'under', 'just', 'only']);

/** Start of a share of people ending just before `end` ("about 4 in 10", "more than six in 10"), or -1. */
function shareStart(tokens: Token[], end: number, floor: number): number {
	if (end - 3 < floor || !isCount(tokens[end - 1]) || tokens[end - 2]!.lower !== 'in' || !isCount(tokens[end - 3])) return -1;
	let from = end - 3;
	while (from - 1 >= floor && end - from < 6 && shareModifiers.has(tokens[from - 1]!.lower)) from--;
	return from;
}

/** Small words inside the name of a place or an institution: "of the University of Lune". */
const placeLinks = new Set(['of', 'for', 'the']);

/** Plural nouns that, capitalised, name a party's members as a name does: "Democrats said". */
const parties = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'independents', 'progressives', 'socialists', 'greens', 'tories', 'libertarians']);

/** Words between a group and where it is: "officials in Beijing", "residents of Vale", "sources familiar with", "close to". */
const groupLinks = new Set(['in', 'at', 'on', 'from', 'of', 'with', 'to']);
/** The adjective a group's link may follow: "familiar with", "close to". */
const linkAdjectives = new Map([['with', 'familiar'], ['to', 'close']]);

/** "officials", "residents", "Republicans": a plural noun of people, not of an organisation. */
const isGroupNoun = (token: Token): boolean =>
	token.kind === 'word' && (token.lower === 'police' || (token.lower.endsWith('s') && hasFlag(token, Flag.RoleNoun) && !hasFlag(token, Flag.Organisation | Flag.Title)));

/**
 * "Officials in Beijing", "residents of Vale", "sources familiar with the talks": a group and where it is
 * from, ending just before `end`. The group speaks, not the place: a description from the group's first
 * word, headed by the group noun. Undefined unless a group noun and its link come within a few words.
 */
function groupBefore(tokens: Token[], end: number, floor: number, source: Source): Mention | undefined {
	for (let link = end - 2; link - 1 >= floor && end - link <= 6; link--) {
		const token = tokens[link]!;
		if (token.kind !== 'word') return undefined;
		if (!groupLinks.has(token.lower)) continue;
		let head = link - 1;
		// An adjective between the group and its link; "with" needs one, "to" may ("aides to")
		if (linkAdjectives.get(token.lower) === tokens[head]!.lower) head--;
		else if (token.lower === 'with') continue;

		if (head < floor || !isGroupNoun(tokens[head]!)) continue;
		const group = phraseBefore(tokens, head + 1, floor, source, false);
		if (group?.kind !== 'description' || group.to !== head + 1) return undefined;
		return describe(tokens, group.from, end, group.head!, source);
	}

	return undefined;
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

/** Words for a part of a group: "most of", "one of", "three-quarters of", "a majority of". */
const quantities = new Set(['most', 'many', 'some', 'several', 'few', 'all', 'both', 'each', 'none', 'half', 'majority', 'minority', 'dozens', 'hundreds', 'thousands', 'millions', 'third', 'quarter', 'fifth', ...countWords]);
const fraction = /^(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)$/;
const isQuantity = (token: Token): boolean => quantities.has(token.lower) || fraction.test(token.lower);

/** "Most of the vulnerable Lune senators", "one of his aides": a part of a plural group speaks, not the whole group. */
function partOf(tokens: Token[], from: number, floor: number, mention: Mention | undefined, source: Source): Mention | undefined {
	if (!mention || (mention.kind !== 'description' && !isGroupNoun(tokens[mention.to - 1]!)) || from - 2 < floor || tokens[from - 1]!.lower !== 'of' || !isQuantity(tokens[from - 2]!)) return mention;
	let start = from - 2;
	// "a majority of", "the majority of"
	if (start - 1 >= floor && hasFlag(tokens[start - 1]!, Flag.Determiner)) start--;
	return describe(tokens, start, mention.to, mention.head ?? tokens[mention.to - 1]!.lower, source);
}

/** Whether tokens[k] is "of", "for" or "from" after a title: "spokeswoman for", "senator from". */
function isComplementOf(tokens: Token[], k: number): boolean {
	const lower = tokens[k]!.lower;
	return (lower === 'of' || lower === 'for' || lower === 'from') && k > 0 && isTitle(tokens[k - 1]!);
}

/**
 * Whether the phrase tokens[start, to) is a description headed by its first word: a plural role noun alone,
 * whatever its capital ("Leaders meet in Lenk"; parties, "Democrats", stay names); a group and where it is from
 * ("Residents of Vale", "officials in Beijing"); a title in lower case (as written: a sentence's first word has
 * lost its capital by now) and its complement ("the senator from Lune", "a spokeswoman for the Defense Ministry").
 */
function describedByFirst(tokens: Token[], start: number, to: number): boolean {
	const first = tokens[start]!;
	if (to - start === 1) return isGroupNoun(first) && !(first.cap && parties.has(first.lower));
	if (start + 2 >= to) return false;
	return (isGroupNoun(first) && groupLinks.has(tokens[start + 1]!.lower)) || (first.text === first.lower && isComplementOf(tokens, start + 1));
}

/**
 * The speaker phrase that ends just before `end`, walking back no further than `floor`:
 * "Russian Security Council Secretary Nikolai Patrushev", "the spokesman", "he".
 * An apposition between the name and the cue ("Wu Qian, spokesperson for ..., said") becomes the role.
 */
export function phraseBefore(tokens: Token[], end: number, floor: number, source: Source, splitOf = true): Mention | undefined {
	let i = end - 1;
	let role: string | undefined;
	/** The apposition next to the cue, when it starts with a capital: perhaps the name of the one described before it. */
	let named: [number, number] | undefined;
	if (i >= floor && tokens[i]!.text === ')') {
		// "Ted Cruz (R-Texas) said": skip the parenthesis
		let k = i - 1;
		while (k >= floor && tokens[k]!.text !== '(' && i - k < 12) k--;
		if (k < floor || tokens[k]!.text !== '(') return undefined;
		i = k - 1;
	}

	// Appositions between name and cue, up to three: ", a spokesperson for the ministry,", ", 31,", ", who ...,", "— a teacher —"
	if (i >= floor && isAppositionMark(tokens[i]!)) {
		for (let count = 0; count < 3; count++) {
			const mark = tokens[i]!.text;
			let k = i - 1;
			while (k >= floor && tokens[k]!.text !== mark && tokens[k]!.kind !== 'quote' && i - k < 40) k--;
			if (k <= floor || tokens[k]!.text !== mark) {
				if (count === 0) return undefined;
				break;
			}

			// ", who lost her home in Aurora, Colorado, in 2012,": a who-clause may hold commas of its own
			const clause = count === 0 ? whoClauseStart(tokens, i, floor) : -1;
			if (clause > floor) k = clause;

			const first = tokens[k + 1]!;
			const isClause = clauseWords.includes(first.lower);
			const isAge = upToThreeDigits.test(first.text) && i - k === 2;
			// The segment next to the cue may be a bare title ("Wu Qian, spokesperson ..."); farther ones must look like one
			const looksLikeRole = isClause || isAge || hasFlag(first, Flag.Determiner) || (first.kind === 'word' && !first.cap && isTitle(first)) || (count === 0 && first.kind === 'word' && (first.cap || isTitle(first)));
			if (!looksLikeRole) {
				if (count === 0) return undefined;
				break;
			}

			if (!isClause && !isAge) role ??= withoutArticle(phraseText(tokens, k + 1, i, source));
			if (count === 0 && first.cap) named = [k + 1, i];
			i = k;
		}

		i--;
	}

	// "About 4 in 10 say": a share of people speaks as a group
	const share = shareStart(tokens, i + 1, floor);
	if (share !== -1) return describe(tokens, share, i + 1, 'people', source);

	const group = groupBefore(tokens, i + 1, floor, source);
	if (group) {
		if (role) group.role = role;
		return group;
	}

	if (i < floor || !canHead(tokens[i]!)) return undefined;
	const to = i + 1;
	if (hasFlag(tokens[i]!, Flag.SubjectPronoun)) return analysePhrase(tokens, i, to, source);
	let from = i;
	while (from - 1 >= floor && to - from < maxPhrase) {
		const token = tokens[from - 1]!;
		if (hasFlag(token, Flag.Determiner) && !token.text.endsWith("'s")) {
			from--;
			// "a spokeswoman for the Defense Ministry": the organisation is the title's complement
			if (from - 2 >= floor && isComplementOf(tokens, from - 1)) continue;
			break;
		}

		// "Secretary of State John Kerry", "head of the Commission", "the senator from Lune"
		if (from - 2 >= floor && (isComplementOf(tokens, from - 1) || ((token.lower === 'of' || token.lower === 'for') && tokens[from - 2]!.cap && (tokens[from]!.cap || hasFlag(tokens[from]!, Flag.Determiner))))) {
			// "Ivo Marsh of Vale": a name before "of" is the speaker, and what follows says where from
			if (splitOf && token.text === 'of' && isPersonName(tokens[from - 2]!)) {
				const named = phraseBefore(tokens, from - 1, floor, source, false);
				if (named?.kind === 'name') {
					named.role ??= textOf(tokens, from - 1, to, source);
					return named;
				}
			}

			from--;
			continue;
		}

		if (!canExtend(token)) {
			// "more than 4 in 10 voters": the share belongs to the phrase
			const share = shareStart(tokens, from, floor);
			if (share !== -1) from = share;
			break;
		}

		from--;
	}

	const mention = partOf(tokens, from, floor, analysePhrase(tokens, from, to, source), source);
	// "Brill's spokeswoman, Lena Voss, said": the description's person is named next to the cue
	if (mention?.kind === 'description' && named) {
		const person = analysePhrase(tokens, named[0], named[1], source);
		if (person?.kind === 'name' && !person.organisation) {
			person.role = withoutArticle(mention.text);
			person.from = mention.from;
			return person;
		}
	}

	if (mention && role && !mention.role) mention.role = role;
	else if (mention && role && mention.role) mention.role = `${mention.role}, ${role}`;
	return mention;
}

/**
 * The speaker phrase that starts at `start` ("said Sen. Ted Cruz", "according to the ministry"),
 * with a following apposition as its role ("said Mao Ning, a foreign ministry spokesperson").
 */
export function phraseAfter(tokens: Token[], start: number, ceiling: number, source: Source): Mention | undefined {
	let i = start;
	let lastHead = -1;
	/** Where "of" follows a person's name ("Ivo Marsh of the University of Lune"): what follows is the role. */
	let of = -1;
	while (i < ceiling && i - start < maxPhrase) {
		const token = tokens[i]!;
		if (i === start && hasFlag(token, Flag.Determiner)) {
			i++;
			continue;
		}

		if (token.text === 'of' && lastHead !== -1 && lastHead === i - 1 && isPersonName(tokens[i - 1]!) && !isTitle(tokens[start]!)) {
			of = i;
			break;
		}

		if ((token.lower === 'of' || token.lower === 'for') && lastHead !== -1 && !(token.text === 'of' && isPersonName(tokens[i - 1]!)) && isWord(tokens[i + 1]) && (tokens[i + 1]!.cap || hasFlag(tokens[i + 1]!, Flag.Determiner))) {
			i++;
			continue;
		}

		if (hasFlag(token, Flag.Determiner) && i > start && tokens[i - 1]!.lower !== 'of' && tokens[i - 1]!.lower !== 'for') break;
		if (!canExtend(token) && !(i === start && hasFlag(token, Flag.SubjectPronoun))) break;
		// "Smith travels", "Smith voted": a lower-case verb form after a name ends the phrase, and so does any lower-case word
		// between two names that is no role, title or name particle ("Oda Venn met Prime Minister Ari Sol")
		if (lastHead === i - 1 && !token.cap && (looksLikeVerb(token) || betweenNames(tokens, i, ceiling))) break;
		if (canHead(token)) lastHead = i;
		i++;
		if (hasFlag(token, Flag.SubjectPronoun)) break;
	}

	if (lastHead === -1) return undefined;
	const mention = analysePhrase(tokens, start, lastHead + 1, source);
	if (!mention) return undefined;
	if (of !== -1 && mention.kind === 'name') {
		let end = of + 1;
		while (end < ceiling && end - of < maxPhrase && tokens[end]!.kind === 'word' && (tokens[end]!.cap || placeLinks.has(tokens[end]!.lower))) end++;
		while (end > of + 1 && !tokens[end - 1]!.cap) end--;
		if (end > of + 1) {
			mention.role ??= phraseText(tokens, of, end, source);
			// The speaker's words in the sentence run to the role's end: none of it is reported speech
			mention.to = end;
		}
	}

	// "officials familiar with the system", "lawmakers on the Hill": where the group is from belongs to it
	if (isGroupNoun(tokens[lastHead]!)) {
		const end = groupPlaceEnd(tokens, lastHead + 1, ceiling);
		if (end !== -1) return describe(tokens, mention.from, end, tokens[lastHead]!.lower, source);
	}

	// "a worker named Ivo Marsh": the description names its person
	if (mention.kind === 'description' && tokens[lastHead + 1]?.lower === 'named') {
		let k = lastHead + 2;
		while (k < ceiling && k - lastHead < 6 && isNameWord(tokens[k]!)) k++;
		const named = k > lastHead + 2 ? analysePhrase(tokens, lastHead + 2, k, source) : undefined;
		if (named?.kind === 'name') {
			named.role = withoutArticle(mention.text);
			named.from = mention.from;
			return named;
		}
	}

	// ", a foreign ministry spokesperson" or ", John Smith" right after
	const comma = tokens[lastHead + 1];
	if (comma?.text === ',' && lastHead + 2 < ceiling) {
		let k = lastHead + 2;
		while (k < ceiling && tokens[k]!.kind === 'word' && k - lastHead < 30) k++;
		const apposition = analysePhrase(tokens, lastHead + 2, k, source);
		if (apposition?.kind === 'name' && mention.kind === 'description') {
			apposition.role = withoutArticle(mention.text);
			apposition.from = mention.from;
			return apposition;
		}

		if (apposition?.kind === 'description' && mention.kind === 'name' && !mention.role) {
			mention.role = withoutArticle(apposition.text);
		}
	}

	return mention;
}
