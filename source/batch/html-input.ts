import type {Input} from '../article/read.js';
import {articleFrom} from '../input/load.js';

/**
 * The one seam between a page's HTML and an article: an `{"id", "html"}` record of `--jsonl -`
 * becomes an Input here, through the same extraction as a saved page. A record whose "html" holds no
 * markup (plain text under that key) is read as the text it is.
 */
export async function htmlInput(html: string, name: string, options: {showHidden?: boolean} = {}): Promise<Input> {
	return articleFrom(html, {name, format: /<[a-z][^>]*>/i.test(html) ? 'html' : 'text'}, options);
}
