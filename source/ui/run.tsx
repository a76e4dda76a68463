// First: it hides `fetch` while Ink loads (see there)
import {restoreFetch} from './without-fetch.js';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import tty from 'node:tty';
import {render} from 'ink';
import type {ReactElement} from 'react';
import type {Corpus} from '../corpus/corpus.js';
import type {Attributed, Speaker} from '../model.js';
import {App} from './app.js';
import {colorWanted} from './color.js';
import {CorpusApp} from './corpus/corpus-app.js';
import {mouseOff, mouseOn} from './mouse.js';
import {articleText, osc52} from './quote.js';
import {SpeakerPicker} from './speaker-picker.js';
import type {Request} from './state.js';

restoreFetch();

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';
const hideCursor = '\u001B[?25l';
const clearScreen = '\u001B[2J\u001B[H';

export type Keyboard = {stdin: NodeJS.ReadStream; owned: boolean} | {problem: string};

/**
 * Where keys come from: stdin when it is a terminal; else (the article came down a pipe) the
 * controlling terminal, /dev/tty. Without one there is no keyboard, and the caller falls back.
 */
export function openKeyboard(): Keyboard {
	if (process.stdin.isTTY) return {stdin: process.stdin, owned: false};
	try {
		return {stdin: new tty.ReadStream(fs.openSync('/dev/tty', 'r')), owned: true};
	} catch (error) {
		return {problem: `no terminal to read keys from (/dev/tty: ${(error as NodeJS.ErrnoException).code ?? 'cannot be opened'})`};
	}
}

const signals = {SIGINT: 2, SIGTERM: 15, SIGHUP: 1} as const;

/** Programs that take `+N` to open at line N. */
const takesLine = /(?:^|\/)(?:less|more|most|vi|vim|nvim|view|nano|emacs|emacsclient|micro|kak|hx|helix|mg|joe|ne)$/;

/**
 * Runs `command` (a $PAGER or $EDITOR value, which may carry arguments) on the article's text,
 * at `line` when it takes `+N`, with the terminal's keyboard as its standard input.
 */
function openExternal(command: string, text: string, line: number, keyboard: NodeJS.ReadStream): string | undefined {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-'));
	const file = path.join(dir, 'article.txt');
	try {
		fs.writeFileSync(file, text);
		const program = command.trim().split(/\s+/)[0] ?? '';
		const args = takesLine.test(program) ? [`+${line}`, file] : [file];
		// Through the shell, as $PAGER and $EDITOR are command lines ("less -R"); the file is an argument, never part of the line
		const result = spawnSync('/bin/sh', ['-c', `${command} "$@"`, 'sh', ...args], {stdio: [(keyboard as unknown as {fd: number}).fd, 'inherit', 'inherit']});
		if (result.error) return `${command}: ${result.error.message}`;
		if (result.status !== 0) return `${command} exited ${result.status ?? result.signal}`;
		return undefined;
	} finally {
		fs.rmSync(dir, {recursive: true, force: true});
	}
}

/** The one-article reader. */
export async function runReader(
	model: Attributed,
	options: {speaker?: string; choice?: {query: string; candidates: Speaker[]}; keyboard: {stdin: NodeJS.ReadStream; owned: boolean}; mouse?: boolean},
): Promise<number> {
	return runView((handlers) => {
		const app = (speaker: string | undefined) => (
			<App model={model} speaker={speaker} color={handlers.color} onExit={handlers.onExit} onRequest={(request) => handlers.onRequest(request, model)} redraws={handlers.redraws} />
		);
		const {choice} = options;
		if (!choice) return app(options.speaker);
		return <SpeakerPicker query={choice.query} candidates={choice.candidates} countOf={(speaker) => speaker.statements.length} read={app} onExit={handlers.onExit} />;
	}, options);
}

/** The corpus reader (several articles), on the terminal as the one-article reader is. */
export async function runCorpus(corpus: Corpus, options: {speaker?: number; keyboard: {stdin: NodeJS.ReadStream; owned: boolean}; mouse?: boolean}): Promise<number> {
	return runView(
		(handlers) => <CorpusApp corpus={corpus} speaker={options.speaker} color={handlers.color} onExit={handlers.onExit} onRequest={handlers.onRequest} redraws={handlers.redraws} />,
		options,
	);
}

