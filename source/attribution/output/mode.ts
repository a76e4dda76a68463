/** The mode of a statement (direct, indirect, mixed), from which of its words are quoted. */
import type {Mode} from '../../model.js';
import type {Frame} from '../discourse/claim.js';
import {Int32Scratch} from '../text/buffers.js';
import type {Token} from '../text/tokens.js';

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

const modeBy = (quoted: number, plain: number): Mode => (quoted === 0 ? 'indirect' : plain <= 2 ? 'direct' : 'mixed');

/**
 * Judges modes, one at a time: direct when the words outside a statement's frame are quoted, indirect when
 * none are, mixed otherwise. Owns the counts and marks a judgement uses, so one judge serves one analysis.
 */
export class ModeJudge {
	/** The words of the statement being judged, by class, as counted so far. */
	private plain = 0;
	private quoted = 0;
	/** Per token of a merged statement, the stamp of the last judgement that took it back: no zeroing per statement. */
	private readonly marks = new Int32Scratch();
	private stamp = 0;

	/**
	 * The mode of tokens [from, to) of a paragraph whose classes start at `at`; the frame is the ranges of
	 * frames[0, count): those of the claims of a merged statement, one pair after another (empty ones left out).
	 */
	of(classes: Uint8Array, at: number, from: number, to: number, frames: Int32Array, count: number): Mode {
		// Most statements have one frame or none: its two ranges are taken back from the count, not marked
		if (count <= 4) return this.outside(classes, at, from, to, count > 0 ? frames[0]! : 0, count > 0 ? frames[1]! : 0, count > 2 ? frames[2]! : 0, count > 2 ? frames[3]! : 0);
		this.plain = 0;
		this.quoted = 0;
		this.count(classes, at + from, at + to, 1);
		// A merged statement gathers a frame per claim, which may overlap: each token is taken back once, marked by this call's stamp
		const marked = this.marks.atLeast(to - from);
		const stamp = this.nextStamp(marked);
		for (let k = 0; k < count; k += 2) {
			for (let i = Math.max(frames[k]!, from); i < Math.min(frames[k + 1]!, to); i++) {
				if (marked[i - from] === stamp) continue;
				marked[i - from] = stamp;
				this.count(classes, at + i, at + i + 1, -1);
			}
		}

		return modeBy(this.quoted, this.plain);
	}

	/** The mode of one claim, whose frame is four numbers or none. */
	ofClaim(classes: Uint8Array, at: number, from: number, to: number, frame: Frame): Mode {
		return frame.length === 4 ? this.outside(classes, at, from, to, frame[0]!, frame[1]!, frame[2]!, frame[3]!) : this.outside(classes, at, from, to, 0, 0, 0, 0);
	}

	/** A stamp no token of `marked` holds yet. */
	private nextStamp(marked: Int32Array): number {
		if (this.stamp === 0x7f_ff_ff_ff) {
			marked.fill(0);
			this.stamp = 0;
		}

		return ++this.stamp;
	}

	/** The mode for one frame, the ranges [a0, b0) and [a1, b1): every word of [from, to) is counted, then the frame's taken back. */
	private outside(classes: Uint8Array, at: number, from: number, to: number, a0: number, b0: number, a1: number, b1: number): Mode {
		this.plain = 0;
		this.quoted = 0;
		this.count(classes, at + from, at + to, 1);
		const first = Math.max(a0, from);
		// An empty first range ends where it starts: the second is then taken back whole, below
		const end = Math.max(first, Math.min(b0, to));
		this.count(classes, at + first, at + end, -1);
		// The second range, but not where it overlaps the first: its parts before and after it
		const second = Math.max(a1, from);
		const secondEnd = Math.min(b1, to);
		this.count(classes, at + second, at + Math.min(secondEnd, first), -1);
		this.count(classes, at + Math.max(second, end), at + secondEnd, -1);
		return modeBy(this.quoted, this.plain);
	}

	/** Adds the words of classes[start, end), times `sign`: 1 counts them in, -1 takes them back. */
	private count(classes: Uint8Array, start: number, end: number, sign: 1 | -1) {
		let plain = 0;
		let quoted = 0;
		// WordClass as bits: Plain is 1, Quoted 2, NotWord neither
		for (let i = start; i < end; i++) {
			const kind = classes[i]!;
			plain += kind & WordClass.Plain;
			quoted += kind >> 1;
		}

		this.plain += sign * plain;
		this.quoted += sign * quoted;
	}
}
