import {type Corpus, positionIn, statementAt, titleOf} from '../../corpus/corpus.js';
import {type Row, Rows} from '../line.js';
import {Pane} from '../pane.js';
import {follow, scrollMarks} from '../scroll.js';
import {truncate, wrap} from '../text.js';

type CorpusStatementsPaneProps = {
	corpus: Corpus;
	list: Int32Array;
	filter: number | undefined;
	selected: number | undefined;
	top: number;
	focused: boolean;
	width: number;
	height: number;
};

const inverse = (text: string) => `\u001B[7m${text}\u001B[27m`;
const oneLine = (text: string) => text.replaceAll('\n', ' ');

/** The selected statement opened: speaker and article, its text (capped), paragraph, cue and mode. */
function expanded(corpus: Corpus, g: number, width: number, rows: number, focused: boolean): string[] {
	const statement = statementAt(corpus, g);
	const article = corpus.articles[corpus.articleOf[g]!]!;
	const name = corpus.speakers[corpus.speakerOf[g]!]!.name;
	const header = truncate(`› ${name} · ${titleOf(article)}`, width);
	const text = oneLine(statement.text);
	const lines = wrap(text, width - 2);
	const shown = lines.slice(0, Math.max(1, rows - 2));
	const body = shown.map((range, index) => truncate(`  ${text.slice(range.start, range.end)}${index === shown.length - 1 && shown.length < lines.length ? '…' : ''}`, width));
	const date = article.model?.article.date;
	const about = truncate(`  ${date ? `${date} · ` : ''}¶${statement.paragraph} · ${statement.cue} · ${statement.mode} · Enter opens`, width);
	return [focused ? inverse(header) : `\u001B[1m${header}\u001B[22m`, ...body, `\u001B[2m${about}\u001B[22m`];
}

/** Rows the statement `g` takes opened in a pane `width` wide with `rows` inside. */
export function corpusOpenRows(corpus: Corpus, g: number, width: number, rows: number): number {
	return Math.min(wrap(oneLine(statementAt(corpus, g).text), width - 2).length, Math.max(1, rows - 2)) + 2;
}

/** A statement as one row: with a filter, its article's title before it; without, its speaker. */
function row(corpus: Corpus, g: number, filter: number | undefined, width: number): string {
	const text = oneLine(statementAt(corpus, g).text);
	const lead = filter === undefined ? `${corpus.speakers[corpus.speakerOf[g]!]!.name}: ` : `${truncate(titleOf(corpus.articles[corpus.articleOf[g]!]!), Math.max(8, Math.floor(width / 3)))} │ `;
	return truncate(`  ${lead}${text}`, width);
}

/** The statements of the filter from every article; only the rows on screen are drawn. */
export function CorpusStatementsPane({corpus, list, filter, selected, top: wanted, focused, width, height}: CorpusStatementsPaneProps) {
	const inner = Math.max(1, width - 2);
	const rows = Math.max(1, height - 3);
	const lines: Row[] = [];
	let marks = '';
	if (list.length === 0) {
		lines.push({key: 'none', text: 'No statements.'});
	} else {
		const index = selected === undefined ? 0 : Math.min(positionIn(list, selected), list.length - 1);
		const open = expanded(corpus, list[index]!, inner, rows, focused);
		const top = follow(wanted, index, list.length, rows, open.length);
		let i = top;
		for (; i < list.length && lines.length < rows; i++) {
			if (i === index) {
				for (const [k, text] of open.entries()) if (lines.length < rows) lines.push({key: `${i}.${k}`, text});
			} else {
				lines.push({key: String(i), text: row(corpus, list[i]!, filter, inner)});
			}
		}

		marks = scrollMarks(top, list.length - i);
	}

	const title = filter === undefined ? 'Statements' : `Statements of ${corpus.speakers[filter]!.name}`;
	return (
		<Pane title={title} marks={marks} focused={focused} width={width} height={height}>
			<Rows rows={lines} width={inner} />
		</Pane>
	);
}
