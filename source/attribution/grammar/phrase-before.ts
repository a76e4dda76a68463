/** The speaker phrase that ends just before a cue: "Russian Security Council Secretary Nikolai Patrushev said". */
import {askedWords, asideOpeners, clauseWords, documentHeads, documentNouns, issueVerbs, timeNouns, groupLinks, linkAdjectives, placePrepositions, whoWords} from '../lexicon/index.js';
import {textOf, type Token, type TokenText} from '../text/tokens.js';
import {Flag, hasFlag, startsWithDigit} from '../text/word-flags.js';
import {descriptionOf, isPersonName, isTitle, type Mention, namedBy, newMention, phraseText, withoutArticle} from './mention.js';
import {analysePhrase} from './phrase.js';
import {canExtend, canHead, isAppositionMark, joinsTitles, isComplementOf, isGroupNoun, isQuantity, isSmallNumber, maxPhrase, shareStart} from './phrase-words.js';

/** Tokens [floor, last] before a cue, with what stood between them and the cue: a parenthesis, appositions. */
type BeforeCue = {
	tokens: Token[];
	floor: number;
	tokenText: TokenText;
	/** Whether "Ivo Marsh of Vale" may be split into a name and where it is from. */
	splitOf: boolean;
	/** The phrase's last token, before any parenthesis and appositions. */
	last: number;
	/** The appositions as a role: ", a spokesperson for the ministry,". */
	role: string | undefined;
	/** The apposition next to the cue when it starts with a capital (perhaps the name of the one described before it), or -1. */
	namedFrom: number;
	namedTo: number;
};

/** A rule reads the tokens before a cue and returns the speaker it finds, or nothing for the next rule to try. */
type BeforeCueRule = (view: BeforeCue) => Mention | undefined;

/** "About 4 in 10 say": a share of people speaks as a group. */
const shareOfPeople: BeforeCueRule = ({tokens, floor, tokenText, last}) => {
	const share = shareStart(tokens, last + 1, floor);
	return share === -1 ? undefined : descriptionOf(tokens, share, last + 1, 'people', tokenText);
};

/** "Officials in Beijing said", "sources familiar with the talks said": a group and where it is from. */
const groupAndPlace: BeforeCueRule = ({tokens, floor, tokenText, last, role}) => {
	const group = groupBefore(tokens, last + 1, floor, tokenText);
	if (group && role) group.role = role;
	return group;
};

/** "Those surveyed said", "voters polled in Vale said": the people asked speak, not where they were asked. */
const peopleAsked: BeforeCueRule = ({tokens, floor, tokenText, last}) => {
	for (let k = last; k - 1 >= floor && last - k < 5 && tokens[k]!.kind === 'word'; k--) {
		if (!askedWords.has(tokens[k]!.lower)) continue;
		const head = tokens[k - 1]!;
		if (head.lower === 'those') return descriptionOf(tokens, k - 1, last + 1, 'people', tokenText);
		if (!isGroupNoun(head)) return undefined;
		const group = phraseBefore(tokens, k, floor, tokenText, false);
		return group?.to === k ? descriptionOf(tokens, group.from, last + 1, head.lower, tokenText) : undefined;
	}

	return undefined;
};

/**
 * "A court filing released Thursday says", "the report published last week said": a document, the verb that issued
 * it and when, before the cue: the document speaks (the time is no name).
 */
const documentIssued: BeforeCueRule = ({tokens, floor, tokenText, last}) => {
	let k = last;
	while (k > floor && last - k < 3 && (timeNouns.has(tokens[k]!.lower) || tokens[k]!.lower === 'last')) k--;
	if (k <= floor || !issueVerbs.has(tokens[k]!.lower)) return undefined;
	const noun = tokens[k - 1]!;
	if (noun.cap || !(documentHeads.has(noun.lower) || documentNouns.has(noun.lower))) return undefined;
	const document = phraseBefore(tokens, k, floor, tokenText, false);
	return document?.to === k ? descriptionOf(tokens, document.from, last + 1, noun.lower, tokenText) : undefined;
};