type Handlers = {
	color: boolean;
	onExit: (code: number) => void;
	onRequest: (request: Request, model: Attributed | undefined) => string | undefined;
	redraws: (redraw: () => void) => () => void;
};

/**
 * Runs the reader on the alternate screen until the user quits, and gives the terminal back as
 * it found it on every way out: q, Ctrl-C, SIGINT/SIGTERM/SIGHUP, an error. Ctrl-Z and SIGTSTP
 * give it back too and stop; on `fg` (SIGCONT) the reader takes it again and redraws. Resolves to
 * the exit code.
 */
async function runView(view: (handlers: Handlers) => ReactElement, options: {keyboard: {stdin: NodeJS.ReadStream; owned: boolean}; mouse?: boolean}): Promise<number> {
	const {stdin, owned} = options.keyboard;
	const {stdout} = process;
	const mouse = options.mouse ?? true;
	let code = 0;
	let restored = false;
	/** Gives the terminal back: line mode, main screen, cursor, no mouse reports. */
	const release = () => {
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write((mouse ? mouseOff : '') + leaveAlternateScreen + showCursor);
	};

	/** Takes the terminal again. libuv remembers the mode it last set, so raw mode is set off first to really set it. */
	const take = () => {
		stdout.write(enterAlternateScreen + (mouse ? mouseOn : '') + hideCursor + clearScreen);
		if (stdin.isTTY) {
			stdin.setRawMode(false);
			stdin.setRawMode(true);
		}
	};

	const restore = () => {
		if (restored) return;
		restored = true;
		release();
		if (owned) stdin.destroy();
	};

	// The corpus reader and the article it opened each draw again when asked
	const redraws = new Set<() => void>();
	const redrawAll = () => {
		stdout.write(clearScreen);
		instance.clear();
		for (const redraw of redraws) redraw();
	};

	const suspend = () => {
		release();
		// Stops here; a SIGCONT (fg) carries on below
		process.kill(process.pid, 'SIGSTOP');
	};

	const onContinue = () => {
		take();
		redrawAll();
	};

	const onRequest = (request: Request, model: Attributed | undefined): string | undefined => {
		switch (request.kind) {
			case 'copy': {
				stdout.write(osc52(request.text));
				return undefined;
			}

			case 'redraw': {
				stdout.write(clearScreen);
				instance.clear();
				return undefined;
			}

			case 'suspend': {
				suspend();
				return undefined;
			}

			case 'pager':
			case 'editor': {
				if (!model) return 'no article to open';
				const command = request.kind === 'pager' ? process.env.PAGER || 'less -R' : process.env.VISUAL || process.env.EDITOR || 'vi';
				const {text, lineOf} = articleText(model);
				release();
				const problem = openExternal(command, text, lineOf.get(request.paragraph) ?? 1, stdin);
				take();
				instance.clear();
				return problem;
			}
		}
	};

	stdout.write(enterAlternateScreen + (mouse ? mouseOn : ''));
	const instance = render(
		view({
			color: colorWanted(process.env),
			onExit(exitCode) {
				code = exitCode;
			},
			onRequest,
			redraws(callback) {
				redraws.add(callback);
				return () => {
					redraws.delete(callback);
				};
			},
		}),
		{
			stdin,
			stdout,
			exitOnCtrlC: false,
			patchConsole: false,
			// Not incrementalRendering: in Ink 6.8 it misplaces rows of a frame this tall (seen in tmux)
			// Ink holds a frame back for up to 1000/maxFps ms after the last one: at its 30, a key
			// repeating at 30 a second waited for the window half the time. A frame takes ~5-10 ms
			maxFps: 120,
		},
	);

	const onSignal = (signal: NodeJS.Signals) => {
		code = 128 + signals[signal as keyof typeof signals];
		instance.unmount();
	};

	const onCrash = (error: unknown) => {
		code = 1;
		instance.unmount(error instanceof Error ? error : new Error(String(error)));
	};

	for (const signal of Object.keys(signals)) process.on(signal, onSignal);
	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', onContinue);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	try {
		await instance.waitUntilExit();
	} catch (error) {
		restore();
		process.stderr.write(`whosaid: the reader failed: ${(error as Error).message}\n`);
		code = 1;
	} finally {
		restore();
		for (const signal of Object.keys(signals)) process.off(signal, onSignal);
		process.off('SIGTSTP', suspend);
		process.off('SIGCONT', onContinue);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	}

	return code;
}
