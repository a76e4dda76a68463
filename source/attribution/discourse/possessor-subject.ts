import {isNameWord, isPersonName, isPossessive, isTitle, type Mention, possessorNameOf} from '../grammar/mention.js';
import {subordinators} from '../lexicon/index.js';
import type {Sentence} from '../text/sentences.js';
import type {Token, TokenText} from '../text/tokens.js';

/**
 * "Mr. Voss's plan, which ..., shows how he has courted ...", "As Ada Voss's campaign faltered, she said ...": the person
 * whose possessive opens the sentence (after at most one subordinator) is its topic, met before a pronoun that comes
 * after it. Only titles and person-name words before the possessive (at most four words), ending before `end`.
 */
export function possessorOpening(tokens: Token[], sentence: Sentence, end: number, tokenText: TokenText): Mention | undefined {
	let start = afterOpeningPhrase(tokens, sentence.from, end);
	if (start < end && subordinators.has(tokens[start]!.lower)) start++;
	let j = start;
	while (j < end && j - start < 4 && !isPossessive(tokens[j]!.text) && (isTitle(tokens[j]!) || isNameWord(tokens[j]!))) j++;
	if (j >= end || !isPossessive(tokens[j]!.text) || !isPersonName(tokens[j]!)) return undefined;
	let nameFrom = j;
	while (nameFrom > start && isPersonName(tokens[nameFrom - 1]!)) nameFrom--;
	return possessorNameOf(tokens, start, nameFrom, j + 1, tokenText);
}

/** "These days, Mr. Voss's ...", "On Monday, Ada Voss's ...": after a short opening phrase of lower-case words and its comma. */
function afterOpeningPhrase(tokens: Token[], from: number, end: number): number {
	for (let k = from + 1; k < end && k - from <= 4; k++) {
		if (tokens[k]!.text === ',') return k + 1;
		if (tokens[k]!.cap) return from;
	}

	return from;
}
