import {Box} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useRef} from 'react';
import type {Attributed, Statement} from '../model.js';
import {ArticleLayout} from './article-layout.js';
import {ArticlePane} from './article-pane.js';
import {ColorContext} from './color.js';
import {Finder, finderRows} from './finder.js';
import {Header, SpeakerBar, speakerBar} from './header.js';
import {Help, helpRows, helpText} from './help.js';
import {type Layout, type PaneName, type Size, articleWidth, columnAt, innerColumns, innerRows, layout, paneTitle} from './layout.js';
import {type Pointer, paneEvent} from './mouse.js';
import {quoteOf} from './quote.js';
import {indexOf, matching, speakerById, visible} from './select.js';
import {SpeakersPane, widestSpeaker} from './speakers-pane.js';
import type {Action, Request, State} from './state.js';
import {StatementsPane, openRows} from './statements-pane.js';
import {StatusBar} from './status-bar.js';
import {TooSmall} from './too-small.js';
import {type PointerContext, useReader, useRequests} from './use-reader.js';
import {useTerminalSize} from './use-terminal-size.js';

export type AppProps = {
	model: Attributed;
	/** Speaker id to open filtered to (--speaker). */
	speaker?: string;
	/** Statement id to open at, shown in the Article pane (the corpus reader opens an article so). */
	statement?: number;
	/** Fixed size instead of the terminal's (tests, benchmarks). */
	size?: Size;
	/** False under NO_COLOR. */
	color?: boolean;
	/** Told the exit code; returning true keeps Ink running (the corpus reader goes back to its list). */
	onExit?: (code: number) => unknown;
	/** Does what the reader asks of the terminal (run.tsx): copy, pager, editor, suspend, redraw. */
	onRequest?: (request: Request) => string | undefined;
	/** Calls back to have the whole screen drawn again (after the terminal was given away). */
	redraws?: (redraw: () => void) => () => void;
};

/** Rows of the frame: header, the speaker bar when no Speakers pane shows, panes, status bar. */
type Frame = {shape: Layout; bar: boolean; paneTop: number; paneHeight: number};

function frameOf(size: Size, focus: PaneName, speakersWidth: number): Frame {
	const shape = layout(size, focus, speakersWidth);
	if (shape.kind === 'too-small') return {shape, bar: false, paneTop: 1, paneHeight: 0};
	const bar = !shape.columns.some((column) => column.pane === 'speakers');
	return {shape, bar, paneTop: bar ? 2 : 1, paneHeight: shape.height - (bar ? 1 : 0)};
}

/** What a click or a wheel turn does where it lands on the frame as drawn. */
function pointerAction(pointer: Pointer, state: State, frame: Frame, model: Attributed, columns: number): Action | undefined {
	const {shape, bar, paneTop, paneHeight} = frame;
	if (shape.kind === 'too-small') return undefined;
	const inOverlay = state.help !== undefined || state.finder !== undefined;
	if (pointer.kind === 'wheel' && inOverlay) return {type: 'move', by: 'line', direction: pointer.direction};
	if (inOverlay) return undefined;
	if (bar && pointer.y === 1 && pointer.kind === 'click') {
		const hit = speakerBar(model, state.order, state.filter, columns).hits.find((one) => pointer.x >= one.start && pointer.x < one.end);
		return hit ? {type: 'filterRow', row: hit.row} : undefined;
	}

	if (pointer.y < paneTop || pointer.y >= paneTop + paneHeight) return undefined;
	const column = columnAt(shape.columns, pointer.x);
	return column && paneEvent(pointer, column.pane, pointer.y - paneTop);
}


