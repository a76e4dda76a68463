import type {Article, PageMeta, Paragraph, ParagraphKind} from '../model.js';

/*
 * Text → Article: the headline, the date, and paragraphs with their kinds.
 * Every pattern here is anchored and bounded, so a hostile line costs linear time.
 */

const months = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const monthIndex: Record<string, number> = {jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12};

/** " date 2023-05-26 Senior CPC official attends meetings in Russia" */
const dateTitleLine = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(\S.*)$/;
/**
 * A line that is only a date or time: "May 26, 2023", "Xinhua) 16:40, June 19, 2023", "Updated 10:15 a.m. ET, Mon June 5, 2023".
 * Matched against the lower-cased line: without the `i` flag V8 compiles it in half the time, and
 * start-up pays that compile for every article with a date line.
 */
const timeLine = new RegExp(
	`^(?:(?:updated|published|posted)[: ]{1,3})?(?:\\S{1,20}\\)\\s)?(?:\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s[a-z]{2,4})?,?\\s)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s)?(${months.toLowerCase()})\\.?\\s(\\d{1,2}),?\\s(\\d{4})(?:,?\\s\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?(?:\\s[a-z]{2,4})?)?$`,
);
const isoDateLine = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
/** "MOSCOW, May 25 (Xinhua) --", "WASHINGTON (AP) —", "BEIJING, June 19 --", "DENVER, Colo. - " */
const dateline = new RegExp(
	`^([A-Z][A-Z.'’ -]{1,40}(?:,\\s[A-Z][A-Za-z.]{1,20}(?:\\s[A-Z][A-Za-z.]{1,20})?)?(?:,\\s(?:${months})\\.?\\s\\d{1,2})?(?:\\s\\([A-Za-z.]{1,20}\\))?)(?:\\s{0,3}(?:--|—|–)\\s{0,3}|\\s-\\s)`,
);
/** Photo captions end with a credit: "(Xinhua/Li Ming)", "(Photo by Jane Roe/AP)". */
const captionCredit = /\((?:Xinhua|AP|AFP|Reuters|TASS|Getty Images|EPA|Photo(?: by)?:?)[/ ][^()]{1,80}\)\s*$/;
/*
 * A paragraph that is only a photo credit: "Jane Roe/Reuters", "AP Photo/Jane Roe", "Photo: Jane Roe/AFP/Getty Images",
 * "JANE B. ROE via Getty Images.", "Jane Roe for The Daily Post", "(Reuters)". The name in it is the photographer's,
 * never a speaker or an antecedent. A line of slashes, "via" or "for" needs an agency-like part, so that a headline
 * such as "Marsh/Tal Ticket Takes Shape" stays one.
 */
