import {useContext} from 'react';
import {type Corpus, errorOf, titleOf} from '../../corpus/corpus.js';
import {ColorContext} from '../color.js';
import {type Row, Rows} from '../line.js';
import {Pane} from '../pane.js';
import {type ListScroll, useScrolledList} from '../scroll.js';
import {paint} from '../style.js';
import {truncate} from '../text.js';

type ArticlesPaneProps = {
	corpus: Corpus;
	/** The list's cursor (the highlighted article) and first shown row, from the reducer. */
	list: ListScroll;
	focused: boolean;
	width: number;
	height: number;
};

/** "2023-05-26   4 Title" (date, statements, title: the fixed-width parts first, so a narrow pane keeps them), or "✗ file: its error". */
export function articleLabel(corpus: Corpus, index: number, width: number): string {
	const article = corpus.articles[index]!;
	if (!article.model) return truncate(`✗ ${article.file}: ${errorOf(article)}`, width);

	const date = article.model.article.date ?? '—'.padEnd(10);
	return truncate(`${date} ${String(article.model.statements.length).padStart(3)} ${titleOf(article)}`, width);
}

/**
 * The corpus's articles, through the one list-and-scroll behaviour (scroll.ts): the highlighted
 * one marked › and inverse, a failed one in red after its ✗ (the mark carries it without colour).
 * Only the rows on screen are drawn.
 */
export function ArticlesPane({corpus, list, focused, width, height}: ArticlesPaneProps) {
	const color = useContext(ColorContext);
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 3);
	const window = useScrolledList(corpus.articles.length, list.top, rows);
	const lines: Row[] = [];
	for (let index = window.start; index < window.end; index++) {
		const label = articleLabel(corpus, index, Math.max(1, inner - 2));
		const isCursor = index === list.cursor;
		const failed = !corpus.articles[index]!.model;
		lines.push({key: String(index), text: paint([{text: isCursor ? '› ' : '  ', style: {}}, {text: label, style: {inverse: isCursor, ...(failed ? {color: 'red'} : {})}}], color)});
	}

	const failed = corpus.articles.filter((one) => !one.model).length;
	const title = `Articles ${corpus.articles.length}${failed > 0 ? ` · ${failed} failed` : ''}`;
	return (
		<Pane title={title} marks={window.marks} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={inner} />
		</Pane>
	);
}
