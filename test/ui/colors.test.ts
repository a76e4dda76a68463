import test from 'ava';
import chalk from 'chalk';
import {basic, paint, rich, speakerColor} from '../../source/ui/style.js';

/** Hue in degrees of a #rrggbb colour. */
function hue(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255) as [number, number, number];
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	if (max === min) return 0;
	const d = max - min;
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return (h * 60 + 360) % 360;
}

test('twelve speaker colours, all different, none red, in 256-colour and in 16-colour terminals', (t) => {
	t.true(rich.length >= 12);
	t.is(new Set(rich).size, rich.length);
	t.is(new Set(basic).size, basic.length);
	t.is(basic.length, rich.length);
	for (const color of rich) {
		const h = hue(color);
		t.false(h < 20 || h > 340, `${color} (hue ${Math.round(h)}) is not red`);
	}

	t.false(basic.some((name) => /red/i.test(name)));
	t.is(new Set(Array.from({length: 12}, (_, i) => speakerColor(i))).size, 12, 'speakers 1 to 12 each have their own');
	t.is(speakerColor(12), speakerColor(0));
});

test('paint uses 256 colours when the terminal has them, and only attributes without colour', (t) => {
	const level = chalk.level;
	t.teardown(() => {
		chalk.level = level;
	});
	chalk.level = 2;
	t.regex(paint([{text: 'Ana', style: {color: speakerColor(0), bold: true}}], true), /\u001B\[38;5;\d+m/);
	t.is(paint([{text: 'Ana', style: {color: speakerColor(0), bold: true}}], false), '\u001B[1mAna\u001B[22m');
	chalk.level = 1;
	t.regex(paint([{text: 'Ana', style: {color: speakerColor(0)}}], true), /\u001B\[36m/);
});
