/**
 * The attribution pipeline: an article's paragraphs → its speakers and statements. Three passes over the
 * units (text/units.ts), each preparing one unit at a time and dropping it: case evidence (grammar/capitals.ts),
 * the names the article gives in full (discourse/learn-names.ts), then the claims (discourse/claim-pass.ts),
 * which the output stage merges into statements (output/statements.ts) once every entity is known.
 */
import type {Article, Attributed, Paragraph} from '../model.js';
import {ClaimPass} from './discourse/claim-pass.js';
import {Transcript, TurnLabels} from './discourse/transcript.js';
import {learnNames} from './discourse/learn-names.js';
import {Registry} from './discourse/registry.js';
import {Capitals} from './grammar/capitals.js';
import {isNameWord, isTitle} from './grammar/mention.js';
import {toAttributed} from './output/statements.js';
import type {Token} from './text/tokens.js';
import {type Prepared, PreparedArticle} from './text/units.js';
import {Flag, hasFlag} from './text/word-flags.js';

/** The kinds of paragraph that hold statements. */
const attributable = new Set<Paragraph['kind']>(['headline', 'body']);

/** Called between units of each pass and between paragraphs of the output: it may throw to stop the analysis (memory-budget.ts). */
export type Checkpoint = () => void;

const noCheckpoint: Checkpoint = () => undefined;

/** Units between two checkpoints: a checkpoint costs a call, a unit holds at most 10,000 tokens. */
const checkpointEvery = 4;

export function attribute(article: Article, checkpoint: Checkpoint = noCheckpoint): Attributed {
	const paragraphs = new PreparedArticle(article.paragraphs);
	const {contents, transcript} = observeCapitals(paragraphs, checkpoint);
	const registry = new Registry();
	learnAllNames(registry, paragraphs, contents, checkpoint);
	const claims = findAllClaims(new ClaimPass(registry, new Transcript(transcript)), paragraphs, contents, checkpoint);
	checkpoint();
	return toAttributed(article, claims.settled, claims.claims, checkpoint);
}

/** What a later pass may find in a unit, as the first pass sees it: bits per unit. */
const enum UnitContent {
	/** A name of two words or more, for learnNames: two name words in a row. */
	FullName = 1,
	/**
	 * Anything for the third pass: a cue (its words are flagged), a colon, a quote to carry a claim
	 * on, or a subject to note (a name needs a capital, a pronoun is a subject pronoun).
	 */
	Claims = 2,
}

const isNamePart = (token: Token): boolean => isNameWord(token) && !isTitle(token);

/**
 * The bits of UnitContent a unit's tokens may give, in one walk. Asked before capitals are demoted, which
 * only takes names away. A unit with neither (a lower-case word list) is not prepared again, only counted.
 */
function contentOf(tokens: Token[]): number {
	let content = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		// Two name words have capitals: the third pass has them too
		if (i + 1 < tokens.length && isNamePart(token) && isNamePart(tokens[i + 1]!)) return UnitContent.FullName | UnitContent.Claims;
		if (content === 0 && (token.cap || token.kind === 'quote' || token.text === ':' || hasFlag(token, Flag.Reporting | Flag.MultiWordCueStart | Flag.SubjectPronoun))) content = UnitContent.Claims;
	}

	return content;
}

/** Most words of a label line. */
const labelWords = 8;

/**
 * "FULL TEXT.", "SHORT READS:", "CORRECTION APPENDED.": a short body line in capitals without a cue or a quote is a
 * section label, which names nobody and says nothing (its words are no person's name).
 */
function isLabel(prepared: Prepared): boolean {
	if (prepared.paragraph.kind !== 'body') return false;
	let words = 0;
	for (const token of prepared.tokens) {
		if (token.kind === 'quote') return false;
		if (token.kind !== 'word') continue;
		if (++words > labelWords || hasFlag(token, Flag.Reporting) || token.text.toUpperCase() !== token.text || token.text.toLowerCase() === token.text) return false;
	}

	return words > 0;
}

/**
 * The first pass: case evidence from every unit, then capitals lowered once in the token store (the
 * later passes never see them). Returns what each unit may hold for the later passes (bits of UnitContent).
 */
function observeCapitals(paragraphs: PreparedArticle, checkpoint: Checkpoint): {contents: Uint8Array; transcript: TurnLabels} {
	const capitals = new Capitals();
	const observed = observeAll(capitals, paragraphs, checkpoint);
	capitals.demote(paragraphs);
	return observed;
}

/*
 * Each pass's loop is a function of its own that returns when the loop ends: V8 optimises a long loop while
 * it runs (on-stack replacement) and throws the code out at the first statement after it, never run before.
 */

/** Case evidence from every unit, what each unit may hold for the later passes, and whether the article is a transcript (see TurnLabels). */
function observeAll(capitals: Capitals, paragraphs: PreparedArticle, checkpoint: Checkpoint): {contents: Uint8Array; transcript: TurnLabels} {
	const contents = new Uint8Array(paragraphs.units);
	const labels = new TurnLabels();
	for (let u = 0; u < paragraphs.units; u++) {
		if (u % checkpointEvery === 0) checkpoint();
		const prepared = paragraphs.prepare(u);
		capitals.observe(prepared);
		if (!attributable.has(prepared.paragraph.kind) || isLabel(prepared)) continue;
		contents[u] = contentOf(prepared.tokens);
		if (prepared.paragraph.kind === 'body') labels.note(prepared.tokens, u);
	}

	return {contents, transcript: labels};
}

/** The second pass: the names given in full. */
function learnAllNames(registry: Registry, paragraphs: PreparedArticle, contents: Uint8Array, checkpoint: Checkpoint) {
	for (let u = 0; u < paragraphs.units; u++) {
		if (u % checkpointEvery === 0) checkpoint();
		if ((contents[u]! & UnitContent.FullName) !== 0) learnNames(registry, paragraphs.tokensOf(u));
	}
}

/** The third pass: the claims of each attributable unit, in text order, settled as they are found. */
function findAllClaims(claims: ClaimPass, paragraphs: PreparedArticle, contents: Uint8Array, checkpoint: Checkpoint): ClaimPass {
	for (let u = 0; u < paragraphs.units; u++) {
		if (u % checkpointEvery === 0) checkpoint();
		const paragraph = paragraphs.paragraphOf(u);
		if (!attributable.has(paragraph.kind)) continue;
		if ((contents[u]! & UnitContent.Claims) === 0 && !claims.introduces(u) && !claims.inTurn(u)) claims.skip(paragraph, paragraphs.sentenceCount(u));
		else claims.unit(u, paragraphs.prepare(u));
	}

	return claims;
}
