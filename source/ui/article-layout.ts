import type {Attributed, Paragraph, Statement} from '../model.js';
import {type Range, textWidth, wrap} from './text.js';

/** A row of the article pane: paragraph `paragraph`, wrapped line `line` (== line count: the blank row after it). */
export type Position = {paragraph: number; line: number};

/** A statement as placed in its paragraph's display text: the speaker tag, then the span. */
export type Placed = {statement: Statement; tag: Range; span: Range};

/** A paragraph ready to draw: text with speaker tags inserted, wrapped to the pane. */
export type Block = {text: string; lines: Range[]; placed: Placed[]};

/**
 * The article laid out for one width, lazily: a paragraph is wrapped only when a row of it is
 * needed, so a document with 10 000 statements costs only what is on screen. Positions are
 * (paragraph, line) pairs; moving by n rows walks n rows, never the whole document.
 */
export class ArticleLayout {
	readonly gutter: number;
	readonly textWidth: number;
	readonly #blocks = new Map<number, Block>();
	readonly #byParagraph = new Map<number, Statement[]>();
	readonly #names: Map<string, string>;

	constructor(
		readonly model: Attributed,
		readonly width: number,
	) {
		const last = model.article.paragraphs.at(-1)?.index ?? 0;
		this.gutter = `¶${last} `.length;
		this.textWidth = Math.max(1, width - this.gutter);
		this.#names = new Map(model.speakers.map((speaker) => [speaker.id, speaker.name]));
		for (const statement of model.statements) {
			const list = this.#byParagraph.get(statement.paragraph) ?? [];
			list.push(statement);
			this.#byParagraph.set(statement.paragraph, list);
		}
	}

	get count(): number {
		return this.model.article.paragraphs.length;
	}

	paragraph(position: number): Paragraph {
		return this.model.article.paragraphs[position]!;
	}

	/** Position in `paragraphs` of the paragraph whose index is `index`. */
	find(index: number): number {
		const paragraphs = this.model.article.paragraphs;
		if (paragraphs[index]?.index === index) return index;
		return Math.max(0, paragraphs.findIndex((paragraph) => paragraph.index === index));
	}

	block(position: number): Block {
		let block = this.#blocks.get(position);
		if (!block) {
			block = this.#layout(this.paragraph(position));
			this.#blocks.set(position, block);
		}

		return block;
	}

	/** Rows of a paragraph: its lines, plus a blank row unless it is the last. */
	rows(position: number): number {
		return this.block(position).lines.length + (position < this.count - 1 ? 1 : 0);
	}

	/** The position `n` rows after (or before, when negative) `from`, stopping at either end. */
	advance(from: Position, n: number): Position {
		let {paragraph, line} = from;
		if (this.count === 0) return {paragraph: 0, line: 0};
		line += n;
		while (line < 0 && paragraph > 0) {
			paragraph--;
			line += this.rows(paragraph);
		}

		while (paragraph < this.count - 1 && line >= this.rows(paragraph)) {
			line -= this.rows(paragraph);
			paragraph++;
		}

		return {paragraph, line: Math.max(0, Math.min(line, this.rows(paragraph) - 1))};
	}

	/** The highest top that still fills `height` rows (the end of the article at the bottom). */
	lastTop(height: number): Position {
		const end = {paragraph: Math.max(0, this.count - 1), line: Math.max(0, this.rows(this.count - 1) - 1)};
		return this.advance(end, -(height - 1));
	}

	clamp(top: Position, height: number): Position {
		const safe = this.advance(top, 0);
		const last = this.lastTop(height);
		return compare(safe, last) > 0 ? last : safe;
	}

	/** First and last row of a statement. */
	where(statement: Statement): {first: Position; last: Position} {
		const position = this.find(statement.paragraph);
		const block = this.block(position);
		// Binary searches: a paragraph may hold thousands of statements and lines, and this runs on every key
		const placed = block.placed[firstIndex(block.placed.length, (i) => block.placed[i]!.statement.id >= statement.id)];
		const found = placed?.statement.id === statement.id ? placed : undefined;
		const start = found?.tag.start ?? 0;
		const end = found?.span.end ?? 0;
		const lineOf = (offset: number) => Math.max(0, firstIndex(block.lines.length, (i) => block.lines[i]!.start > offset) - 1);
		return {first: {paragraph: position, line: lineOf(start)}, last: {paragraph: position, line: lineOf(Math.max(start, end - 1))}};
	}

	/**
	 * Scrolls to show the statement when it is not wholly on screen: its paragraph's first line at
	 * the top, or the statement's own first line when the paragraph is too long for that.
	 */
	reveal(top: Position, statement: Statement, height: number): Position {
		const {first, last} = this.where(statement);
		const bottom = this.advance(top, height - 1);
		if (compare(first, top) >= 0 && compare(last, bottom) <= 0) return this.clamp(top, height);
		const opening = {paragraph: first.paragraph, line: 0};
		return this.clamp(last.line - opening.line < height ? opening : first, height);
	}

	#layout(paragraph: Paragraph): Block {
		const statements = this.#byParagraph.get(paragraph.index) ?? [];
		let text = '';
		let at = 0;
		const placed: Placed[] = [];
		for (const statement of statements) {
			if (statement.start < at) continue; // Overlapping spans: the first one wins
			text += paragraph.text.slice(at, statement.start);
			const tag = `[${this.#names.get(statement.speaker) ?? statement.speaker}]`;
			const tagStart = text.length;
			text += `${tag} `;
			const spanStart = text.length;
			text += paragraph.text.slice(statement.start, statement.end);
			placed.push({statement, tag: {start: tagStart, end: tagStart + tag.length}, span: {start: spanStart, end: text.length}});
			at = statement.end;
		}

		text += paragraph.text.slice(at);
		return {text, lines: wrap(text, this.textWidth), placed};
	}
}

export function compare(a: Position, b: Position): number {
	return a.paragraph === b.paragraph ? a.line - b.line : a.paragraph - b.paragraph;
}

/** "¶4 " padded to the gutter, for the first line of a paragraph. */
export function gutterLabel(paragraph: Paragraph, gutter: number): string {
	const label = `¶${paragraph.index}`;
	return label + ' '.repeat(Math.max(1, gutter - textWidth(label)));
}

/** The first index below `length` where `after` holds, `after` being false, then true; `length` when it never holds. */
function firstIndex(length: number, after: (index: number) => boolean): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (after(middle)) high = middle;
		else low = middle + 1;
	}

	return low;
}

/**
 * The statements placed in a block that touch its text [start, end), in order. Placed statements
 * are in text order and never overlap, so a binary search finds the first: a paragraph may hold
 * thousands of them, and a frame shows a few rows of it.
 */
export function placedIn(block: Block, start: number, end: number): Placed[] {
	const {placed} = block;
	const found: Placed[] = [];
	for (let i = firstIndex(placed.length, (k) => placed[k]!.span.end > start); i < placed.length && placed[i]!.tag.start < end; i++) found.push(placed[i]!);
	return found;
}
