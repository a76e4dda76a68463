import {parse} from './article/parse.js';
import {attribute} from './attribution/attribute.js';
import {withQuickCompiles} from './engine.js';
import type {Attributed} from './model.js';

/** Below this length (characters) the analysis is over before V8 optimizes much: the default suits it best (engine.ts). */
const quickCompilesFrom = 100_000;

/** Sanitised text → the attributed model: the whole analysis, pure and synchronous. */
export function analyse(text: string): Attributed {
	return text.length < quickCompilesFrom ? attribute(parse(text)) : withQuickCompiles(() => attribute(parse(text)));
}
