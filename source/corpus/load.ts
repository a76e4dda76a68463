import {analyseWithin} from '../analyse.js';
import {forMessage} from '../article/sanitize.js';
import {UserError} from '../errors.js';
import type {InputSpec} from '../batch/inputs.js';
import {loadInput} from '../input/load.js';
import type {CorpusArticle} from './corpus.js';

/**
 * Reads and analyses each input in this thread (the reader needs every model here), in input
 * order. A failed input keeps its place with its one-line error; the others go on.
 */
export async function loadArticles(specs: readonly InputSpec[], options: {showHidden?: boolean} = {}): Promise<CorpusArticle[]> {
	const articles: CorpusArticle[] = [];
	for (const spec of specs) articles.push(await loadArticle(spec, options));
	return articles;
}

/** One input of the corpus: files, pages, Markdown and URLs through the one input layer. */
async function loadArticle(spec: InputSpec, options: {showHidden?: boolean}): Promise<CorpusArticle> {
	const file = spec.given;
	try {
		if (spec.kind === 'none') return {file, error: forMessage(spec.message)};
		const input = await loadInput(spec.kind === 'file' ? spec.path : spec.given, options);
		return {file, model: analyseWithin(input)};
	} catch (error) {
		if (error instanceof UserError) return {file, error: forMessage(error.message)};
		return {file, error: forMessage(`unexpected error: ${(error as Error).message}`)};
	}
}
