import type {Mode, Resolution} from '../../model.js';
import type {Entity} from '../discourse/registry.js';
import {Int32Scratch} from '../text/buffers.js';
import type {Token} from '../text/tokens.js';

/** Token ranges [from, to) as pairs in one flat array: [from, to, from, to, ...], one array per claim instead of three. */
export type Frame = number[];

/** A sentence's attribution before spans are merged. */
export type Claim = {
	sentence: number;
	/** Token range the claim covers (a whole sentence, or a clause of it). */
	from: number;
	to: number;
	entity: Entity;
	cue: string;
	resolution: Resolution;
	mention: string;
	/** Token ranges that are the cue and the source, left out when judging direct vs indirect. */
	frame: Frame;
	/** "..., X said." closes the sentence: earlier unquoted sentences may be X's too. */
	trailing: boolean;
};

/** What one token counts as when judging a mode. */
export const enum WordClass {
	NotWord = 0,
	Plain = 1,
	Quoted = 2,
}

/**
 * One byte per token: all that the mode of a statement needs from a paragraph, kept until the
 * end of the article (when statements are built) instead of the paragraph's tokens. Written into
 * `classes` (zeroed) from `at` on, a range of an arena's chunk.
 */
export function wordClasses(tokens: Token[], inside: Int32Array, classes: Uint8Array, at: number) {
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i]!.kind === 'word') classes[at + i] = inside[i] === -1 ? WordClass.Plain : WordClass.Quoted;
	}
}

/**
 * Direct when the words outside the frame are quoted, indirect when none are, mixed otherwise. The
 * paragraph's classes start at `at`; the frame is the ranges of frames[0, count): those of the claims
 * of a merged statement, one pair after another (empty ones left out).
 */
export function modeOf(classes: Uint8Array, at: number, from: number, to: number, frames: Int32Array, count: number): Mode {
	// Most statements have one frame or none: its two ranges are taken back from the count, not marked
	if (count <= 4) return modeOutside(classes, at, from, to, count > 0 ? frames[0]! : 0, count > 0 ? frames[1]! : 0, count > 2 ? frames[2]! : 0, count > 2 ? frames[3]! : 0);
	tally.plain = 0;
	tally.quoted = 0;
	countWords(classes, at + from, at + to, 1);
	// A merged statement gathers a frame per claim, which may overlap: each token is taken back once, marked by this call's stamp
	const marked = marks.atLeast(to - from);
	const stamp = nextStamp(marked);
	for (let k = 0; k < count; k += 2) {
		for (let i = Math.max(frames[k]!, from); i < Math.min(frames[k + 1]!, to); i++) {
			if (marked[i - from] === stamp) continue;
			marked[i - from] = stamp;
			countWords(classes, at + i, at + i + 1, -1);
		}
	}

	return modeBy(tally.quoted, tally.plain);
}

/**
 * Per token of a merged statement, the stamp of the last call that took it back: a new stamp per call
 * instead of zeroing the marks (and no fill() call per frame).
 */
const marks = new Int32Scratch();
let stamp = 0;

/** A stamp no token of `marked` holds yet. */
function nextStamp(marked: Int32Array): number {
	if (stamp === 0x7f_ff_ff_ff) {
		marked.fill(0);
		stamp = 0;
	}

	return ++stamp;
}

/** modeOf() for one claim, whose frame is four numbers or none. */
export const modeOfClaim = (classes: Uint8Array, at: number, from: number, to: number, frame: Frame): Mode =>
	frame.length === 4 ? modeOutside(classes, at, from, to, frame[0]!, frame[1]!, frame[2]!, frame[3]!) : modeOutside(classes, at, from, to, 0, 0, 0, 0);

/**
 * modeOf() for one frame, the ranges [a0, b0) and [a1, b1): every word of [from, to) is counted,
 * then the frame's few taken back. No range test per token.
 */
function modeOutside(classes: Uint8Array, at: number, from: number, to: number, a0: number, b0: number, a1: number, b1: number): Mode {
	tally.plain = 0;
	tally.quoted = 0;
	countWords(classes, at + from, at + to, 1);
	const first = Math.max(a0, from);
	// An empty first range ends where it starts: the second is then taken back whole, below
	const end = Math.max(first, Math.min(b0, to));
	countWords(classes, at + first, at + end, -1);
	// The second range, but not where it overlaps the first: its parts before and after it
	const second = Math.max(a1, from);
	const secondEnd = Math.min(b1, to);
	countWords(classes, at + second, at + Math.min(secondEnd, first), -1);
	countWords(classes, at + Math.max(second, end), at + secondEnd, -1);
	return modeBy(tally.quoted, tally.plain);
}

/** The words of a statement by class, as counted so far: one object for every call (modes are asked one at a time). */
const tally = {plain: 0, quoted: 0};

/** Adds to the tally the words of classes[start, end), times `sign`: 1 counts them in, -1 takes them back. */
function countWords(classes: Uint8Array, start: number, end: number, sign: 1 | -1) {
	let plain = 0;
	let quoted = 0;
	// WordClass as bits: Plain is 1, Quoted 2, NotWord neither
	for (let i = start; i < end; i++) {
		const kind = classes[i]!;
		plain += kind & WordClass.Plain;
		quoted += kind >> 1;
	}

	tally.plain += sign * plain;
	tally.quoted += sign * quoted;
}

const modeBy = (quoted: number, plain: number): Mode => (quoted === 0 ? 'indirect' : plain <= 2 ? 'direct' : 'mixed');