/** A noun phrase headed by its last word: a name, a description, a pronoun, with the appositions as its role. */
const headedPhrase: BeforeCueRule = (view) => {
	const {tokens, tokenText, last} = view;
	if (last < view.floor || !canHead(tokens[last]!)) return undefined;
	const to = last + 1;
	if (hasFlag(tokens[last]!, Flag.SubjectPronoun)) return analysePhrase(tokens, last, to, tokenText);
	const from = phraseStart(view, to);
	if (typeof from !== 'number') return from;
	return withAppositions(view, partOf(tokens, from, view.floor, analysePhrase(tokens, from, to, tokenText), tokenText));
};

/** Most people named in one group. */
const maxMembers = 8;

/**
 * "Senators Ada Voss, Ivo Marsh and Lena Holt wrote", "Voss and Marsh said": several people named together speak
 * together, one group whose members are the people (a plural title before them is the group's role). Every member must
 * be a person's name: "Acme Corp and Lenk Ltd" is left to the other rules.
 */
const namedGroup: BeforeCueRule = ({tokens, floor, tokenText, last, role}) => {
	if (role !== undefined || last < floor || !isPersonName(tokens[last]!)) return undefined;
	const members: Mention[] = [];
	let end = last + 1;
	/** Where the first member found so far starts. */
	let from = end;
	while (members.length < maxMembers) {
		let start = end;
		while (start - 1 >= floor && end - start < 5 && (isTitle(tokens[start - 1]!) || (isPersonName(tokens[start - 1]!) && !hasFlag(tokens[start - 1]!, Flag.RoleNoun)))) start--;
		const member = start < end ? analysePhrase(tokens, start, end, tokenText) : undefined;
		// "On Monday, Ada Voss and Ivo Marsh": what comes before the comma may be no member
		if (member?.kind !== 'name' || member.organisation) {
			if (members.length < 2) return undefined;
			break;
		}

		from = start;
		members.unshift(member);
		const separator = tokens[from - 1];
		// The last member follows "and" (", and"), the others a comma
		if (members.length === 1 && separator?.lower === 'and') end = tokens[from - 2]?.text === ',' ? from - 2 : from - 1;
		else if (members.length > 1 && separator?.text === ',' && member.role === undefined) end = from - 1;
		else break;
	}

	if (members.length < 2) return undefined;
	// "Senators Ada Voss, ...": a plural role noun before the first name is the group's role
	const plural = from - 1 >= floor && isGroupNoun(tokens[from - 1]!) ? from - 1 : from;
	const names = members.map((member) => member.name!);
	const group = newMention('name', plural, last + 1, `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`);
	group.members = members;
	if (plural < from) group.role = tokens[plural]!.text;
	return group;
};

/** The rules of phraseBefore(), in order, once a parenthesis and appositions are read. */
const beforeCueRules: readonly BeforeCueRule[] = [shareOfPeople, peopleAsked, documentIssued, groupAndPlace, namedGroup, headedPhrase];

/**
 * The speaker phrase that ends just before `end`, walking back no further than `floor`:
 * "Russian Security Council Secretary Nikolai Patrushev", "the spokesman", "he".
 * An apposition between the name and the cue ("Wu Qian, spokesperson for ..., said") becomes the role.
 */
export function phraseBefore(tokens: Token[], end: number, floor: number, tokenText: TokenText, splitOf = true): Mention | undefined {
	const view = trimmed(tokens, end, floor, tokenText, splitOf);
	if (!view) return undefined;
	for (const rule of beforeCueRules) {
		const mention = rule(view);
		if (mention) return mention;
	}

	return undefined;
}

