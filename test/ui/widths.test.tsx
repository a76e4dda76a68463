import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {graphemeWidth} from '../../source/ui/text.js';
import {keys, open} from './harness.js';

// Text whose width a home-made measure gets wrong: CJK, emoji with skin tones and VS16, ZWJ
// sequences, combining marks (stacked too), a keycap and a flag, placed so that wrapping and
// cutting land on them at many pane widths.
const tricky = [
	'中文報道',
	'👍🏽👍🏽👍🏽',
	'❤️❤️',
	'👩‍👩‍👧‍👦',
	'🏳️‍🌈',
	'e\u0301te\u0301',
	'Zo\u0308\u0301e\u0323',
	'1️⃣',
	'🇫🇷',
	'한국어',
];

const article = [
	'Wide letters 中文報道 and 👍🏽 everywhere',
	'',
	'Dated 2026-03-04',
	'',
	...Array.from({length: 6}, (_, i) => {
		const filler = tricky.slice(i).concat(tricky.slice(0, i)).join(' ');
		return `"The mayor's plan ${filler} works ${'👍🏽'.repeat(25)} well," said Ana Ruiz${i % 2 ? '' : '\u0301'} ${filler}.\n\nMaria Chen said the council agreed ${filler} ${tricky.join('')}.`;
	}),
].join('\n');

const borders = new Set([...'│║┌┐└┘╔╗╚╝─═']);

/** Each grapheme's column, measured as Ink places it. */
function columns(line: string): Array<{column: number; grapheme: string}> {
	const out: Array<{column: number; grapheme: string}> = [];
	let column = 0;
	for (const {segment} of new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(line)) {
		out.push({column, grapheme: segment});
		column += graphemeWidth(segment);
	}

	return out;
}

const vertical = (line: string) =>
	columns(line)
		.filter(({grapheme}) => borders.has(grapheme) && grapheme !== '─' && grapheme !== '═')
		.map(({column}) => column)
		.join(',');

const model = analyse(article);

for (const size of [
	{columns: 80, rows: 24},
	// Ink-testing-library's terminal is 100 columns wide: three panes from 100
	{columns: 100, rows: 30},
	{columns: 93, rows: 40},
	{columns: 61, rows: 20},
]) {
	test.serial(`at ${size.columns}×${size.rows} every pane row is exactly the pane's width, wide and combined graphemes included`, async (t) => {
		t.true(model.statements.length >= 6, 'the invented article has statements to draw');
		const reader = await open({model, size});
		const check = (label: string) => {
			const lines = reader.frame().split('\n');
			const paneLines = lines.filter((line) => borders.has([...line][0] ?? ''));
			t.true(paneLines.length > 5, `${label}: panes drawn`);
			const edges = vertical(paneLines.find((line) => line.startsWith('│') || line.startsWith('║'))!);
			for (const line of paneLines) {
				const cells = columns(line);
				const last = cells.at(-1)!;
				t.is(last.column + graphemeWidth(last.grapheme), size.columns, `${label}: row "${line}" is ${size.columns} columns`);
				if (!/[┌┐└┘╔╗╚╝]/.test(line)) t.is(vertical(line), edges, `${label}: borders line up in "${line}"`);
			}
		};

		check('first frame');
		for (const key of ['j', 'j', 'l', 'j', 'j', 'j', keys.tab, 'G', 'h', 'h', 'j']) {
			await reader.press(key);
			check(`after ${JSON.stringify(key)}`);
		}

		reader.unmount();
	});
}
