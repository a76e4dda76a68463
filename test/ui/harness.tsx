import fs from 'node:fs';
import {render} from 'ink-testing-library';
import {analyse} from '../../source/analyse.js';
import type {Attributed} from '../../source/model.js';
import type {Size} from '../../source/ui/layout.js';
import {App} from '../../source/ui/app.js';
import type {Request} from '../../source/ui/state.js';

export const bundled: Attributed = analyse(fs.readFileSync(new URL('../../data/xinhua-2023-05-26-chen-wenqing-moscow.txt', import.meta.url), 'utf8'));

/** Key sequences as a terminal sends them. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlU: '\u0015',
	ctrlL: '\u000C',
	ctrlZ: '\u001A',
	/** An SGR mouse report: the wheel (64 up, 65 down) or a left click (0) at 1-based column x, row y. */
	mouse: (button: number, x: number, y: number) => `\u001B[<${button};${x};${y}M`,
};

const pause = async (ms: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, ms);
	});

/** Waits until `done()` holds, or `ms` have passed (a key that changes nothing draws no frame). */
async function until(done: () => boolean, ms: number) {
	const started = Date.now();
	while (!done() && Date.now() - started < ms) await pause(5);
}

/**
 * The reader in ink-testing-library. Keys are written one at a time, each once the reader listens
 * and after the frame it causes, so a busy machine slows the tests down instead of failing them.
 */
export async function open(options: {model?: Attributed; size?: Size; speaker?: string} = {}) {
	const exits: number[] = [];
	const requests: Request[] = [];
	const size = options.size ?? {columns: 100, rows: 30};
	const onRequest = (request: Request) => {
		requests.push(request);
		return undefined;
	};

	const app = render(
		<App
			model={options.model ?? bundled}
			speaker={options.speaker}
			size={size}
			color={false}
			onExit={(code) => {
				exits.push(code);
			}}
			onRequest={onRequest}
		/>,
	);
	const stdin = app.stdin as unknown as NodeJS.EventEmitter;
	await until(() => stdin.listenerCount('readable') > 0, 2000);
	return {
		exits,
		/** What the reader asked of the terminal (copy, pager, editor, suspend, redraw). */
		requests,
		async press(...sequence: string[]) {
			for (const key of sequence) {
				const before = app.frames.length;
				app.stdin.write(key);
				// eslint-disable-next-line no-await-in-loop -- one key at a time, like a person
				await until(() => app.frames.length > before || exits.length > 0, 300);
				// eslint-disable-next-line no-await-in-loop
				await pause(10);
			}
		},
		/** Types each character of `text` as its own key press. */
		async type(text: string) {
			await this.press(...text);
		},
		frame: () => app.lastFrame() ?? '',
		/** Every frame drawn so far, the first one first. */
		frames: () => [...app.frames],
		async resize(next: Size) {
			const before = app.frames.length;
			app.rerender(<App model={options.model ?? bundled} speaker={options.speaker} size={next} color={false} onExit={(code) => exits.push(code)} onRequest={onRequest} />);
			await until(() => app.frames.length > before, 300);
			await pause(10);
		},
		/** The status bar: the last row of the frame. */
		status: () => (app.lastFrame() ?? '').split('\n').at(-1) ?? '',
		/** Paragraph number of the opened (selected) statement: "› ¶9 Chen Wenqing" → 9. */
		selected: () => Number(/› ¶(\d+) /.exec(app.lastFrame() ?? '')?.[1] ?? Number.NaN),
		unmount: app.unmount,
	};
}

export type Reader = Awaited<ReturnType<typeof open>>;

/** One pane at a time: what the frame shows is that pane alone (below 80 columns). */
export const narrow: Size = {columns: 70, rows: 24};
