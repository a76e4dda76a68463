/** The second pass: names given in full anywhere in the article, learnt before attribution so that "Chen" finds "Chen Wenqing". */
import {isNameWord, isPossessive, isTitle, withoutArticle} from '../grammar/mention.js';
import {analysePhrase} from '../grammar/phrase.js';
import {articles} from '../lexicon/index.js';
import {textOf, type Token, type TokenText} from '../text/tokens.js';
import type {PreparedTokens} from '../text/units.js';
import {Flag, hasFlag} from '../text/word-flags.js';
import type {Registry} from './registry.js';

/** A word of a name or a title; in a line in title case ("Ada Brill Slams Ivo Marsh On ..."), a reporting verb separates two names. */
const inName = (token: Token) => (isNameWord(token) && !hasFlag(token, Flag.Reporting)) || isTitle(token);

/** Names of two words or more (with their titles) in a unit, entered in the registry at no position (-1). */
export function learnNames(registry: Registry, {tokens, tokenText}: PreparedTokens) {
	for (let i = 0; i < tokens.length; i++) {
		if (!inName(tokens[i]!)) continue;
		let j = i;
		while (j + 1 < tokens.length && inName(tokens[j + 1]!)) j++;
		const mention = analysePhrase(tokens, i, j + 1, tokenText);
		if (mention?.kind === 'name' && !mention.organisation && mention.name!.includes(' ')) {
			// "Chen Wenqing, a member of ... and head of ...,": the apposition is the role
			const role = tokens[j + 1]?.text === ',' && !mention.role ? (roleAfterComma(tokens, j + 2, tokenText) ?? roleBeforeComma(tokens, i, tokenText)) : undefined;
			if (role) mention.role = role;
			registry.named(mention, -1);
		}

		i = j;
	}
}

/** ", a member of the Political Bureau ...," → "member of the Political Bureau ..." when it names an office. */
function roleAfterComma(tokens: Token[], start: number, tokenText: TokenText): string | undefined {
	const first = tokens[start];
	if (first?.kind !== 'word' || !articles.has(first.lower)) return undefined;
	let end = start;
	let depth = 0;
	while (end < tokens.length && end - start < 60) {
		const token = tokens[end]!;
		if (token.text === '(') depth++;
		else if (token.text === ')') depth--;
		else if (depth === 0 && (token.text === ',' || token.text === '.' || token.text === ';' || token.kind === 'quote')) break;
		end++;
	}

	if (tokens[end]?.text !== ',' || !tokens.slice(start, end).some((token) => isTitle(token))) return undefined;
	return textOf(tokens, start + 1, end, tokenText);
}

/** Most tokens of a description before a name: "The Tull envoy to Lune, Ada Voss,". */
const maxRoleBefore = 8;

/**
 * "The Tull envoy to Lune, Ada Voss, ...", "Vale's envoy, Ada Voss, ...": a description with a title in lower case that
 * opens its sentence or clause, right before the name and its comma, is the name's role ("the envoy" then finds her).
 */
function roleBeforeComma(tokens: Token[], name: number, tokenText: TokenText): string | undefined {
	if (name < 2 || tokens[name - 1]!.text !== ',') return undefined;
	let start = name - 1;
	/** The last lower-case title, and whether only capitals and links follow it ("envoy to Lune", not "author of the book"). */
	let title = -1;
	while (start > 0 && name - start <= maxRoleBefore && tokens[start - 1]!.kind === 'word') {
		start--;
		if (title === -1 && isTitle(tokens[start]!) && !tokens[start]!.cap) title = start;
	}

	const first = tokens[start]!;
	// A noun phrase: "The Tull envoy", "Tull's envoy", not "When the director" or "although a former ..."
	const nounPhrase = (start === 0 || tokens[start - 1]!.kind === 'punct') && (articles.has(first.lower) || isPossessive(first.text));
	if (title === -1 || !nounPhrase || name - start > maxRoleBefore) return undefined;
	for (let k = title + 1; k < name - 1; k++) if (!tokens[k]!.cap && !roleLinks.has(tokens[k]!.lower)) return undefined;
	return withoutArticle(textOf(tokens, start, name - 1, tokenText));
}

/** Words that may follow a role's title before a name: "envoy to Lune", "minister of the Interior". */
const roleLinks = new Set(['of', 'to', 'for', 'in', 'at', 'the']);