/** The tokens before `end` without a parenthesis ("Ted Cruz (R-Texas) said") and appositions; undefined if one is unclosed. */
function trimmed(tokens: Token[], end: number, floor: number, tokenText: TokenText, splitOf: boolean): BeforeCue | undefined {
	const view: BeforeCue = {tokens, floor, tokenText, splitOf, last: end - 1, role: undefined, namedFrom: -1, namedTo: -1};
	if (view.last >= floor && tokens[view.last]!.text === ')') {
		let k = view.last - 1;
		while (k >= floor && tokens[k]!.text !== '(' && view.last - k < 12) k--;
		if (k < floor || tokens[k]!.text !== '(') return undefined;
		view.last = k - 1;
	}

	if (view.last >= floor && isAppositionMark(tokens[view.last]!) && !readAppositions(view)) return undefined;
	return view;
}

/**
 * Up to three appositions between a name and its cue, read into the view: ", a spokesperson for the ministry,",
 * ", 31,", ", who ...,", "— a teacher —". False when the one next to the cue is none.
 */
function readAppositions(view: BeforeCue): boolean {
	const {tokens, floor} = view;
	for (let count = 0; count < 3; count++) {
		const closing = view.last;
		const k = appositionStart(tokens, closing, floor, count === 0);
		if (count === 0 && k !== -1 && skipsPlace(view, k)) continue;
		const kind = k === -1 ? undefined : appositionKind(tokens, k + 1, closing, count === 0);
		if (kind === undefined) {
			if (count === 0) return false;
			break;
		}

		if (kind === 'role') view.role ??= withoutArticle(phraseText(tokens, k + 1, closing, view.tokenText));
		if (count === 0 && tokens[k + 1]!.cap) {
			view.namedFrom = k + 1;
			view.namedTo = closing;
		}

		view.last = k;
	}

	view.last--;
	return true;
}

/**
 * ", of Brell, Ala.,", ", retired in Brell, Mass.,": when the apposition next to the cue (opening at `k`) is a state or
 * a country after a place, the place's segment and it are one apposition, and neither speaks: both are skipped (the
 * view's last token moves before them), kept as the role when the segment opens with its preposition or a determiner.
 */
function skipsPlace(view: BeforeCue, k: number): boolean {
	const {tokens, floor} = view;
	const closing = view.last;
	if (closing - k > 4 || !tokens[k + 1]!.cap) return false;
	const place = placeSegmentStart(tokens, k, floor);
	if (place === -1) return false;
	const opener = tokens[place + 1]!;
	if (placePrepositions.has(opener.lower) || hasFlag(opener, Flag.Determiner)) view.role ??= phraseText(tokens, place + 1, closing, view.tokenText);
	view.last = place;
	return true;
}

/**
 * When the comma at `comma` closes "<preposition> <Capitalised words>" (", retired in Brell" before ", Mass.,"),
 * the comma that opens that segment, within 40 tokens; else -1.
 */
function placeSegmentStart(tokens: Token[], comma: number, floor: number): number {
	let k = comma - 1;
	if (k <= floor || !tokens[k]!.cap || tokens[k]!.kind !== 'word') return -1;
	while (k > floor && tokens[k]!.kind === 'word' && tokens[k]!.cap && comma - k < 5) k--;
	if (!placePrepositions.has(tokens[k]!.lower)) return -1;
	while (k > floor && comma - k < 40 && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'quote') k--;
	// ", Ivo Marsh of Brell, Mich.,": a segment that opens with a capital names someone (phraseStart splits off the place)
	return k > floor && tokens[k]!.text === ',' && !tokens[k + 1]!.cap ? k : -1;
}

/** The mark that opens the apposition the mark at `i` closes, or -1. */
function appositionStart(tokens: Token[], i: number, floor: number, nextToCue: boolean): number {
	const mark = tokens[i]!.text;
	let k = i - 1;
	while (k >= floor && tokens[k]!.text !== mark && tokens[k]!.kind !== 'quote' && i - k < 40) k--;
	if (k <= floor || tokens[k]!.text !== mark) return -1;
	// ", who lost her home in Aurora, Colorado, in 2012,": a who-clause may hold commas of its own
	const clause = nextToCue ? whoClauseStart(tokens, i, floor) : -1;
	return clause > floor ? clause : k;
}

