import test from 'ava';
import fc from 'fast-check';
import {fit, textWidth, truncate, wrap} from '../../source/ui/text.js';

const words = fc.array(fc.stringMatching(/^[a-zA-Z,.'’-]{1,12}$|^[中文字]{1,4}$/), {minLength: 1, maxLength: 40});

test('wrap never exceeds the width and keeps every word, in order', (t) => {
	// fc.assert throws with the shrunk counterexample when the property fails
	t.notThrows(() =>
		fc.assert(
			fc.property(words, fc.integer({min: 12, max: 80}), (list, width) => {
				const text = list.join(' ');
				const lines = wrap(text, width).map((range) => text.slice(range.start, range.end));
				for (const line of lines) if (textWidth(line) > width) return false;
				return lines.join(' ').split(' ').join(' ') === list.join(' ');
			}),
		),
	);
});

test('wrap cuts a word longer than the line', (t) => {
	const text = 'a'.repeat(25);
	t.deepEqual(
		wrap(text, 10).map((range) => text.slice(range.start, range.end)),
		['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)],
	);
});

test('wide characters take two columns', (t) => {
	t.is(textWidth('中文 ok'), 7);
	t.is(truncate('中文中文', 5), '中文…');
	t.deepEqual(fit('abcdef', 4), {end: 3, cut: true});
	t.deepEqual(fit('abc', 4), {end: 3, cut: false});
});

test('the fast path agrees with string-width on every code point it takes', async (t) => {
	const {default: stringWidth} = await import('string-width');
	const {isSimple} = await import('../../source/ui/text.js');
	for (let code = 0x20; code < 0x2600; code++) {
		if (code >= 0x7f && code < 0xa0) continue; // C1 controls never reach the reader (sanitised)
		if (isSimple(code)) t.is(stringWidth(String.fromCodePoint(code)), code === 0xad ? 0 : 1, `U+${code.toString(16)}`);
	}
});
