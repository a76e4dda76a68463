import {Box, type Key, Text} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef} from 'react';
import {type Corpus, CorpusSearch, errorOf, positionIn} from '../../corpus/corpus.js';
import type {Attributed} from '../../model.js';
import {count as counted} from '../../views/plain.js';
import {App} from '../app.js';
import {ColorContext} from '../color.js';
import {Finder, finderRows} from '../finder.js';
import {Help, helpRows, helpText} from '../help.js';
import {corpusAction} from '../keys.js';
import {type Size, columnAt} from '../layout.js';
import {type Pointer, paneEvent} from '../mouse.js';
import type {Request} from '../state.js';
import {StatusBar} from '../status-bar.js';
import {truncate} from '../text.js';
import {TooSmall} from '../too-small.js';
import {useExit, useRequests, useTerminalInput} from '../use-reader.js';
import {useTerminalSize} from '../use-terminal-size.js';
import {ArticlesPane} from './articles-pane.js';
import {type CorpusLayout, corpusLayout, corpusPaneTitle} from './layout.js';
import {CorpusSpeakersPane} from './speakers-pane.js';
import {type CorpusAction, type CorpusContext, type CorpusState, initialCorpusState, reduceCorpus, shownList, shownMatches} from './state.js';
import {CorpusStatementsPane, corpusOpenRows} from './statements-pane.js';

export type CorpusAppProps = {
	corpus: Corpus;
	/** Merged speaker to open filtered to (--speaker). */
	speaker?: number;
	size?: Size;
	color?: boolean;
	onExit?: (code: number) => void;
	/** The terminal's work (pager, editor, copy…), with the model of the article it opens, if any. */
	onRequest?: (request: Request, model: Attributed | undefined) => string | undefined;
	redraws?: (redraw: () => void) => () => void;
};

type Event = CorpusAction | {type: 'key'; input: string; key: Key; at: number} | {type: 'pointer'; pointer: Pointer};

/** What a click or a wheel turn does where it lands on the frame as drawn: below the header, on a pane (mouse.ts), or in an overlay. */
function pointerAction(pointer: Pointer, state: CorpusState, shape: CorpusLayout): CorpusAction | undefined {
	if (shape.kind === 'too-small') return undefined;
	const inOverlay = state.help !== undefined || state.finder !== undefined;
	if (inOverlay) return pointer.kind === 'wheel' ? {type: 'move', by: 'line', direction: pointer.direction} : undefined;
	// One header row above the panes
	if (pointer.y < 1 || pointer.y >= 1 + shape.height) return undefined;
	const column = columnAt(shape.columns, pointer.x);
	return column && paneEvent(pointer, column.pane, pointer.y - 1);
}

/**
 * The reader of several articles: Articles, Speakers merged across them, and the statements of
 * the filter from every article. Enter on a statement (or an article) opens the one-article reader
 * at it; q there comes back here. Only selects from the models.
 */
