import {analyse} from '../analyse.js';
import {readInput} from '../article/read.js';
import {forMessage} from '../article/sanitize.js';
import {UserError} from '../errors.js';
import type {InputSpec} from '../batch/inputs.js';
import type {CorpusArticle} from './corpus.js';

/**
 * Reads and analyses each input in this thread (the reader needs every model here), in input
 * order. A failed input keeps its place with its one-line error; the others go on.
 */
export function loadArticles(specs: readonly InputSpec[], options: {showHidden?: boolean} = {}): CorpusArticle[] {
	return specs.map((spec): CorpusArticle => {
		const file = spec.given;
		try {
			if (spec.kind === 'none') return {file, error: forMessage(spec.message)};
			if (spec.kind === 'url') return {file, error: forMessage(`${spec.given}: web addresses are not read by this build of whosaid`)};
			const input = spec.kind === 'stdin' ? readInput({kind: 'stdin', explicit: true}, options) : readInput({kind: 'file', path: spec.path}, options);
			if (!input) return {file, error: 'no input'};
			return {file, model: analyse(input.text)};
		} catch (error) {
			if (error instanceof UserError) return {file, error: forMessage(error.message)};
			return {file, error: forMessage(`unexpected error: ${(error as Error).message}`)};
		}
	});
}