/**
 * What the apposition of tokens [from, to) (its closing mark at `to`) is: a clause (", who ...,"),
 * an age (", 31,"), a role, or none. The one next to the cue may be a bare title or a name ("Wu Qian, spokesperson ...");
 * farther ones must look like a role.
 */
function appositionKind(tokens: Token[], from: number, to: number, nextToCue: boolean): 'clause' | 'aside' | 'age' | 'role' | undefined {
	const first = tokens[from]!;
	if (clauseWords.has(first.lower)) return 'clause';
	if (isAside(first)) return 'aside';
	if (isSmallNumber(first.text) && to - from === 1) return 'age';
	const word = first.kind === 'word';
	const looksLikeRole = hasFlag(first, Flag.Determiner) || (word && !first.cap && isTitle(first)) || (nextToCue && word && (first.cap || isTitle(first) || titledSoon(tokens, from, to)));
	return looksLikeRole ? 'role' : undefined;
}

/** ", in a statement,", ", however,", ", wearing a hard hat,": an aside in lower case that says when, where or how, never who. */
const isAside = (first: Token): boolean => first.kind === 'word' && !first.cap && (asideOpeners.has(first.lower) || (first.lower.endsWith('ing') && !hasFlag(first, Flag.RoleNoun)));

/** ", national director of the River Fund,", ", senior fellow at ...,": a title or role noun among the first three lower-case words. */
function titledSoon(tokens: Token[], from: number, to: number): boolean {
	for (let k = from; k < to && k - from < 3; k++) {
		const token = tokens[k]!;
		if (token.kind !== 'word' || token.cap) return false;
		if (hasFlag(token, Flag.Title | Flag.RoleNoun)) return true;
	}

	return false;
}

/** The comma that opens ", who ..." within 40 tokens before `end`, or -1. */
function whoClauseStart(tokens: Token[], end: number, floor: number): number {
	for (let k = end - 1; k > floor && end - k < 40; k--) {
		if (tokens[k]!.kind === 'quote') return -1;
		if (tokens[k]!.text === ',' && whoWords.has(tokens[k + 1]?.lower ?? '')) return k;
	}

	return -1;
}

/**
 * Where the phrase ending before `to` starts, walking back over words it may hold: "Secretary of State John Kerry",
 * "head of the Commission", "a spokeswoman for the Defense Ministry". Or, for "Ivo Marsh of Vale", the person.
 */
function phraseStart(view: BeforeCue, to: number): number | Mention {
	const {tokens, floor} = view;
	let from = to - 1;
	while (from - 1 >= floor && to - from < maxPhrase) {
		const token = tokens[from - 1]!;
		if (hasFlag(token, Flag.Determiner) && !token.text.endsWith("'s")) {
			from--;
			// "a spokeswoman for the Defense Ministry": the organisation is the title's complement
			if (from - 2 >= floor && isComplementOf(tokens, from - 1)) continue;
			break;
		}

		if (from - 2 >= floor && (isComplementOf(tokens, from - 1) || linksCapitals(tokens, from))) {
			const named = view.splitOf && token.text === 'of' && isPersonName(tokens[from - 2]!) ? nameBeforeOf(view, from, to) : undefined;
			if (named) return named;
			from--;
			continue;
		}

		// "Deputy Premier and Foreign Minister Ari Sol": two offices of one person
		if (from - 2 >= floor && joinsTitles(tokens, from - 1, floor)) {
			from--;
			continue;
		}

		if (!canExtend(token)) {
			// "more than 4 in 10 voters": the share belongs to the phrase
			const share = shareStart(tokens, from, floor);
			return share === -1 ? from : share;
		}

		from--;
	}

	return from;
}

