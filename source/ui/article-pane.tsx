import {useContext} from 'react';
import {type ArticleLayout, type Placed, type Position, gutterLabel, placedIn} from './article-layout.js';
import {ColorContext} from './color.js';
import {type Row, Rows} from './line.js';
import {Pane} from './pane.js';
import {findAll} from './search.js';
import {speakerIndex} from './select.js';
import {type Mark, paint, pieces, speakerColor} from './style.js';

type ArticlePaneProps = {
	article: ArticleLayout;
	top: Position;
	selected: number | undefined;
	filter: string | undefined;
	query: string;
	focused: boolean;
	width: number;
	height: number;
};

/** Marks of one placed statement: its speaker tag, its span (inverse when selected), search matches in it. */
function statementMarks(article: ArticleLayout, {statement, tag, span}: Placed, selected: number | undefined, filter: string | undefined, query: string): Mark[] {
	const shown = filter === undefined || statement.speaker === filter;
	const color = shown ? speakerColor(speakerIndex(article.model, statement.speaker)) : undefined;
	const isSelected = statement.id === selected;
	const marks: Mark[] = [
		{...tag, style: {bold: true, color, inverse: isSelected}},
		{...span, style: {color, inverse: isSelected}},
	];
	if (shown) {
		for (const range of findAll(statement.text, query)) {
			marks.push({start: span.start + range.start, end: span.start + range.end, style: {bold: true, underline: true}});
		}
	}

	return marks;
}

/** The whole article with paragraph numbers and speaker tags; only the rows on screen are laid out. */
export function ArticlePane({article, top, selected, filter, query, focused, width, height}: ArticlePaneProps) {
	const color = useContext(ColorContext);
	const rows = Math.max(1, height - 3);
	const start = article.clamp(top, rows);
	const lines: Row[] = [];
	let position = start;
	/** By statement id: a statement may run over several rows. */
	const marksOf = new Map<number, Mark[]>();
	let atEnd = article.count === 0;
	while (lines.length < rows && article.count > 0) {
		const paragraph = article.paragraph(position.paragraph);
		const block = article.block(position.paragraph);
		const key = `${position.paragraph}:${position.line}`;
		const range = block.lines[position.line];
		if (range) {
			// Only the statements on this row: marks for all of a paragraph's cost a frame thousands of them
			const marks: Mark[] = paragraph.kind === 'headline' ? [{start: range.start, end: range.end, style: {bold: true}}] : [];
			for (const item of placedIn(block, range.start, range.end)) {
				let own = marksOf.get(item.statement.id);
				if (!own) {
					own = statementMarks(article, item, selected, filter, query);
					marksOf.set(item.statement.id, own);
				}

				marks.push(...own);
			}

			const gutter = position.line === 0 ? gutterLabel(paragraph, article.gutter) : ' '.repeat(article.gutter);
			lines.push({key, text: paint([{text: gutter, style: {dim: true}}, ...pieces(block.text, range.start, range.end, marks)], color)});
		} else {
			lines.push({key, text: ''});
		}

		const next = article.advance(position, 1);
		if (next.paragraph === position.paragraph && next.line === position.line) {
			atEnd = true;
			break;
		}

		position = next;
	}

	// Paragraphs not reached, counting the one cut at the bottom: cheap, as nothing below is laid out
	const below = atEnd ? 0 : article.count - position.paragraph;
	const marks = [start.paragraph > 0 || start.line > 0 ? '↑' : '', below > 0 ? `↓ ${below} ¶ more` : ''].filter(Boolean).join(' ');
	return (
		<Pane title="Article" marks={marks} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={width - 2} />
		</Pane>
	);
}
