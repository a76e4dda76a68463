import {type Input, decode} from '../article/read.js';

/**
 * The one seam between a page's HTML and an article: an `{"id", "html"}` record of `--jsonl -`
 * becomes an Input here. Until whosaid reads HTML (the web-page input), the markup is taken as
 * text, sanitised like any other input; the HTML reader replaces this body and nothing else.
 */
export function htmlInput(html: string, name: string, options: {showHidden?: boolean} = {}): Input {
	return decode(Buffer.from(html), name, options);
}
