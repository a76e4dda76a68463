/*
 * A web page → its article: text in paragraphs, and the page's metadata.
 *
 * The main content is found by @mozilla/readability (Firefox's Reader View: kept up against real
 * news sites, and it drops navigation, share bars, comments and "related" lists by their markup and
 * link density), run over linkedom's DOM: a light DOM (no layout, no scripts run, no network), a
 * fraction of jsdom's weight, and enough for readability. Paragraphs then come from the block
 * elements of the content, never from one run-together textContent.
 */
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import type {PageMeta} from '../model.js';
import {isoDate} from './dates.js';

export type Page = {
	/** The article's paragraphs, one per block, separated by blank lines (a <br> is a line feed). */
	text: string;
	meta: PageMeta;
};

/** Elements that end the paragraph before them and start one of their own. */
const blocks = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
	'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Elements whose text is never article text, wherever readability left them. */
const skipped = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT', 'CANVAS']);

type Node = {nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node>};

/** The paragraphs under `root`: text of inline content joined, white space collapsed, a block boundary a paragraph break. */
export function paragraphsOf(root: Node): string[] {
	const paragraphs: string[] = [];
	let current = '';
	const flush = () => {
		const text = current.replaceAll(/[ \t]*\n[ \t]*/g, '\n').trim();
		if (text !== '') paragraphs.push(text);
		current = '';
	};

	const walk = (node: Node, pre: boolean) => {
		if (node.nodeType === 3) {
			const text = node.textContent ?? '';
			current += pre ? text : text.replaceAll(/[ \t\n\r\f]+/g, ' ');
			return;
		}

		if (node.nodeType !== 1) return;
		const name = node.nodeName.toUpperCase();
		if (skipped.has(name)) return;
		if (name === 'BR') {
			current += '\n';
			return;
		}

		const block = blocks.has(name);
		if (block) flush();
		const children = node.childNodes;
		for (let i = 0; i < children.length; i++) walk(children[i]!, pre || name === 'PRE');
		if (block) flush();
	};

	walk(root, false);
	flush();
	return paragraphs;
}

type Document = ReturnType<typeof parseHTML>['document'];

function metaContent(document: Document, ...keys: string[]): string | undefined {
	for (const key of keys) {
		const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
		const content = element?.getAttribute('content')?.trim();
		if (content) return content;
	}

	return undefined;
}

/** `datePublished` from the page's JSON-LD, looked for in objects, arrays and @graph. */
function jsonLdDate(document: Document): string | undefined {
	for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue;
		}

		const queue = [data];
		for (let i = 0; i < queue.length && i < 500; i++) {
			const item = queue[i];
			if (Array.isArray(item)) queue.push(...(item as unknown[]));
			else if (item && typeof item === 'object') {
				const record = item as Record<string, unknown>;
				if (typeof record.datePublished === 'string') return record.datePublished;
				// The article may sit in @graph, mainEntity, an array: every nested object is looked in
				for (const value of Object.values(record)) if (value && typeof value === 'object') queue.push(value);
			}
		}
	}

	return undefined;
}

/** Names and properties of <meta> elements that give the date an article was published, the likeliest first. */
const publishedKeys = [
	'article:published_time', 'og:published_time', 'og:article:published_time', 'datePublished', 'article.published', 'publish-date', 'publish_date',
	'publishdate', 'publication_date', 'pubdate', 'parsely-pub-date', 'sailthru.date', 'dcterms.date', 'dcterms.created', 'dc.date', 'DC.date.issued', 'date',
];

/**
 * Lines of page furniture that readability may leave inside the article's container: ad labels,
 * share and reading widgets. Whole paragraphs only, compared in lower case.
 */
const furniture = new Set([
	'advertisement', 'skip advertisement', 'story continues below advertisement', 'article continues below advertisement', 'continue reading',
	'continue reading below', 'supported by', 'read more', 'share', 'share this', 'share this article', 'share this story', 'copy link', 'link copied',
	'listen to this article', 'print', 'email', 'comments', 'show comments', 'subscribe', 'sign up', 'sponsored', 'ad', 'loading…', 'loading...',
]);

