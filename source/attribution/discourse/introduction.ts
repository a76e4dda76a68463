/** "Cruz continued:", "In a speech last July, he said:": a cue and a colon that close a paragraph introduce the next one. */
import {afterCue, contentClauseWords, invertibleVerbs, objectCues, objectPronouns} from '../lexicon/index.js';
import type {Token} from '../text/tokens.js';
import type {Prepared} from '../text/units.js';
import {Flag, hasFlag} from '../text/word-flags.js';
import type {Claim} from './claim.js';

/** Most words between a cue (or its speaker after it) and the colon that closes the unit: "told his audience, to rowdy applause:". */
const maxWordsToColon = 6;

/**
 * Whether `claim`, of the unit's last sentence, has its cue followed by a colon that ends the unit, with no quote
 * and no clause between them: then it says nothing in this unit and the next unit is its content.
 */
export function introducesNext(item: Prepared, claim: Claim): boolean {
	const {tokens, inside} = item;
	const end = tokens.length - 1;
	if (claim.sentence !== item.sentences.length - 1 || claim.frame.length < 4 || tokens[end]!.text !== ':' || inside[end] !== -1) return false;
	const after = Math.max(claim.frame[1]!, claim.frame[3]!);
	return namesNoContent(tokens[claim.frame[2]!]!, tokens[after]) && fewWordsBefore(tokens, after, end);
}

/**
 * Whether the word after the cue says to whom, where or when ("said in a statement:", "told his audience:",
 * "points out these figures:"), not what was said ("said the plans include:").
 */
function namesNoContent(cue: Token, next: Token | undefined): boolean {
	if (next?.kind !== 'word' || afterCue.has(next.lower)) return true;
	const saysContent = invertibleVerbs.has(cue.lower) && !objectCues.has(cue.lower);
	return !saysContent && (hasFlag(next, Flag.Determiner) || objectPronouns.has(next.lower));
}

/** Whether tokens [from, end) hold no quote, no clause word ("said that ...:") and few words. */
function fewWordsBefore(tokens: Token[], from: number, end: number): boolean {
	let words = 0;
	for (let k = from; k < end; k++) {
		const token = tokens[k]!;
		if (token.kind === 'quote' || contentClauseWords.has(token.lower) || (token.kind === 'word' && ++words > maxWordsToColon)) return false;
	}

	return true;
}
