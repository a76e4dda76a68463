/** The second pass: names given in full anywhere in the article, learnt before attribution so that "Chen" finds "Chen Wenqing". */
import {isNameWord, isTitle} from '../grammar/mention.js';
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
			const role = tokens[j + 1]?.text === ',' && !mention.role ? roleAfterComma(tokens, j + 2, tokenText) : undefined;
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