/** Whether tokens[from - 1] is "of" or "for" between capitals, or a capital and a determiner: "Minister of Defence", "Head of the". */
function linksCapitals(tokens: Token[], from: number): boolean {
	const token = tokens[from - 1]!;
	return (token.lower === 'of' || token.lower === 'for') && tokens[from - 2]!.cap && (tokens[from]!.cap || hasFlag(tokens[from]!, Flag.Determiner));
}

/** "Ivo Marsh of Vale said": a name before "of" is the speaker, and what follows says where from. */
function nameBeforeOf(view: BeforeCue, from: number, to: number): Mention | undefined {
	const named = phraseBefore(view.tokens, from - 1, view.floor, view.tokenText, false);
	if (named?.kind !== 'name') return undefined;
	named.role ??= textOf(view.tokens, from - 1, to, view.tokenText);
	return named;
}

/** The phrase with the appositions read before its cue: as its role, or, for "Brill's spokeswoman, Lena Voss,", as the person. */
function withAppositions(view: BeforeCue, mention: Mention | undefined): Mention | undefined {
	if (mention?.kind === 'description' && view.namedFrom !== -1) {
		const person = analysePhrase(view.tokens, view.namedFrom, view.namedTo, view.tokenText);
		if (person?.kind === 'name' && !person.organisation) return namedBy(person, mention);
	}

	const {role} = view;
	if (mention && role) mention.role = mention.role ? `${mention.role}, ${role}` : role;
	return mention;
}

/**
 * "Officials in Beijing", "residents of Vale", "sources familiar with the talks": a group and where it is
 * from, ending just before `end`. The group speaks, not the place: a description from the group's first
 * word, headed by the group noun. Undefined unless a group noun and its link come within a few words.
 */
function groupBefore(tokens: Token[], end: number, floor: number, tokenText: TokenText): Mention | undefined {
	for (let link = end - 2; link - 1 >= floor && end - link <= 6; link--) {
		const token = tokens[link]!;
		if (token.kind !== 'word') return undefined;
		if (!groupLinks.has(token.lower)) continue;
		let head = link - 1;
		// An adjective between the group and its link; "with" needs one, "to" may ("aides to")
		if (linkAdjectives.get(token.lower) === tokens[head]!.lower) head--;
		else if (token.lower === 'with') continue;

		if (head < floor || !isGroupNoun(tokens[head]!)) continue;
		const group = phraseBefore(tokens, head + 1, floor, tokenText, false);
		if (group?.kind !== 'description' || group.to !== head + 1) return undefined;
		return descriptionOf(tokens, group.from, end, group.head!, tokenText);
	}

	return undefined;
}

/** "Most of the vulnerable Lune senators", "one of his aides": a part of a plural group speaks, not the whole group. */
function partOf(tokens: Token[], from: number, floor: number, mention: Mention | undefined, tokenText: TokenText): Mention | undefined {
	if (!mention || (mention.kind !== 'description' && !isGroupNoun(tokens[mention.to - 1]!))) return mention;
	// The phrase may have taken the "of" in: "of Lune voters" after "45%"
	const of = tokens[from]!.lower === 'of' ? from : from - 1;
	if (of - 1 < floor || tokens[of]!.lower !== 'of') return mention;
	let start = of - 1;
	// "45% of Lune voters": a number and a percent sign are a part too
	if (tokens[start]!.text === '%' && start - 1 >= floor && startsWithDigit(tokens[start - 1]!.text)) start--;
	else if (!isQuantity(tokens[start]!)) return mention;
	// "a majority of", "the majority of"
	if (start - 1 >= floor && hasFlag(tokens[start - 1]!, Flag.Determiner)) start--;
	return descriptionOf(tokens, start, mention.to, mention.head ?? tokens[mention.to - 1]!.lower, tokenText);
}
