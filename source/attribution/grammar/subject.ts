/** The subject a sentence opens with, and the time phrases that may stand between a subject and its verb. */
import {conjunctions, genderOfFirstName, introducers, timeNouns, timeOpeners, timeWords} from '../lexicon/index.js';
import type {Sentence} from '../text/sentences.js';
import type {Token, TokenText} from '../text/tokens.js';
import type {Mention} from './mention.js';
import {analysePhrase} from './phrase.js';
import {phraseAfter} from './phrase-after.js';

/** The grammatical subject a sentence opens with, after an introductory phrase. */
export function subjectOf(tokens: Token[], sentence: Sentence, tokenText: TokenText): Mention | undefined {
	if (tokens[sentence.from]?.kind === 'quote') return undefined;
	let start = afterConjunctions(tokens, afterDateline(tokens, sentence));
	if (start < sentence.to && introducers.has(tokens[start]!.lower)) {
		const comma = commaAfter(tokens, start, sentence.to);
		if (comma === -1) return undefined;
		start = afterPlaceAndTime(tokens, comma + 1, sentence.to);
	}

	return phraseAfter(tokens, start, sentence.to, tokenText);
}

/** Where a sentence starts after a dateline: "Brell (AFP) – Mayor Ada Voss ...", "BRELL — ...". */
function afterDateline(tokens: Token[], sentence: Sentence): Sentence {
	let k = sentence.from;
	// The first word may have lost its capital (a sentence's first word written nowhere else)
	while (k < sentence.to && k - sentence.from < 3 && tokens[k]!.kind === 'word' && (tokens[k]!.cap || k === sentence.from)) k++;
	if (k === sentence.from) return sentence;
	if (tokens[k]?.text === '(') {
		const close = k + 2 < sentence.to && tokens[k + 2]!.text === ')' ? k + 2 : -1;
		if (close === -1) return sentence;
		k = close + 1;
	}

	return k < sentence.to && datelineDashes.has(tokens[k]!.text) ? {...sentence, from: k + 1} : sentence;
}

/**
 * After "At a rally in Brell,": the place's state or country and a time, each closed by a comma (", N.H., on Tuesday,",
 * ", Ohio,"), before the subject. A segment of one or two capitals is a place only when the one before ends in a capital
 * and its first word is no first name ("In Brell, Ada Voss, the mayor, said" keeps Ada Voss).
 */
function afterPlaceAndTime(tokens: Token[], start: number, end: number): number {
	for (let round = 0; round < 2; round++) {
		const comma = commaAfter(tokens, start, end);
		if (comma === -1 || comma - start > 2 || comma - start < 1) return start;
		const first = tokens[start]!;
		const place = first.cap && tokens[start - 2]?.cap === true && genderOfFirstName(first.lower) === undefined && (comma - start === 1 || tokens[start + 1]!.cap);
		const time = comma - start === 2 && timeOpeners.has(first.lower) && timeNouns.has(tokens[start + 1]!.lower);
		if (!place && !time) return start;
		start = comma + 1;
	}

	return start;
}

/** Dashes that close a dateline. */
const datelineDashes = new Set(['–', '—', '―', '--', '-']);

/** Where a sentence starts after a conjunction or two, each perhaps with its comma: "And then, on Monday, Smith ...". */
function afterConjunctions(tokens: Token[], sentence: Sentence): number {
	let start = sentence.from;
	for (let k = 0; k < 2 && start < sentence.to && conjunctions.has(tokens[start]!.lower); k++) {
		start++;
		if (tokens[start]?.text === ',') start++;
		// "But a few days later, Smith ...": a time phrase of its own words
		const comma = commaAfter(tokens, start, sentence.to);
		if (comma !== -1 && timeWords.has(tokens[comma - 1]!.lower)) start = comma + 1;
	}

	return start;
}

/** "As for Smith, he said ...": the name the sentence is about, which a pronoun after it means. */
export function topicOf(tokens: Token[], sentence: Sentence, tokenText: TokenText): Mention | undefined {
	const {from} = sentence;
	if (tokens[from]?.lower !== 'as' || tokens[from + 1]?.lower !== 'for') return undefined;
	const comma = commaAfter(tokens, from + 2, sentence.to);
	const topic = comma === -1 ? undefined : analysePhrase(tokens, from + 2, comma, tokenText);
	return topic?.kind === 'name' ? topic : undefined;
}

/** The comma that ends an introductory phrase from `start` (20 tokens at most), or -1. */
function commaAfter(tokens: Token[], start: number, end: number): number {
	for (let k = start; k < end && k - start < 20; k++) if (tokens[k]!.text === ',') return k;
	return -1;
}

/** Start of a time phrase ending just before `end` ("on Tuesday", "last week", "on Thursday evening"), or `end`. */
export function timePhraseBefore(tokens: Token[], end: number, floor: number): number {
	let k = end;
	while (k > floor && end - k < 3 && timeNouns.has(tokens[k - 1]!.lower)) k--;
	if (k === end || k <= floor) return end;
	return timeOpeners.has(tokens[k - 1]!.lower) ? k - 1 : end;
}

/**
 * "Back in 1999, Smith expressed ..., telling ...", "The day before, at a rally in Brell, Smith was blunt, claiming ...":
 * when no subject opens the sentence, the first name or pronoun right after one of its commas before `end` and right
 * before a word in lower case (its verb), within the sentence's first 30 tokens.
 */
export function subjectAfterComma(tokens: Token[], sentence: Sentence, end: number, tokenText: TokenText): Mention | undefined {
	const last = Math.min(end, sentence.from + 30);
	for (let c = sentence.from + 1; c < last; c++) {
		if (tokens[c]!.text !== ',') continue;
		const mention = phraseAfter(tokens, c + 1, end, tokenText);
		const next = mention ? tokens[mention.to] : undefined;
		if (mention && mention.kind !== 'description' && next?.kind === 'word' && !next.cap) return mention;
	}

	return undefined;
}
