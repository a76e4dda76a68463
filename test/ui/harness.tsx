import fs from 'node:fs';
import {render} from 'ink-testing-library';
import {analyse} from '../../source/analyse.js';
import type {Attributed} from '../../source/model.js';
import type {Size} from '../../source/ui/layout.js';
import {App} from '../../source/ui/app.js';

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
	ctrlC: '\u0003',
};

const pause = async (ms: number) =>
	new Promise((resolve) => {
		setTimeout(resolve, ms);
	});

/**
 * The reader in ink-testing-library. Keys are written one at a time with a pause between, as a
 * person types: Ink reads input on the next tick and the frame follows after an await.
 */
export async function open(options: {model?: Attributed; size?: Size; speaker?: string} = {}) {
	const exits: number[] = [];
	const size = options.size ?? {columns: 100, rows: 30};
	const app = render(
		<App
			model={options.model ?? bundled}
			speaker={options.speaker}
			size={size}
			color={false}
			onExit={(code) => {
				exits.push(code);
			}}
		/>,
	);
	await pause(30);
	return {
		exits,
		async press(...sequence: string[]) {
			for (const key of sequence) {
				app.stdin.write(key);
				// eslint-disable-next-line no-await-in-loop -- one key at a time, like a person
				await pause(30);
			}
		},
		/** Types each character of `text` as its own key press. */
		async type(text: string) {
			await this.press(...text);
		},
		frame: () => app.lastFrame() ?? '',
		async resize(next: Size) {
			app.rerender(<App model={options.model ?? bundled} speaker={options.speaker} size={next} color={false} onExit={(code) => exits.push(code)} />);
			await pause(30);
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
