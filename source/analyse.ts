import {parse} from './article/parse.js';
import {attribute} from './attribution/attribute.js';
import type {Attributed} from './model.js';

/** Sanitised text → the attributed model: the whole analysis, pure and synchronous. */
export function analyse(text: string): Attributed {
	return attribute(parse(text));
}
