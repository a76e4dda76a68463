import type {Corpus} from '../../corpus/corpus.js';
import {type Row, Rows} from '../line.js';
import {Pane} from '../pane.js';
import {useScrolledList} from '../scroll.js';
import type {ListScroll, Order} from '../state.js';
import {truncate} from '../text.js';
import {corpusSpeakerAtRow} from './state.js';

type CorpusSpeakersPaneProps = {
	corpus: Corpus;
	list: ListScroll;
	order: Order;
	filter: number | undefined;
	focused: boolean;
	width: number;
	height: number;
};

/** "3 Nikolai Patrushev 5 in 2": number (its digits filter to it), name, statements, articles; `undefined` is the "All" row. */
export function speakerLabel(corpus: Corpus, index: number | undefined): string {
	if (index === undefined) return `0 All (${corpus.all.length})`;
	const speaker = corpus.speakers[index]!;
	const articles = speaker.articles.length;
	return `${index + 1} ${speaker.name} ${speaker.total} in ${articles}`;
}

/** Speakers merged across articles, in the order `S` chose (most quoted first at the start), the filter marked with ●; only the rows on screen are drawn. */
export function CorpusSpeakersPane({corpus, list, order, filter, focused, width, height}: CorpusSpeakersPaneProps) {
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 3);
	const count = corpus.speakers.length + 1;
	const window = useScrolledList(count, list.top, rows);
	const lines: Row[] = [];
	for (let row = window.start; row < window.end; row++) {
		const speaker = corpusSpeakerAtRow(corpus, order, row);
		const cursor = row === list.cursor && focused ? '›' : ' ';
		const mark = speaker === filter ? '●' : ' ';
		const text = truncate(`${cursor}${mark}${speakerLabel(corpus, speaker)}`, inner);
		lines.push({key: String(row), text: row === list.cursor && focused ? `\u001B[7m${text}\u001B[27m` : text});
	}

	return (
		<Pane title="Speakers" marks={window.marks} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={inner} />
		</Pane>
	);
}