/** One line of page text: white space collapsed. */
const oneLine = (text: string | undefined | null) => text?.replaceAll(/\s+/g, ' ').trim() || undefined;

/** Separators between a page's title and its site's name: "Story | Site", "Story - Site", "Story — Site". */
const titleSeparator = /\s+[|–—·•:-]\s+/;

/** The headline: og:title, else the article's <h1>, else <title> without the site's name. */
function headline(document: Document, site: string | undefined, fromReadability: string | undefined): string | undefined {
	const h1 = document.querySelector('article h1') ?? document.querySelector('main h1') ?? document.querySelector('h1');
	const candidates = [metaContent(document, 'og:title', 'twitter:title'), oneLine(h1?.textContent), fromReadability];
	for (const candidate of candidates.map(oneLine)) {
		if (!candidate) continue;
		return withoutSite(candidate, site);
	}

	return undefined;
}

/** "Mayor backs bridge | The Daily Post" → "Mayor backs bridge", when the part after the last separator is the site. */
function withoutSite(title: string, site: string | undefined): string {
	const parts = title.split(titleSeparator);
	if (parts.length < 2) return title;
	const last = parts.at(-1)!.toLowerCase();
	const first = parts[0]!.toLowerCase();
	const named = site?.toLowerCase();
	if (named && (last === named || named.includes(last) || last.includes(named))) return title.slice(0, title.toLowerCase().lastIndexOf(last)).replace(/\s+[|–—·•:-]\s*$/, '').trim();
	if (named && (first === named || named.includes(first))) return title.slice(parts[0]!.length).replace(/^\s*[|–—·•:-]\s+/, '').trim();
	// No site name to compare: a short last part after a bar or a dash is one ("Story | Daily Post"), a colon's is not
	const separator = /\s+([|–—·•-])\s+(?!.*\s[|–—·•-]\s)/.exec(title);
	if (!named && separator && last.split(' ').length <= 3 && first.split(' ').length >= 3) return title.slice(0, separator.index).trim();
	return title;
}

/** "By Jane Roe and John Doe, Reporters" → "Jane Roe and John Doe, Reporters". */
function cleanByline(byline: string | undefined): string | undefined {
	const line = oneLine(byline)?.replace(/^by\s+/i, '');
	return line && line.length <= 200 && !/^https?:/.test(line) ? line : undefined;
}

/** Reduces the page `html` (fetched from `url`, if it was) to its article. */
export function fromHtml(html: string, url?: string): Page {
	// A fragment (a `--jsonl -` record's html may be one) gets a document around it: readability needs one
	const {document} = parseHTML(/<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
	// Read before readability, which takes the page apart as it goes
	const site = oneLine(metaContent(document, 'og:site_name', 'application-name'));
	const published =
		metaContent(document, ...publishedKeys) ??
		jsonLdDate(document) ??
		document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ??
		undefined;
	const title = headline(document, site, undefined);

	const article = new Readability(document as unknown as globalThis.Document, {serializer: (element) => element, charThreshold: 200}).parse();
	const body = article?.content as unknown as Node | undefined;
	let paragraphs = body ? paragraphsOf(body).filter((paragraph) => paragraph.length > 40 || !furniture.has(paragraph.toLowerCase())) : [];
	const fromReadability = oneLine(article?.title);
	const finalTitle = title ?? (fromReadability ? withoutSite(fromReadability, site ?? oneLine(article?.siteName)) : undefined);
	// Readability keeps a heading that repeats the title; the article's headline is the title
	if (paragraphs[0] !== undefined && finalTitle !== undefined && oneLine(paragraphs[0]) === finalTitle) paragraphs = paragraphs.slice(1);
	const byline = cleanByline(article?.byline ?? metaContent(document, 'author') ?? undefined);
	// The byline is metadata, not a paragraph: readability leaves its line in when the page's metadata named the author
	if (byline !== undefined) paragraphs = paragraphs.filter((paragraph) => paragraph.length > 200 || cleanByline(paragraph) !== byline);
	const meta: PageMeta = {
		title: finalTitle,
		date: isoDate(published ?? article?.publishedTime ?? undefined),
		byline,
		site: site ?? oneLine(article?.siteName),
		url,
	};
	return {text: paragraphs.join('\n\n'), meta};
}
