// First: it hides `fetch` while Ink loads (see there)
import {restoreFetch} from './without-fetch.js';
import fs from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';
import {render} from 'ink';
import type {Attributed} from '../model.js';
import {App} from './app.js';
import {colorWanted} from './color.js';

restoreFetch();

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

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

/**
 * Runs the reader on the alternate screen until the user quits, and gives the terminal back as
 * it found it on every way out: q, Ctrl-C, SIGINT/SIGTERM/SIGHUP, an error. Resolves to the exit code.
 */
export async function runReader(model: Attributed, options: {speaker?: string; keyboard: {stdin: NodeJS.ReadStream; owned: boolean}}): Promise<number> {
	const {stdin, owned} = options.keyboard;
	const {stdout} = process;
	let code = 0;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveAlternateScreen + showCursor);
		if (owned) stdin.destroy();
	};

	stdout.write(enterAlternateScreen);
	const instance = render(
		<App
			model={model}
			speaker={options.speaker}
			color={colorWanted(process.env)}
			onExit={(exitCode) => {
				code = exitCode;
			}}
		/>,
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
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	}

	return code;
}
