import {type Size, minimumSize} from '../layout.js';
import type {CorpusPane} from './state.js';

export type CorpusLayout = {kind: 'too-small'} | {kind: 'panes'; columns: Array<{pane: CorpusPane; width: number}>; height: number; single: boolean};

/** Three columns from 100 wide, two from 80 (the focused pane and the one it feeds), one below; a header and a status bar. */
export function corpusLayout(size: Size, focus: CorpusPane): CorpusLayout {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) return {kind: 'too-small'};
	const height = size.rows - 2;
	const {columns} = size;
	if (columns >= 100) {
		const articles = Math.round(columns * 0.32);
		const speakers = Math.round(columns * 0.24);
		return {
			kind: 'panes',
			height,
			single: false,
			columns: [
				{pane: 'articles', width: articles},
				{pane: 'speakers', width: speakers},
				{pane: 'statements', width: columns - articles - speakers},
			],
		};
	}

	if (columns >= 80) {
		const pair: CorpusPane[] = focus === 'articles' ? ['articles', 'speakers'] : ['speakers', 'statements'];
		const first = Math.round(columns * 0.4);
		return {
			kind: 'panes',
			height,
			single: false,
			columns: [
				{pane: pair[0]!, width: first},
				{pane: pair[1]!, width: columns - first},
			],
		};
	}

	return {kind: 'panes', height, single: true, columns: [{pane: focus, width: columns}]};
}

export const corpusPaneTitle: Record<CorpusPane, string> = {articles: 'Articles', speakers: 'Speakers', statements: 'Statements'};
