/** Styles laid over ranges of a line; colour is dropped under NO_COLOR, the rest (bold, inverse) stays. */
import chalk from 'chalk';

export type Style = {
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
	underline?: boolean;
	color?: string;
};

export type Mark = {start: number; end: number; style: Style};

export type Piece = {text: string; style: Style};

/** Cuts text[start, end) into pieces of one style each; later marks win where they overlap. */
export function pieces(text: string, start: number, end: number, marks: Mark[]): Piece[] {
	const cuts = new Set([start, end]);
	for (const mark of marks) {
		if (mark.end <= start || mark.start >= end) continue;
		cuts.add(Math.max(start, mark.start));
		cuts.add(Math.min(end, mark.end));
	}

	const sorted = [...cuts].sort((a, b) => a - b);
	const out: Piece[] = [];
	for (let i = 0; i + 1 < sorted.length; i++) {
		const from = sorted[i]!;
		const to = sorted[i + 1]!;
		let style: Style = {};
		for (const mark of marks) if (mark.start <= from && mark.end >= to) style = {...style, ...mark.style};
		out.push({text: text.slice(from, to), style});
	}

	return out;
}

type Paint = (text: string) => string;
const named = chalk as unknown as Record<string, Paint>;

/**
 * Speaker colours: twelve hues, none red (red reads as an error), apart on dark and light
 * backgrounds. 256-colour and truecolor terminals get these; 16-colour ones the twelve non-red
 * ANSI colours below. Names always travel with them, so colour is never the only cue.
 */
export const rich = ['#00afd7', '#d75fd7', '#5faf5f', '#d7af00', '#5f87ff', '#ff8700', '#00af87', '#af87ff', '#afd700', '#87d7ff', '#af875f', '#ff87d7'];
export const basic = ['cyan', 'magenta', 'green', 'yellow', 'blue', 'cyanBright', 'magentaBright', 'greenBright', 'yellowBright', 'blueBright', 'white', 'gray'];

/** The colour of speaker `index` (its position in the model): the same in every pane. */
export function speakerColor(index: number): string {
	return `speaker:${((index % rich.length) + rich.length) % rich.length}`;
}

/** A Style colour as chalk paints it at the terminal's colour depth. */
function colorize(color: string, text: string): string {
	if (color.startsWith('speaker:')) {
		const index = Number(color.slice(8));
		return chalk.level >= 2 ? chalk.hex(rich[index]!)(text) : named[basic[index]!]!(text);
	}

	return named[color]!(text);
}

/**
 * A row's pieces as one string with its styles in it, as Ink's Text would write them (dim, colour,
 * bold, underline, inverse, the same chalk): one Text per row instead of one per piece, and a row
 * that did not change is an equal string, which a memoised row skips. Without colour (NO_COLOR)
 * only the attributes remain.
 */
export function paint(row: Piece[], color: boolean): string {
	let out = '';
	for (const {text, style} of row) {
		if (text === '') continue;
		let painted = text;
		if (style.dim) painted = chalk.dim(painted);
		if (color && style.color) painted = colorize(style.color, painted);
		if (style.bold) painted = chalk.bold(painted);
		if (style.underline) painted = chalk.underline(painted);
		if (style.inverse) painted = chalk.inverse(painted);
		out += painted;
	}

	return out;
}
