/** A subject whose modifier ends in a noun phrase: "Some delegates at the rally in Lenk said ...". */
import type {Mention} from '../grammar/mention.js';
import {phraseBefore} from '../grammar/phrase-before.js';
import {subjectOf} from '../grammar/subject.js';
import {prepositions} from '../lexicon/index.js';
import type {Sentence} from '../text/sentences.js';
import type {Prepared} from '../text/units.js';
import {Flag, hasFlag} from '../text/word-flags.js';

/**
 * "Some delegates at the rally in Lenk said", "Aides who worked with Ada Voss say", "An earlier memo in a Lenk
 * paper said": the phrase right before the verb (a name or a description) is the object of a preposition inside a
 * longer subject, and the subject the sentence opens with runs to it over words only (no comma, quote or other
 * cue): the subject speaks ("Ada Voss in Lenk said" is Voss's too). Returns undefined when that phrase is a pronoun
 * or follows no preposition (or "by": an agent), when the subject is a pronoun, or when a named subject is followed
 * by "of" or "for" ("Lea Holt of the Tull Institute wrote": the organisation is part of who she is, and the phrase
 * rules read it).
 */
export function describedSubjectBeforeName(prepared: Prepared, sentence: Sentence, start: number): Mention | undefined {
	const {tokens, tokenText} = prepared;
	const inner = phraseBefore(tokens, start, sentence.from, tokenText);
	if (!inner || inner.kind === 'pronoun' || inner.from - 1 <= sentence.from) return undefined;
	const preposition = tokens[inner.from - 1]!.lower;
	if (preposition === 'by' || !prepositions.has(preposition)) return undefined;
	const subject = subjectOf(tokens, sentence, tokenText);
	if (!subject || subject.kind === 'pronoun' || (subject.kind === 'name' && (preposition === 'of' || preposition === 'for')) || subject.to >= inner.from) return undefined;
	for (let k = subject.to; k < inner.from; k++) {
		const token = tokens[k]!;
		if (token.kind !== 'word' || hasFlag(token, Flag.Reporting | Flag.NonAssertive)) return undefined;
	}

	return subject;
}
