import type {Mode, Resolution} from '../model.js';
import type {Entity} from './entities.js';
import {Uint8Scratch} from './buffers.js';
import type {Token} from './tokens.js';

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

const framing = new Uint8Scratch();

/**
 * Direct when the words outside the frame are quoted, indirect when none are, mixed otherwise. The
 * paragraph's classes start at `at`; the frame is frame[frameFrom, frameTo): the frames of the
 * claims of a merged statement, one after another.
 */
export function modeOf(classes: Uint8Array, at: number, from: number, to: number, frame: Frame, frameFrom = 0, frameTo = frame.length): Mode {
	// Most statements have one frame or none: its two ranges are tested, not marked
	if (frameTo - frameFrom <= 4) return modeOutside(classes, at, from, to, frameTo - frameFrom === 4 ? frame : noFrame, frameTo - frameFrom === 4 ? frameFrom : 0);
	// A merged statement gathers a frame per claim: mark them once instead of testing each token against all
	const framed = framing.zeroed(Math.max(0, to - from));
	for (let k = frameFrom; k < frameTo; k += 2) {
		const a = frame[k]!;
		const b = frame[k + 1]!;
		framed.fill(1, Math.max(a, from) - from, Math.max(Math.min(b, to), from) - from);
	}

	let quoted = 0;
	let plain = 0;
	for (let i = from; i < to; i++) {
		const kind = classes[at + i];
		if (kind === WordClass.NotWord || framed[i - from] === 1) continue;
		if (kind === WordClass.Plain) plain++;
		else quoted++;
	}

	return modeBy(quoted, plain);
}

/** A frame of two empty ranges: none. */
const noFrame: Frame = [0, 0, 0, 0];

/**
 * modeOf() for one claim, whose frame is four numbers or none. (Its own function: modeOf() then
 * learns its types from build(), merged statements included, instead of being optimised for one
 * frame while claims are found and thrown out at build's first merged statement.)
 */
export const modeOfClaim = (classes: Uint8Array, at: number, from: number, to: number, frame: Frame): Mode => modeOutside(classes, at, from, to, frame.length === 4 ? frame : noFrame, 0);

/**
 * modeOf() for one frame: the ranges frame[k, k + 2) and frame[k + 2, k + 4). Every word of
 * [from, to) is counted, then the frame's few taken back: no range test per token.
 */
function modeOutside(classes: Uint8Array, at: number, from: number, to: number, frame: Frame, k: number): Mode {
	let quoted = 0;
	let plain = 0;
	// WordClass as bits: Plain is 1, Quoted 2, NotWord neither
	for (let i = at + from; i < at + to; i++) {
		const kind = classes[i]!;
		plain += kind & WordClass.Plain;
		quoted += kind >> 1;
	}

	const a0 = Math.max(frame[k]!, from);
	const b0 = Math.min(frame[k + 1]!, to);
	for (let i = a0; i < b0; i++) {
		const kind = classes[at + i]!;
		plain -= kind & WordClass.Plain;
		quoted -= kind >> 1;
	}

	// The second range, but not where it overlaps the first
	for (let i = Math.max(frame[k + 2]!, from); i < Math.min(frame[k + 3]!, to); i++) {
		if (i >= a0 && i < b0) continue;
		const kind = classes[at + i]!;
		plain -= kind & WordClass.Plain;
		quoted -= kind >> 1;
	}

	return modeBy(quoted, plain);
}

const modeBy = (quoted: number, plain: number): Mode => (quoted === 0 ? 'indirect' : plain <= 2 ? 'direct' : 'mixed');
