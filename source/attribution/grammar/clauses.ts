/** Where clauses start inside a sentence: where a second speaker may begin, or the question put to a speaker ends. */
import {clauseOpeners, subordinators} from '../lexicon/index.js';
import type {Int32Scratch} from '../text/buffers.js';
import type {Sentence} from '../text/sentences.js';
import type {Token} from '../text/tokens.js';

/** Where a second speaker's clause may start at token k: after it (";", ", and"), at it ("while"), or -1. */
function clauseMark(tokens: Token[], k: number): number {
	const token = tokens[k]!;
	if (token.text === ';') return k + 1;
	if (token.text === ',' && clauseOpeners.has(tokens[k + 1]?.lower ?? '')) return k + 1;
	return token.lower === 'while' || token.lower === 'whereas' ? k : -1;
}

/**
 * The clause marks of a sentence, for clauseStart(): at i - sentence.from, the last token at or before i that
 * is one, or -1. Written into `scratch`'s buffer, so valid until its next use. Found once per sentence that
 * needs them, not once per cue: a sentence of many cues stays linear.
 */
export function clauseMarks(tokens: Token[], sentence: Sentence, inside: Int32Array, scratch: Int32Scratch): Int32Array {
	const marks = scratch.atLeast(sentence.to - sentence.from);
	// "After Smith argued ..., Jones said ...": the comma that closes an opening subordinate clause is a mark too;
	// "While Smith argued ..., Jones said ...": "while" and "whereas" open one as well (elsewhere they are marks themselves)
	const opener = tokens[sentence.from]!.lower;
	let opening = subordinators.has(opener) || opener === 'while' || opener === 'whereas';
	let last = -1;
	for (let k = sentence.from; k < sentence.to; k++) {
		if (clauseMark(tokens, k) !== -1) last = k;
		else if (opening && tokens[k]!.text === ',' && inside[k] === -1) {
			last = k;
			opening = false;
		}

		marks[k - sentence.from] = last;
	}

	return marks;
}

/**
 * Clause boundary before token `at` and after token `from` (within 60 tokens of `at`): where a second
 * speaker's clause may start in one sentence. The nearest mark before `at` decides.
 */
export function clauseStart(tokens: Token[], marks: Int32Array, sentence: Sentence, from: number, at: number): number | undefined {
	if (at - 1 < sentence.from) return undefined;
	const k = marks[at - 1 - sentence.from]!;
	if (k <= from || at - k > 60) return undefined;
	// A mark that clauseMark() does not know is the comma after an opening subordinate clause
	const start = clauseMark(tokens, k);
	return start === -1 ? k + 1 : start;
}

/** The first comma in tokens [from, to) that is not inside a quote, or -1. */
export function commaOutsideQuotes(tokens: Token[], inside: Int32Array, from: number, to: number): number {
	for (let k = from; k < to; k++) if (tokens[k]!.text === ',' && inside[k] === -1) return k;
	return -1;
}

/**
 * Where a sentence's statement starts when it opens with the question put to its speaker ("When asked
 * by a reporter whether ..., Smith said ..."): after that clause, which is the asker's, not the
 * speaker's. Otherwise the sentence's start. `speakerFrom`: where the speaker's phrase starts.
 */
export function afterQuestion(tokens: Token[], inside: Int32Array, sentence: Sentence, speakerFrom: number): number {
	const {from} = sentence;
	const asked = tokens[from]!.lower === 'asked' ? from : subordinators.has(tokens[from]!.lower) && tokens[from + 1]?.lower === 'asked' ? from + 1 : -1;
	if (asked === -1) return from;
	const comma = commaOutsideQuotes(tokens, inside, asked + 1, Math.min(speakerFrom, asked + 60));
	return comma === -1 ? from : comma + 1;
}
