/*
 * The code only some inputs need, bundled apart (dist/web.cjs) and loaded by load.ts when an input
 * is a web page, Markdown or a URL: --json on a text file never reads it (test/input/lazy.test.ts).
 */
export {fromHtml} from './html.js';
export {fromMarkdown} from './markdown.js';
export {fetchArticle} from './fetch.js';
