import {Uint8Scratch} from './buffers.js';
import {reportingVerbs} from './lexicon.js';
import type {Prepared} from './prepare.js';

/**
 * A capitalised word at the start of a sentence, a quote or a title-case headline is a name
 * only if the article never writes it in lower case ("Representatives", "Sales").
 * The evidence is two sets of words gathered in a first pass over every paragraph; later
 * passes demote each paragraph's tokens as they prepare it.
 */
export class Capitals {
	/** Words the article writes in lower case somewhere. */
	private readonly lowerCase = new Set<string>();
	/** Words capitalised where case means something (not at a sentence start). */
	private readonly capitalised = new Set<string>();
	private readonly blindness = new Uint8Scratch();

	observe(prepared: Prepared) {
		const {tokens} = prepared;
		const blind = caseBlind(prepared, this.blindness.zeroed(prepared.tokens.length));
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			if (token.kind !== 'word') continue;
			if (!token.cap) this.lowerCase.add(token.lower);
			else if (blind[i] === 0) this.capitalised.add(token.lower);
		}
	}

	/** Lowers the capitals of one paragraph that case alone explains. Call after every paragraph was observed. */
	demote(prepared: Prepared) {
		const {paragraph, tokens} = prepared;
		const blind = caseBlind(prepared, this.blindness.zeroed(prepared.tokens.length));
		for (let i = 0; i < tokens.length; i++) {
			if (blind[i] === 0) continue;
			const token = tokens[i]!;
			// "Throughout the day", "Southern states": a capital that case alone explains, never seen capitalised elsewhere
			const next = tokens[i + 1];
			const lone = paragraph.kind !== 'headline' && !this.capitalised.has(token.lower) && !(next?.kind === 'word' && next.cap) && !reportingVerbs.has(next?.lower ?? '');
			if (this.lowerCase.has(token.lower) || lone) token.cap = false;
		}
	}
}

/** Marks (1) the capitalised words whose case says nothing: sentence and quote starts, after a colon or dash, a headline's words. `blind` comes zeroed. */
function caseBlind({paragraph, tokens, inside, sentences}: Prepared, blind: Uint8Array): Uint8Array {
	const mark = (i: number) => {
		const token = tokens[i];
		if (token?.kind === 'word' && token.cap) blind[i] = 1;
	};

	if (paragraph.kind === 'headline') for (let i = 0; i < tokens.length; i++) mark(i);
	for (const sentence of sentences) mark(tokens[sentence.from]?.kind === 'quote' ? sentence.from + 1 : sentence.from);
	for (let i = 0; i + 1 < tokens.length; i++) {
		const text = tokens[i]!.text;
		if (tokens[i]!.kind === 'quote' && inside[i + 1] === inside[i] && inside[i] !== -1) mark(i + 1);
		if (text === ':' || text === '--' || text === '—') mark(i + 1);
	}

	return blind;
}
