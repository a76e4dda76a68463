import {Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useContext, useMemo} from 'react';
import {type Corpus, errorOf, titleOf} from '../../corpus/corpus.js';
import {ColorContext} from '../color.js';
import {Pane} from '../pane.js';
import {truncate} from '../text.js';

type ArticlesPaneProps = {
	corpus: Corpus;
	/** The highlighted article, where the list starts when it is drawn anew. */
	article: number;
	focused: boolean;
	width: number;
	height: number;
	onHighlight: (article: number) => void;
	onSelect: (article: number) => void;
};

/** "2023-05-26   4 Title" (date, statements, title: the fixed-width parts first, so a narrow pane keeps them), or "✗ file: its error". */
export function articleLabel(corpus: Corpus, index: number, width: number): string {
	const article = corpus.articles[index]!;
	if (!article.model) return truncate(`✗ ${article.file}: ${errorOf(article)}`, width);

	const date = article.model.article.date ?? '—'.padEnd(10);
	return truncate(`${date} ${String(article.model.statements.length).padStart(3)} ${titleOf(article)}`, width);
}

function Indicator({isSelected = false}: {isSelected?: boolean}) {
	return <Text>{isSelected ? '› ' : '  '}</Text>;
}

function Item({isSelected = false, label}: {isSelected?: boolean; label: string}) {
	const color = useContext(ColorContext);
	const failed = label.startsWith('✗');
	return (
		<Text inverse={isSelected} color={color && failed ? 'red' : undefined} wrap="truncate">
			{label}
		</Text>
	);
}

/**
 * The corpus's articles, drawn by ink-select-input: it owns the highlight (↑ ↓ / k j, and 1–9 picks
 * the Nth row shown) while this pane is focused, and tells the reader through onHighlight and
 * onSelect. Its `limit` keeps it to the rows of the pane (it wraps round rather than scrolls).
 */
export function ArticlesPane({corpus, article, focused, width, height, onHighlight, onSelect}: ArticlesPaneProps) {
	const inner = Math.max(1, width - 4);
	const rows = Math.max(1, height - 3);
	// One stable array per corpus and width: ink-select-input compares its items on every change
	const items = useMemo(() => corpus.articles.map((_, index) => ({key: String(index), label: articleLabel(corpus, index, inner), value: index})), [corpus, inner]);
	const failed = corpus.articles.filter((one) => !one.model).length;
	const title = `Articles ${corpus.articles.length}${failed > 0 ? ` · ${failed} failed` : ''}`;
	return (
		<Pane title={title} focused={focused} width={width} height={height}>
			<SelectInput
				items={items}
				isFocused={focused}
				initialIndex={article}
				limit={rows}
				indicatorComponent={Indicator}
				itemComponent={Item}
				onHighlight={(item) => onHighlight(item.value)}
				onSelect={(item) => onSelect(item.value)}
			/>
		</Pane>
	);
}
