import {parse} from './article/parse.js';
import {attribute} from './attribution/attribute.js';
import {withQuickCompiles} from './engine.js';
import type {Attributed, PageMeta} from './model.js';

/** Below this length (characters) the analysis is over before V8 optimizes much: the default suits it best (engine.ts). */
const quickCompilesFrom = 100_000;

/** Sanitised text (and what its page says of it) → the attributed model: the whole analysis, pure and synchronous. */
export function analyse(text: string, meta?: PageMeta): Attributed {
	return text.length < quickCompilesFrom ? attribute(parse(text, meta)) : withQuickCompiles(() => attribute(parse(text, meta)));
}
