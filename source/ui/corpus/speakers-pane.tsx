import type {Corpus} from '../../corpus/corpus.js';
import {type Row, Rows} from '../line.js';
import {Pane} from '../pane.js';
import {useScrolledList} from '../scroll.js';
import type {ListScroll} from '../state.js';
import {truncate} from '../text.js';

type CorpusSpeakersPaneProps = {
	corpus: Corpus;
	list: ListScroll;
	filter: number | undefined;
	focused: boolean;
	width: number;
	height: number;
};

/** "3 Nikolai Patrushev 5 in 2": number, name, statements, articles; the filter marked with ●. */
export function speakerLabel(corpus: Corpus, row: number): string {
	if (row === 0) return `0 All (${corpus.all.length})`;
	const speaker = corpus.speakers[row - 1]!;
	const articles = speaker.articles.length;
	return `${row} ${speaker.name} ${speaker.total} in ${articles}`;
}

/** Speakers merged across articles, most quoted first; only the rows on screen are drawn. */
export function CorpusSpeakersPane({corpus, list, filter, focused, width, height}: CorpusSpeakersPaneProps) {
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 3);
	const count = corpus.speakers.length + 1;
	const window = useScrolledList(count, list.top, rows);
	const active = filter === undefined ? 0 : filter + 1;
	const lines: Row[] = [];
	for (let row = window.start; row < window.end; row++) {
		const cursor = row === list.cursor && focused ? '›' : ' ';
		const mark = row === active ? '●' : ' ';
		const text = truncate(`${cursor}${mark}${speakerLabel(corpus, row)}`, inner);
		lines.push({key: String(row), text: row === list.cursor && focused ? `\u001B[7m${text}\u001B[27m` : text});
	}

	return (
		<Pane title="Speakers" marks={window.marks} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={inner} />
		</Pane>
	);
}
