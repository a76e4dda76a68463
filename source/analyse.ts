import {parse} from './article/parse.js';
import {attribute} from './attribution/attribute.js';
import type {Attributed, PageMeta} from './model.js';

/** Sanitised text (and what its page says of it) → the attributed model: the whole analysis, pure and synchronous. */
export function analyse(text: string, meta?: PageMeta): Attributed {
	return attribute(parse(text, meta));
}
