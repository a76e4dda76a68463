import {Box} from 'ink';
import {useEffect, useMemo} from 'react';
import type {Attributed} from '../model.js';
import {ArticleLayout} from './article-layout.js';
import {ArticlePane} from './article-pane.js';
import {ColorContext} from './color.js';
import {Help} from './help.js';
import {type Size, articleWidth, innerColumns, innerRows, layout, paneTitle} from './layout.js';
import {indexOf, matching, speakerById, visible} from './select.js';
import {SpeakersPane} from './speakers-pane.js';
import {StatementsPane} from './statements-pane.js';
import {StatusBar, titleOf} from './status-bar.js';
import {textWidth} from './text.js';
import {TooSmall} from './too-small.js';
import {useReader} from './use-reader.js';
import {useTerminalSize} from './use-terminal-size.js';

export type AppProps = {
	model: Attributed;
	/** Speaker id to open filtered to (--speaker). */
	speaker?: string;
	/** Fixed size instead of the terminal's (tests, benchmarks). */
	size?: Size;
	/** False under NO_COLOR. */
	color?: boolean;
	onExit?: (code: number) => void;
};

/** Width of the longest speaker row. A loop: Math.max(...widths) overflows the stack past ~150,000 speakers. */
function widestSpeaker(model: Attributed): number {
	let widest = 0;
	for (const [i, speaker] of model.speakers.entries()) widest = Math.max(widest, textWidth(`› ${i + 1} ${speaker.name} (${speaker.statements.length})`));
	return widest;
}

/** The reader: speakers, statements and article side by side, as many as fit. Only selects from the model. */
export function App({model, speaker, size: fixedSize, color = true, onExit}: AppProps) {
	const size = useTerminalSize(fixedSize);
	const rows = innerRows(size.rows - 2);
	// The speakers column grows to fit the longest "› 2 Nikolai Patrushev (1)", within limits
	const speakersWidth = useMemo(() => widestSpeaker(model) + 2, [model]);
	const width = innerColumns(articleWidth(size, speakersWidth));
	const article = useMemo(() => new ArticleLayout(model, width), [model, width]);
	const [state, dispatch] = useReader(model, speaker, {model, article, rows: {statements: rows, article: rows, speakers: rows}}, onExit);
	// A resize re-flows the article: bring the selection back into view
	useEffect(() => {
		dispatch({type: 'reveal'});
	}, [article, rows, dispatch]);

	const shape = layout(size, state.focus, speakersWidth);
	const list = visible(model, state.filter);
	const matches = matching(list, state.search.query);
	const at = matches.indexOf(state.selected ?? -1);
	const counter = `${at < 0 ? '-' : at + 1}/${matches.length}`;
	const index = indexOf(list, state.selected);
	const body =
		shape.kind === 'too-small' ? (
			<TooSmall size={size} />
		) : (
			<Box flexDirection="column" width={size.columns} height={size.rows - 1}>
				{state.help ? (
					<Help width={size.columns} height={shape.height} />
				) : (
					<Box height={shape.height}>
						{shape.columns.map(({pane, width}) => {
							const focused = pane === state.focus;
							if (pane === 'speakers') {
								return (
									<SpeakersPane
										key={pane}
										model={model}
										filter={state.filter}
										cursor={state.cursor}
										epoch={state.cursorEpoch}
										focused={focused}
										width={width}
										height={shape.height}
									/>
								);
							}

							if (pane === 'statements') {
								return <StatementsPane key={pane} model={model} list={list} selected={state.selected} query={state.search.query} focused={focused} width={width} height={shape.height} />;
							}

							return (
								<ArticlePane
									key={pane}
									article={article}
									top={state.top}
									selected={state.selected}
									filter={state.filter}
									query={state.search.query}
									focused={focused}
									width={width}
									height={shape.height}
								/>
							);
						})}
					</Box>
				)}
				<StatusBar
					width={size.columns}
					title={titleOf(model.article)}
					pane={shape.single ? paneTitle[state.focus] : undefined}
					filter={speakerById(model, state.filter)?.name ?? 'All speakers'}
					position={list.length === 0 ? 'no statements' : `statement ${index + 1}/${list.length}`}
					search={{query: state.search.query, editing: state.search.editing, counter}}
				/>
			</Box>
		);
	return <ColorContext.Provider value={color}>{body}</ColorContext.Provider>;
}
