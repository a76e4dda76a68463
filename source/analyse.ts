import {parse} from './article/parse.js';
import {type Checkpoint, attribute} from './attribution/attribute.js';
import {memoryGuard, viewBytes} from './memory-budget.js';
import type {Attributed, PageMeta} from './model.js';

/** Sanitised text (and what its page says of it) → the attributed model: the whole analysis, pure and synchronous. `checkpoint` may stop it (by throwing). */
export function analyse(text: string, meta?: PageMeta, checkpoint?: Checkpoint): Attributed {
	return attribute(parse(text, meta), checkpoint);
}

/**
 * An input analysed within its memory budget (memory-budget.ts): the one way every view analyses
 * an article. Throws the one-line error (exit 65) when the article needs more, to analyse or then
 * to show. `bytes`: the size
 * the budget is of (the file's, when known), `limit`: the RSS to stop at when the caller set it.
 */
export function analyseWithin(input: {name: string; text: string; meta?: PageMeta}, options: {bytes?: number; limit?: number} = {}): Attributed {
	const bytes = options.bytes ?? Buffer.byteLength(input.text);
	const guard = memoryGuard(input.name, bytes, options.limit);
	const model = analyse(input.text, input.meta, () => guard());
	// Showing it costs more again: refused now, before a line of it is written
	guard(viewBytes(model));
	return model;
}
