import {isPersonName, isPossessive, isTitle, type Mention, possessorNameOf, newMention} from '../grammar/mention.js';
import type {Token, TokenText} from '../text/tokens.js';

/** The subject pronoun a possessive pronoun stands for: "his promise" is what he promised. */
const pronounOfPossessive = new Map([
	['his', 'he'],
	['her', 'she'],
	['their', 'they'],
]);

/**
 * "Ada Voss's promise to ...", "his attacks on ...": the speaker of a speech noun is the possessive right before it: a pronoun
 * (resolved as its subject form), or a person's name with its titles ("Mayor Ada Voss's"), without the "'s".
 */
export function possessorOfNoun(tokens: Token[], cueFrom: number, floor: number, tokenText: TokenText): Mention | undefined {
	const at = cueFrom - 1;
	if (at < floor) return undefined;
	const before = tokens[at]!;
	const pronoun = pronounOfPossessive.get(before.lower);
	if (pronoun !== undefined) {
		const mention = newMention('pronoun', at, cueFrom, before.text);
		mention.head = pronoun;
		return mention;
	}

	if (!before.cap || !isPossessive(before.text) || !isPersonName(before)) return undefined;
	let nameFrom = at;
	while (nameFrom > floor && at - nameFrom < 3 && isPersonName(tokens[nameFrom - 1]!)) nameFrom--;
	let from = nameFrom;
	while (from > floor && isTitle(tokens[from - 1]!)) from--;
	return possessorNameOf(tokens, from, nameFrom, cueFrom, tokenText);
}
