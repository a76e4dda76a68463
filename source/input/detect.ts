/*
 * What kind of text an input is: a web page, Markdown or plain text. Decided from the content;
 * the file's extension only breaks ties. Cheap scans of the start of the text: these run on every
 * input, on the start-up path of --json, before any HTML or Markdown code is loaded.
 */

export type Format = 'html' | 'markdown' | 'text';

/** How much of the text is looked at. */
const window = 65_536;

const extension = (name: string | undefined) => /\.([a-z\d]{1,9})$/i.exec(name ?? '')?.[1]?.toLowerCase();

/** Whether the text starts as a page does: a doctype, <html>, or an XML declaration or a comment before one. */
function startsAsPage(head: string): boolean {
	const start = head.trimStart().slice(0, 512).toLowerCase();
	return start.startsWith('<!doctype html') || start.startsWith('<html') || ((start.startsWith('<?xml') || start.startsWith('<!--')) && start.includes('<html'));
}

/** Element names that mark a web page (other tags, like a corpus's <tweet>, do not). */
const htmlElements = new Set(
	'a abbr article aside b blockquote body br button caption cite code dd div dl dt em figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link main meta nav noscript ol p picture pre script section small source span strong style sub sup svg table tbody td th thead time title tr u ul video'.split(' '),
);

/** The element name of the tag at `at` (after `<` or `</`), lower case. */
function tagName(text: string, at: number): string {
	let from = at + 1;
	if (text.charCodeAt(from) === 0x2f) from++;
	let to = from;
	while (to < text.length && to - from < 12 && /[a-z\d]/i.test(text[to]!)) to++;
	return text.slice(from, to).toLowerCase();
}

/** HTML tags (`<p`, `</div`, `<br/`, `<!--`) in `text`, and the characters inside them. */
function markup(text: string): {tags: number; inTags: number} {
	let tags = 0;
	let inTags = 0;
	for (let at = text.indexOf('<'); at !== -1 && at < text.length - 1; at = text.indexOf('<', at + 1)) {
		const next = text.charCodeAt(at + 1);
		const isTag = next === 0x2f || next === 0x21 || (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a);
		if (!isTag) continue;
		const end = text.indexOf('>', at);
		if (end === -1 || end - at > 2000) continue;
		if (next !== 0x21 && !htmlElements.has(tagName(text, at))) continue;
		tags++;
		inTags += end - at + 1;
		at = end;
	}

	return {tags, inTags};
}

/** Lines that are Markdown syntax: ATX headings, quotes, list items, fences; and inline links and strong emphasis. */
function markdownSigns(text: string): {headings: number; blocks: number; inline: number; firstIsHeading: boolean} {
	let headings = 0;
	let blocks = 0;
	let firstIsHeading = false;
	let first = true;
	for (const line of text.split('\n', 2000)) {
		if (line.trim() === '') continue;
		const heading = /^#{1,6} \S/.test(line);
		if (first) firstIsHeading = heading;
		first = false;
		if (heading) headings++;
		else if (/^(?:> |[*+-] \S|\d{1,3}[.)] \S|```|~~~)/.test(line)) blocks++;
	}

	const inline = (text.match(/\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)|\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__/g) ?? []).length;
	return {headings, blocks, inline, firstIsHeading};
}

/** The format of `text`, named `name` (a path or URL, for its extension). */
export function detectFormat(text: string, name?: string): Format {
	const head = text.slice(0, window);
	const ext = extension(name);
	if (startsAsPage(head)) return 'html';
	const {tags, inTags} = markup(head);
	// Pages without a doctype (fragments, saved bodies): many tags, or much of the text inside them
	if (tags >= 20 && inTags * 5 >= head.length) return 'html';
	if ((ext === 'html' || ext === 'htm' || ext === 'xhtml') && tags >= 3) return 'html';

	const signs = markdownSigns(head);
	if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'markdown';
	if (signs.firstIsHeading && signs.headings + signs.blocks + signs.inline >= 2) return 'markdown';
	if (signs.headings >= 2 && signs.headings + signs.inline >= 3) return 'markdown';
	return 'text';
}
