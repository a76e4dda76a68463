import {textOf, type Token, type TokenText, withoutFormat} from '../text/tokens.js';
import {Flag, hasFlag} from '../text/word-flags.js';

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
	/** For several named people who speak together ("Senators Ada Voss, Ivo Marsh and Lena Holt"): each one's name. */
	members?: Mention[] | undefined;
};

/** Every mention has every field, so that the rules reading them see one object shape. */
export function newMention(kind: Mention['kind'], from: number, to: number, text: string): Mention {
	return {kind, from, to, text, name: undefined, nameLowers: undefined, role: undefined, head: undefined, organisation: false, honorific: undefined, members: undefined};
}

/**
 * The text of tokens [from, to), as textOf(): a single token's is its own string, shared by all its
 * occurrences (so the look-ups of names, aliases and descriptions find its hash made), not a new one.
 */
export const phraseText = (tokens: Token[], from: number, to: number, tokenText: TokenText): string =>
	to - from === 1 ? tokens[from]!.text : textOf(tokens, from, to, tokenText);

/** A description of tokens [from, to) with its head noun: "the foreign ministry spokesperson" (spokesperson). */
export function descriptionOf(tokens: Token[], from: number, to: number, head: string, tokenText: TokenText): Mention {
	const mention = newMention('description', from, to, phraseText(tokens, from, to, tokenText));
	mention.head = head;
	return mention;
}

/** A name mention of tokens [from, to) whose name is tokens [nameFrom, to). */
export function nameOf(tokens: Token[], from: number, nameFrom: number, to: number, tokenText: TokenText): Mention {
	const text = phraseText(tokens, from, to, tokenText);
	const mention = newMention('name', from, to, text);
	// Format characters (ZWJ, ZWNJ, variation selectors) change how a name is drawn, not whose it is
	mention.name = withoutFormat(nameFrom === from ? text : phraseText(tokens, nameFrom, to, tokenText));
	mention.nameLowers = lowersOf(tokens, nameFrom, to);
	return mention;
}

/** nameOf() for a name that ends in a possessive ("Mayor Ada Voss's"): the person's name, without the 's or ’s. */
export function possessorNameOf(tokens: Token[], from: number, nameFrom: number, to: number, tokenText: TokenText): Mention {
	const mention = nameOf(tokens, from, nameFrom, to, tokenText);
	mention.name = mention.name!.replace(/['’]s$/, '');
	mention.nameLowers = mention.nameLowers!.map((word) => word.replace(/['’]s$/, ''));
	return mention;
}

/** The lower case of tokens [from, to). */
function lowersOf(tokens: Token[], from: number, to: number): string[] {
	const lowers = new Array<string>(to - from);
	for (let k = from; k < to; k++) lowers[k - from] = tokens[k]!.lower;
	return lowers;
}

/** A person named next to a description becomes the speaker, the description its role: "Brill's spokeswoman, Lena Voss". */
export function namedBy(person: Mention, description: Mention): Mention {
	person.role = withoutArticle(description.text);
	person.from = description.from;
	return person;
}

/** A token's lower case never ends in a period (tokenize keeps an abbreviation's period out of it). */
export const isTitle = (token: Token): boolean => hasFlag(token, Flag.Title);

export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';

/** A capitalised word that can be part of a name. */
export const isNameWord = (token: Token): boolean => token.kind === 'word' && token.cap && hasFlag(token, Flag.Nameable);

/** A capitalised word of a person's name, not a title or an organisation's word: "Marsh" in "Ivo Marsh of Vale". */
export const isPersonName = (token: Token): boolean => isNameWord(token) && !isTitle(token) && !hasFlag(token, Flag.Organisation);

/** Whether a character is white space to a pattern (\s). */
const isPatternSpace = (code: number): boolean =>
	code === 0x20 ||
	(code >= 0x09 && code <= 0x0d) ||
	(code >= 0xa0 && (code === 0xa0 || code === 0x16_80 || (code >= 0x20_00 && code <= 0x20_0a) || code === 0x20_28 || code === 0x20_29 || code === 0x20_2f || code === 0x20_5f || code === 0x30_00 || code === 0xfe_ff));

/** The character at i, or 0 past the end. */
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

/** A phrase's text without a leading article and the white space after it, as text.replace(/^(?:a|an|the)\s+/i, '') makes it. */
export function withoutArticle(text: string): string {
	let end = articleLength(text);
	if (end === 0) return text;
	while (isPatternSpace(codeAt(text, end))) end++;
	return text.slice(end);
}

/** Whether a word ends in a possessive 's or ’s ("Smith's"). */
export const isPossessive = (text: string): boolean => {
	const last = text.length - 1;
	return last > 0 && text.charCodeAt(last) === 0x73 && (text.charCodeAt(last - 1) === 0x27 || text.charCodeAt(last - 1) === 0x20_19);
};
