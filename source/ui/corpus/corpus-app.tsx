import {Box, Text, useApp, useInput, useStdin} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef} from 'react';
import {type Corpus, CorpusSearch, errorOf, positionIn} from '../../corpus/corpus.js';
import type {Attributed} from '../../model.js';
import {count as counted} from '../../views/plain.js';
import {App} from '../app.js';
import {ColorContext} from '../color.js';
import {Help, helpRows, helpText} from '../help.js';
import {corpusAction, corpusContexts} from '../keys.js';
import type {Size} from '../layout.js';
import {isMouse} from '../mouse.js';
import type {Request} from '../state.js';
import {StatusBar} from '../status-bar.js';
import {truncate} from '../text.js';
import {TooSmall} from '../too-small.js';
import {useTerminalSize} from '../use-terminal-size.js';
import {ArticlesPane} from './articles-pane.js';
import {corpusLayout, corpusPaneTitle} from './layout.js';
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
	/** The terminal's work for an opened article (pager, editor, copy…), with that article's model. */
	onRequest?: (request: Request, model: Attributed) => string | undefined;
	redraws?: (redraw: () => void) => () => void;
};

type Event = CorpusAction | {type: 'key'; input: string; key: Parameters<typeof corpusAction>[1]; at: number};

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
	const contextRef = useRef<CorpusContext | undefined>(undefined);
	const [state, dispatch] = useReducer(
		(current: CorpusState, event: Event) => {
			const action =
				event.type === 'key' ? corpusAction(event.input, event.key, corpusContexts({focus: current.focus, editing: current.search.editing, help: current.help !== undefined}), event.at) : event;
			return action ? reduceCorpus(current, action, contextRef.current!) : current;
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
		rows: {speakers: rows, statements: rows, help: helpRows(height)},
		helpRows: helpText.length,
		openRows: (g) => corpusOpenRows(corpus, g, statementsWidth, rows),
	};
	useLayoutEffect(() => {
		contextRef.current = context;
	});

	const {isRawModeSupported} = useStdin();
	const {exit} = useApp();
	useInput(
		(input, key) => {
			if (isMouse(input)) return;
			const at = Date.now();
			// Text typed fast comes in one read: take it as the keys it is made of
			if ([...input].length > 1 && !key.ctrl && !key.meta) {
				for (const char of input) dispatch({type: 'key', input: char, key: {...key, return: char === '\r', tab: char === '\t', backspace: char === '\u007F'}, at});
				return;
			}

			dispatch({type: 'key', input, key, at});
		},
		{isActive: Boolean(isRawModeSupported) && state.open === undefined},
	);
	useEffect(() => {
		if (state.exit === undefined) return;
		onExit?.(state.exit);
		exit();
	}, [state.exit, exit, onExit]);

	const onHighlight = useCallback((article: number) => dispatch({type: 'highlight', article}), []);
	const onSelect = useCallback((article: number) => dispatch({type: 'openArticle', article}), []);
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
	const highlighted = corpus.articles[state.article];
	const failure = state.focus === 'articles' && highlighted && !highlighted.model ? `${highlighted.file}: ${errorOf(highlighted)}` : undefined;
	const header = `whosaid · ${counted(corpus.articles.length, 'article')}${failed ? ` (${failed} failed)` : ''} · ${counted(corpus.all.length, 'statement')}, ${counted(corpus.speakers.length, 'speaker')}`;
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
				) : (
					<Box height={shape.height}>
						{shape.columns.map(({pane, width}) => {
							const focused = pane === state.focus;
							if (pane === 'articles') {
								return (
									<ArticlesPane
										key={pane}
										corpus={corpus}
										article={state.article}
										focused={focused && !state.search.editing}
										width={width}
										height={shape.height}
										onHighlight={onHighlight}
										onSelect={onSelect}
									/>
								);
							}

							if (pane === 'speakers') {
								return <CorpusSpeakersPane key={pane} corpus={corpus} list={state.speakers} filter={state.filter} focused={focused} width={width} height={shape.height} />;
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