/** The reader: a header, speakers, statements and article side by side as many as fit, a status bar. Only selects from the model. */
export function App({model, speaker, statement, size: fixedSize, color = true, onExit, onRequest, redraws}: AppProps) {
	const size = useTerminalSize(fixedSize);
	// The speakers column grows to fit the longest "› 2 Nikolai Patrushev (1)", within limits
	const speakersWidth = useMemo(() => widestSpeaker(model) + 2, [model]);
	const width = innerColumns(articleWidth(size, speakersWidth));
	const article = useMemo(() => new ArticleLayout(model, width), [model, width]);
	const contextRef = useRef<PointerContext | undefined>(undefined);
	const [state, dispatch] = useReader(model, speaker, contextRef, onExit, statement);
	const frame = frameOf(size, state.focus, speakersWidth);
	const {shape, bar, paneHeight} = frame;
	const rows = innerRows(paneHeight);
	const statementsShape = layout(size, 'statements', speakersWidth);
	const statementsWidth = statementsShape.kind === 'panes' ? statementsShape.columns.find((column) => column.pane === 'statements')!.width - 2 : 1;
	const context: PointerContext = {
		model,
		article,
		rows: {statements: rows, article: rows, speakers: rows, help: helpRows(shape.kind === 'panes' ? shape.height : 3), finder: finderRows(shape.kind === 'panes' ? shape.height : 4)},
		openRows: (statement: Statement) => openRows(statement, statementsWidth, rows),
		helpRows: helpText.length,
		quote: (statement: Statement) => quoteOf(model, statement),
		pointer: (pointer, current) => pointerAction(pointer, current, frame, model, size.columns),
	};
	// Keys act on the screen as last drawn: the context is handed over once the frame is committed
	useLayoutEffect(() => {
		contextRef.current = context;
	});

	// A resize re-flows the article: bring the selection back into view (not on the first frame: the article opens at its top)
	const laidOut = useRef(false);
	// biome-ignore lint/correctness/useExhaustiveDependencies: article and rows are what changes on a resize, the effect's triggers
	useEffect(() => {
		if (!laidOut.current) {
			laidOut.current = true;
			// Opened at a statement: the article scrolls to it
			if (statement !== undefined) dispatch({type: 'reveal'});
			return;
		}

		dispatch({type: 'reveal'});
	}, [article, rows, dispatch]);

	// Work for the terminal, then the whole frame drawn again
	const note = useCallback((message: string) => dispatch({type: 'note', message}), [dispatch]);
	const blank = useRequests(state.request, onRequest, note, redraws);

	const list = visible(model, state.filter);
	const matches = matching(model, list, state.search.query);
	const at = matches.indexOf(state.selected ?? -1);
	const counter = matches.length === 0 ? 'no match' : `${at < 0 ? '-' : at + 1}/${matches.length}`;
	const index = indexOf(list, state.selected);
	if (blank) return <Box />;
	const body =
		shape.kind === 'too-small' ? (
			<TooSmall size={size} />
		) : (
			<Box flexDirection="column" width={size.columns} height={size.rows}>
				<Header model={model} width={size.columns} />
				{bar && !state.help && !state.finder ? <SpeakerBar model={model} order={state.order} filter={state.filter} width={size.columns} /> : undefined}
				{state.help ? (
					<Help width={size.columns} height={shape.height} top={state.help.top} />
				) : state.finder ? (
					<Finder speakers={model.speakers} countOf={(at) => model.speakers[at]!.statements.length} query={state.finder.query} found={state.finder.found} list={state.finder.list} width={size.columns} height={shape.height} />
				) : (
					<Box height={paneHeight}>
						{shape.columns.map(({pane, width}) => {
							const focused = pane === state.focus;
							if (pane === 'speakers') {
								return <SpeakersPane key={pane} model={model} filter={state.filter} list={state.speakers} order={state.order} focused={focused} width={width} height={paneHeight} />;
							}

							if (pane === 'statements') {
								return (
									<StatementsPane
										key={pane}
										model={model}
										list={list}
										selected={state.selected}
										top={state.statementsTop}
										query={state.search.query}
										focused={focused}
										width={width}
										height={paneHeight}
									/>
								);
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
									height={paneHeight}
								/>
							);
						})}
					</Box>
				)}
				<StatusBar
					width={size.columns}
					pane={shape.single ? paneTitle[state.focus] : undefined}
					filter={speakerById(model, state.filter)?.name ?? 'All speakers'}
					position={list.length === 0 ? 'no statements' : `statement ${index + 1}/${list.length}`}
					search={{query: state.search.query, editing: state.search.editing, counter}}
					message={state.message}
					count={state.count?.digits}
				/>
			</Box>
		);
	return <ColorContext.Provider value={color}>{body}</ColorContext.Provider>;
}