export function CorpusApp({corpus, speaker, size: fixedSize, color = true, onExit, onRequest, redraws}: CorpusAppProps) {
	const size = useTerminalSize(fixedSize);
	const search = useMemo(() => new CorpusSearch(corpus), [corpus]);
	// The search index is built after the first frame, in slices of a few milliseconds, so keys pressed meanwhile wait for one slice at most
	useEffect(() => {
		let timer: NodeJS.Timeout | undefined;
		const step = () => {
			if (search.prepareSome(2000)) timer = setTimeout(step, 1);
		};

		timer = setTimeout(step, 50);
		return () => clearTimeout(timer);
	}, [search]);
	const contextRef = useRef<{context: CorpusContext; shape: CorpusLayout} | undefined>(undefined);
	const [state, dispatch] = useReducer(
		(current: CorpusState, event: Event) => {
			const {context, shape: drawn} = contextRef.current!;
			const action = event.type === 'key' ? corpusAction(event.input, event.key, current, event.at) : event.type === 'pointer' ? pointerAction(event.pointer, current, drawn) : event;
			return action ? reduceCorpus(current, action, context) : current;
		},
		undefined,
		() => initialCorpusState(corpus, speaker),
	);
	const shape = corpusLayout(size, state.focus);
	const height = shape.kind === 'panes' ? shape.height : 3;
	const rows = Math.max(1, height - 3);
	// The Statements pane's width wherever it shows (it is the last column when shown with another)
	const statementsShape = corpusLayout(size, 'statements');
	const statementsWidth = statementsShape.kind === 'panes' ? statementsShape.columns.at(-1)!.width - 2 : 1;
	const context: CorpusContext = {
		corpus,
		search,
		rows: {articles: rows, speakers: rows, statements: rows, help: helpRows(height), finder: finderRows(height)},
		helpRows: helpText.length,
		openRows: (g) => corpusOpenRows(corpus, g, statementsWidth, rows),
	};
	// Keys act on the screen as last drawn
	useLayoutEffect(() => {
		contextRef.current = {context, shape};
	});

	// The opened article's reader takes the keys while it shows
	useTerminalInput(
		(input, key, at) => {
			dispatch({type: 'key', input, key, at});
		},
		(pointer) => {
			dispatch({type: 'pointer', pointer});
		},
		state.open === undefined,
	);
	useExit(state.exit, onExit);

	// A resize: every list's window follows its cursor again
	const sized = useRef(false);
	// biome-ignore lint/correctness/useExhaustiveDependencies: the rows and the pane widths are what changes on a resize, the effect's triggers
	useEffect(() => {
		if (!sized.current) {
			sized.current = true;
			return;
		}

		dispatch({type: 'reveal'});
	}, [rows, statementsWidth]);

	// Copy, pager, editor, suspend, redraw: the terminal's work, with the model of the article it concerns
	const perform = useCallback(
		(request: Request) => {
			const article = request.kind === 'pager' || request.kind === 'editor' ? request.article : undefined;
			return onRequest?.(request, article === undefined ? undefined : corpus.articles[article]?.model);
		},
		[onRequest, corpus],
	);
	const note = useCallback((message: string) => dispatch({type: 'note', message}), []);
	const blank = useRequests(state.request, onRequest ? perform : undefined, note, redraws);
	// q in the opened article comes back; Ctrl-C and signals end the run
	const onArticleExit = useCallback(
		(code: number) => {
			if (code === 0) {
				dispatch({type: 'back'});
				return true;
			}

			onExit?.(code);
			return false;
		},
		[onExit],
	);

	if (state.open) {
		const model = corpus.articles[state.open.article]!.model!;
		return (
			<App
				key={`${state.open.article}.${state.open.statement ?? ''}`}
				model={model}
				statement={state.open.statement}
				size={fixedSize}
				color={color}
				onExit={onArticleExit}
				onRequest={onRequest ? (request) => onRequest(request, model) : undefined}
				redraws={redraws}
			/>
		);
	}

	const list = shownList(corpus, state.filter);
	const matches = state.search.query === '' ? list : shownMatches(state, context);
	const at = state.selected === undefined || matches[positionIn(matches, state.selected)] !== state.selected ? -1 : positionIn(matches, state.selected);
	const counter = matches.length === 0 ? 'no match' : `${at < 0 ? '-' : at + 1}/${matches.length}`;
	const index = state.selected === undefined ? -1 : positionIn(list, state.selected);
	const failed = corpus.articles.filter((article) => !article.model).length;
	// The highlighted article's error, whole, while the Articles pane has the focus
	const highlighted = corpus.articles[state.articles.cursor];
	const failure = state.focus === 'articles' && highlighted && !highlighted.model ? `${highlighted.file}: ${errorOf(highlighted)}` : undefined;
	const header = `whosaid · ${counted(corpus.articles.length, 'article')}${failed ? ` (${failed} failed)` : ''} · ${counted(corpus.all.length, 'statement')}, ${counted(corpus.speakers.length, 'speaker')}`;
	if (blank) return <Box />;
	const body =
		shape.kind === 'too-small' ? (
			<TooSmall size={size} />
		) : (
			<Box flexDirection="column" width={size.columns} height={size.rows}>
				<Text bold wrap="truncate">
					{truncate(header, size.columns)}
				</Text>
				{state.help ? (
					<Help width={size.columns} height={shape.height} top={state.help.top} />
				) : state.finder ? (
					<Finder
						speakers={corpus.speakers}
						countOf={(at) => corpus.speakers[at]!.total}
						query={state.finder.query}
						found={state.finder.found}
						list={state.finder.list}
						width={size.columns}
						height={shape.height}
					/>
				) : (
					<Box height={shape.height}>
						{shape.columns.map(({pane, width}) => {
							const focused = pane === state.focus;
							if (pane === 'articles') {
								return (
<ArticlesPane key={pane} corpus={corpus} list={state.articles} focused={focused} width={width} height={shape.height} />
								);
							}

							if (pane === 'speakers') {
								return <CorpusSpeakersPane key={pane} corpus={corpus} list={state.speakers} order={state.order} filter={state.filter} focused={focused} width={width} height={shape.height} />;
							}

							return (
								<CorpusStatementsPane
									key={pane}
									corpus={corpus}
									list={list}
									filter={state.filter}
									selected={state.selected}
									top={state.statementsTop}
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
					pane={shape.single ? corpusPaneTitle[state.focus] : undefined}
					filter={state.filter === undefined ? 'All speakers' : corpus.speakers[state.filter]!.name}
					position={list.length === 0 ? 'no statements' : `statement ${index + 1}/${list.length}`}
					search={{query: state.search.query, editing: state.search.editing, counter}}
					message={state.message ?? failure}
					count={state.count?.digits}
				/>
			</Box>
		);
	return <ColorContext.Provider value={color}>{body}</ColorContext.Provider>;
}