const creditWord = `[A-ZÀ-Þ][^\\s/(),;:!?"“”]*`;
const creditName = `${creditWord}(?: ${creditWord}){0,5}`;
const creditAgency = `(?:${creditWord} ){0,4}(?:Reuters|AP|AFP|EPA|UPI|TASS|Xinhua|Bloomberg|Getty|Corbis|Redux|Shutterstock|Pool|Images|Photos?|Pictures|Press|Times|Post|News|Agency)`;
const creditLine = new RegExp(
	`^(?:(?:(?:Photo(?:graph)?|Image|Picture)s?(?: by|:)|(?:Photo )?[Cc]redits?:) ${creditName}(?: ?/ ?${creditName}){0,3}(?: (?:via|for) ${creditAgency})?` +
		`|(?:${creditName} ?/ ?){1,3}${creditAgency}(?: ?/ ?${creditName}){0,2}` +
		`|${creditAgency}(?: ?/ ?${creditName}){1,3}` +
		`|${creditName} (?:via|for) ${creditAgency}` +
		`|\\(${creditAgency}\\))\\.?$`,
);
const boilerplate = [
	/^\(?Web editor:[^\n]{0,200}$/i,
	/^\(?(?:Editor|Editors|Source|Reporting by|Editing by|Writing by|Translated by)\s?:[^\n]{0,200}$/i,
	/^Related (?:Stories|Articles|News|Coverage|Links)\s*:?$/i,
	/^(?:Copyright|©|\(c\)\s)[^\n]{0,300}$/i,
	/^All rights reserved\.?$/i,
	/^(?:Share|Print|Comment|Comments|Email|E-mail|Tweet|Follow us|Subscribe|Advertisement|Read more|Recommended|Share this(?: article)?)(?:\s?[|/:·•-]\s?[^\n]{0,60})?$/i,
];

/** An ISO date from a "May 26, 2023" style line, or undefined. */
export function parseDate(line: string): string | undefined {
	const iso = isoDateLine.exec(line);
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
	const match = timeLine.exec(line.toLowerCase());
	if (!match) return undefined;
	const month = monthIndex[match[1]!.slice(0, 3).toLowerCase()]!;
	return `${match[3]}-${String(month).padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}

/**
 * Gives `add` the paragraphs of `text`, trimmed, in order: split on blank lines, and a block's lines as
 * addLines decides (a document without blank lines is one block).
 */
function splitInto(text: string, add: (piece: string) => unknown) {
	if (splitOnBlankLines(text, add)) return;
	// No blank line: the text is one block, its lines paragraphs of their own or wrapped prose (addLines)
	addPiece(add, text, 0, text.length);
}

/**
 * Gives `add` the pieces of `text` between blank lines (/\n[ \t]*\n/), found from newline
 * to newline, where the pattern was run over the whole text twice (a test, then the split) and was
 * parse's largest cost. Returns false, having given nothing, when there is no blank line.
 */
function splitOnBlankLines(text: string, add: (piece: string) => unknown): boolean {
	let start = 0;
	let newline = text.indexOf('\n');
	while (newline !== -1) {
		let next = newline + 1;
		while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next++;
		if (next < text.length && text.charCodeAt(next) === 0x0a) {
			addPiece(add, text, start, newline);
			start = next + 1;
			next = start;
		}

		newline = text.indexOf('\n', next);
	}

	if (start === 0) return false;
	addPiece(add, text, start, text.length);
	return true;
}

/** Tab, line feed, vertical tab, form feed, carriage return, space: the ASCII white space trim() removes. */
const isAsciiSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/**
 * Gives `add` `text[from, to)` unless blank, trimmed: one line as it is; several as paragraphs of their own,
 * or flowed back into one where they were wrapped (addLines). Trimmed by index before slicing, so that a
 * piece costs one string, not two: articles of very many short paragraphs pay that per paragraph.
 */
function addPiece(add: (piece: string) => unknown, text: string, from: number, to: number) {
	while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
	while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
	if (from === to) return;
	let piece = text.slice(from, to);
	if (piece.includes('\n')) {
		addLines(add, text, from, to);
		return;
	}

	// Other white space trim() removes is not ASCII
	if (text.charCodeAt(from) >= 0x80 || text.charCodeAt(to - 1) >= 0x80) piece = piece.trim();
	if (piece) add(piece);
}

/**
 * Lines no wider than this may be hard-wrapped prose (e-mail and plain-text articles wrap at 72 to 80
 * columns); a block with a longer line holds one paragraph per line (live blogs, scraped pages).
 */
const maxWrapWidth = 100;

/**
 * Gives `add` the paragraphs of a block of several lines (`text[from, to)`, trimmed). In a block wider than
 * prose is wrapped, every line is a paragraph: joined, a widget, heading or byline line became part of the
 * sentence after it ("U.S." then "Ivo Marsh said" read as the name "U.S. Ivo Marsh"). In a
 * narrower block a line flows on into the next unless it ends short of the block's width, as a paragraph's
 * last line, a heading or a byline does (endsParagraph). A next line in lower case always carries on the sentence.
 */
function addLines(add: (piece: string) => unknown, text: string, from: number, to: number) {
	const width = widestLine(text, from, to);
	let start = from;
	let lineStart = from;
	while (lineStart < to) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1 || lineEnd > to) lineEnd = to;
		if (lineEnd === to) break;
		if (width > maxWrapWidth || endsParagraph(text, lineStart, lineEnd, to, width)) {
			addFlowed(add, text, start, lineEnd);
			start = lineEnd + 1;
		}

		lineStart = lineEnd + 1;
	}

	addFlowed(add, text, start, to);
}

/** The length of the longest line of `text[from, to)`, without the white space that ends it. */
function widestLine(text: string, from: number, to: number): number {
	let widest = 0;
	for (let lineStart = from; lineStart < to; ) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1 || lineEnd > to) lineEnd = to;
		widest = Math.max(widest, trimmedEnd(text, lineStart, lineEnd) - lineStart);
		lineStart = lineEnd + 1;
	}

	return widest;
}

function trimmedEnd(text: string, from: number, to: number): number {
	while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
	return to;
}

/**
 * Whether the line `text[lineStart, lineEnd)` of a block `width` wide ends its paragraph: the next line
 * (up to `to`) starts with a capital or a mark, and its first word would have fitted on this line, which
 * ends a sentence (within a tenth of the width: wrappers that balance lines leave some room). A line with
 * room for that word and half the width is no wrapped line whatever its end: a heading or a byline ("By Jane Roe").
 */
function endsParagraph(text: string, lineStart: number, lineEnd: number, to: number, width: number): boolean {
	let next = lineEnd + 1;
	// Spaces and tabs only: skipping line ends too, a run of white lines would be read again from each line before it
	while (next < to && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next++;
	const first = text.charCodeAt(next);
	if (first >= 0x61 && first <= 0x7a) return false;
	const end = trimmedEnd(text, lineStart, lineEnd);
	let wordEnd = next;
	while (wordEnd < to && !isAsciiSpace(text.charCodeAt(wordEnd))) wordEnd++;
	const withWord = end - lineStart + 1 + wordEnd - next;
	return withWord <= width / 2 || (withWord <= width - Math.floor(width / 10) && endsSentence(text, lineStart, end));
}

/** Whether `text[from, to)` ends a sentence: with . ! or ?, perhaps inside closing quotes or a parenthesis. */
function endsSentence(text: string, from: number, to: number): boolean {
	while (to > from && isClosingMark(text.charCodeAt(to - 1))) to--;
	const last = to > from ? text.charCodeAt(to - 1) : 0;
	return last === 0x2e || last === 0x21 || last === 0x3f;
}

/** " ' ) ” ’ */
const isClosingMark = (code: number) => code === 0x22 || code === 0x27 || code === 0x29 || code === 0x20_1d || code === 0x20_19;

/** Gives `add` `text[from, to)` unless blank, its lines flowed into one, trimmed as addPiece trims. */
function addFlowed(add: (piece: string) => unknown, text: string, from: number, to: number) {
	while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
	to = trimmedEnd(text, from, to);
	if (from === to) return;
	let piece = text.slice(from, to).replaceAll('\n', ' ');
	if (text.charCodeAt(from) >= 0x80 || text.charCodeAt(to - 1) >= 0x80) piece = piece.trim();
	if (piece) add(piece);
}

/** The first characters boilerplate lines can start with, by code: one test instead of every pattern for most paragraphs. */
const boilerplateStarts = new Uint8Array(256);
for (const char of '(©ACEFPRSTWacefprstw') boilerplateStarts[char.charCodeAt(0)] = 1;

function mayStartBoilerplate(text: string): boolean {
	const first = text.charCodeAt(0);
	return first < 256 && boilerplateStarts[first] === 1;
}

/** Whether `text` has an ASCII digit: a loop, as a pattern costs more to call than to run on a short paragraph. */
function hasDigit(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code >= 0x30 && code <= 0x39) return true;
	}

	return false;
}

/**
 * Whether `text` may be a credit line: short, with a slash, a colon, an opening parenthesis or a word that
 * starts as "via", "for", "by" and "credit" do, before any other word in lower case (the rest of a credit is in
 * capitals). A loop that stops at the first such word: articles of very many short paragraphs pay it per paragraph.
 */
function mayBeCreditLine(text: string): boolean {
	if (text.length > 100) return false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 0x2f || code === 0x3a || code === 0x28) return true;
		if (code === 0x20) {
			const next = text.charCodeAt(i + 1);
			if (next === 0x76 || next === 0x66 || next === 0x62 || next === 0x63) return true;
			if (next >= 0x61 && next <= 0x7a) return false;
		}
	}

	return false;
}

function kindOf(text: string): ParagraphKind {
	// Cheap tests first, for articles of very many short paragraphs: a date has digits
	if (text.length <= 80 && hasDigit(text) && (timeLine.test(text.toLowerCase()) || isoDateLine.test(text))) return 'time';
	if (text.length <= 300 && mayStartBoilerplate(text) && boilerplate.some((pattern) => pattern.test(text))) return 'boilerplate';
	// The pattern is anchored at the end only: tried at every "(" of a long paragraph unless it closes one
	if (text.endsWith(')') && captionCredit.test(text)) return 'caption';
	if (mayBeCreditLine(text) && creditLine.test(text)) return 'caption';
	return 'body';
}

/** Whether a first paragraph reads as a headline rather than as the first sentences of a story. */
function looksLikeHeadline(text: string): boolean {
	return text.length <= 250 && !/[.]["”’]?$/.test(text.replace(/\b(?:Jr|Sr|Inc|Co|Corp|Ltd|U\.S|U\.N)\.$/, ''));
}

/** Headline-sized: one line of at most 200 characters and 30 words. */
function isShortLine(text: string): boolean {
	if (text.length > 200 || text.includes('\n')) return false;
	let spaces = 0;
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x20) spaces++;
	return spaces < 30;
}

/** Whether the first line with text is followed by a blank line (white space only) and more text. */
function firstLineAlone(text: string): boolean {
	let start = 0;
	while (start < text.length && isAsciiSpace(text.charCodeAt(start))) start++;
	const end = text.indexOf('\n', start);
	if (end === -1) return false;
	let next = end + 1;
	while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next++;
	return text.charCodeAt(next) === 0x0a;
}

/**
 * A body paragraph, or a dateline alone. The pattern needs two capitals or marks to start with:
 * tested first, as most paragraphs start otherwise ("He said ...").
 */
function bodyParagraph(index: number, text: string): Paragraph {
	const line = mayStartDateline(text) ? dateline.exec(text) : null;
	if (!line) return {index, kind: 'body', text};
	if (line[0].length === text.length) return {index, kind: 'dateline', text};
	return {index, kind: 'body', text, dateline: line[1]!.trim()};
}

/** A heading over a list of links to other stories: "Related:", "Related Coverage", "Read more", "See also". */
const linksHeading = /^["“]?(?:Related(?: (?:Stories|Articles|News|Coverage|Links|Content|Reading|Posts|Videos?))?|Read [Mm]ore|See [Aa]lso|More [Oo]n [Tt]his(?: [Ss]tory)?|Also [Rr]ead|Recommended(?: [Rr]eading)?|You [Mm]ay [Aa]lso [Ll]ike)\s?:?["”]?$/;

/** Whether `text` is short and starts as a links heading does: one test instead of the pattern for most paragraphs. */
function mayBeLinksHeading(text: string): boolean {
	if (text.length > 40) return false;
	const quoted = text.charCodeAt(0) === 0x22 || text.charCodeAt(0) === 0x20_1c;
	const first = text.charCodeAt(quoted ? 1 : 0);
	return first === 0x52 || first === 0x53 || first === 0x4d || first === 0x41 || first === 0x59;
}

/** Short words headline style may leave in lower case: "Mayor Wins a Vote on the Bridge". */
const minorWords = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'with', 'from', 'into', 'over', 'than']);

/**
 * Whether `text` is written in title case, as headlines and the links to them are: four words or more,
 * every one capitalised but minor words, and at least two in mixed case (a line in capitals is no
 * title). Stops at the first word in lower case that is not a minor word: a sentence costs a few characters.
 */
function isTitleCase(text: string): boolean {
	if (text.length > 300) return false;
	let words = 0;
	let mixed = 0;
	for (let i = 0; i < text.length; i++) {
		if (i > 0 && text.charCodeAt(i - 1) !== 0x20) continue;
		const code = text.charCodeAt(i);
		if (isUpper(code)) {
			words++;
			if (isLower(text.charCodeAt(i + 1))) mixed++;
		} else if (isLower(code)) {
			let end = i + 1;
			while (end < text.length && isLower(text.charCodeAt(end))) end++;
			if (end - i > 4 || !minorWords.has(text.slice(i, end))) return false;
			words++;
		}
	}

	return words >= 4 && mixed >= 2;
}

const isUpper = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
const isLower = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);

/** Whether `text` starts as the dateline pattern does: a capital A-Z, then a capital or one of . ' ’ space -. */
function mayStartDateline(text: string): boolean {
	const first = text.charCodeAt(0);
	const second = text.charCodeAt(1);
	return first >= 0x41 && first <= 0x5a && ((second >= 0x41 && second <= 0x5a) || second === 0x2e || second === 0x27 || second === 0x20_19 || second === 0x20 || second === 0x2d);
}

/**
 * Paragraphs made as the text is split, without an array of raw pieces in between (a million tiny
 * paragraphs made a million-string array only to be read once). The first piece waits for the
 * second: whether it is a headline depends on there being more.
 */
class ArticleBuilder {
	title: string | undefined;
	date: string | undefined;
	readonly paragraphs: Paragraph[] = [];
	/** The first piece, until the second comes or the text ends. */
	private first: string | undefined;
	/** Whether the text's first line is followed by a blank line: a headline then, even if it ends with a period. */
	firstLineAlone = false;
	/** Whether the paragraphs before were a links heading and the links under it. */
	private inLinks = false;

	add(text: string) {
		if (this.paragraphs.length === 0) {
			if (this.first === undefined) {
				this.first = text;
				return;
			}

			this.addFirst(this.first, true);
		}

		this.addParagraph(this.paragraphs.length, text);
	}

	/** A headline given apart from the text: paragraph 0, and the text's first piece a paragraph like the others. */
	startWith(title: string) {
		this.title = title;
		this.paragraphs.push({index: 0, kind: 'headline', text: title});
	}

	finish(): Article {
		if (this.paragraphs.length === 0 && this.first !== undefined) this.addFirst(this.first, false);
		return {title: this.title, date: this.date, paragraphs: this.paragraphs};
	}

	/** The first paragraph: a "date ... title" line, a headline when more follows, or a paragraph like the others. */
	private addFirst(text: string, more: boolean) {
		const dated = dateTitleLine.exec(text);
		if (dated) {
			this.date = dated[1];
			this.title = dated[2]!.trim();
		} else if ((looksLikeHeadline(text) || (this.firstLineAlone && isShortLine(text))) && kindOf(text) === 'body' && more) {
			this.title = text;
		}

		if (this.title === undefined) this.addParagraph(0, text);
		else this.paragraphs.push({index: 0, kind: 'headline', text: this.title});
	}

	private addParagraph(index: number, text: string) {
		let kind = kindOf(text);
		// Under a links heading, lines in title case are the links: other stories' headlines, which no one here says
		if (this.inLinks && !(kind === 'body' && isTitleCase(text))) this.inLinks = false;
		if (!this.inLinks && mayBeLinksHeading(text) && linksHeading.test(text)) this.inLinks = true;
		if (this.inLinks) kind = 'boilerplate';

		if (kind === 'time') this.date ??= parseDate(text.replace(/^\S{1,20}\)\s/, ''));
		this.paragraphs.push(kind === 'body' ? bodyParagraph(index, text) : {index, kind, text});
	}
}

/**
 * Text → Article. `meta` is what a web page or Markdown file said besides its text: a headline given
 * there heads the article (the text is then all body), and its date, byline, site and URL are kept.
 */
export function parse(text: string, meta?: PageMeta): Article {
	const article = new ArticleBuilder();
	article.firstLineAlone = firstLineAlone(text);
	if (meta?.title !== undefined) article.startWith(meta.title);
	splitInto(text, (piece) => article.add(piece));
	const parsed = article.finish();
	if (!meta) return parsed;
	return {...parsed, date: meta.date ?? parsed.date, byline: meta.byline, site: meta.site, url: meta.url, ...(meta.language ? {language: meta.language} : {})};
}
