import test from 'ava';
import {revealHidden, sanitize} from '../../source/article/sanitize.js';

const clean = (input: string) => sanitize(input).text;
const none = {escapes: 0, controls: 0, invisible: 0, replacements: 0};

test('plain text passes unchanged, without copying rules', (t) => {
	const text = 'Chen Wenqing said: "We will cooperate." — Москва, 北京, café 👍🏽\n\nNext.';
	t.deepEqual(sanitize(text), {text, removed: none});
});

test('a leading BOM is dropped; a BOM inside the text is invisible and removed', (t) => {
	t.is(clean('\uFEFFTitle'), 'Title');
	t.deepEqual(sanitize('a\uFEFFb'), {text: 'ab', removed: {...none, invisible: 1}});
});

test('CRLF, CR, U+2028 and U+2029 become LF', (t) => {
	t.is(clean('a\r\nb\rc\u2028d\u2029e\n'), 'a\nb\nc\nd\ne\n');
	t.is(clean('a\r\r\nb'), 'a\n\nb');
});

test('tabs expand to the next multiple of eight columns', (t) => {
	t.is(clean('\tx'), '        x');
	t.is(clean('abc\tx'), 'abc     x');
	t.is(clean('abcdefgh\tx'), 'abcdefgh        x');
	t.is(clean('ab\n\tx'), 'ab\n        x');
	// A wide character still counts as one column: tabs in news text are rare, alignment is not promised
	t.is(clean('👍\tx'), '👍       x');
});

test('CSI sequences are removed whole: colours, cursor moves, erase, private modes', (t) => {
	const cases = ['\u001B[31m', '\u001B[0m', '\u001B[2J', '\u001B[H', '\u001B[10;20H', '\u001B[?1049h', '\u001B[?25l', '\u001B[>c', '\u001B[6n', '\u001B[38;2;255;0;0m', '\u001B[ q'];
	for (const sequence of cases) {
		t.deepEqual(sanitize(`a${sequence}b`), {text: 'ab', removed: {...none, escapes: 1}}, JSON.stringify(sequence));
	}
});

test('a malformed CSI stops before the character that breaks it', (t) => {
	t.is(clean('a\u001B[12\nb'), 'a\nb');
	t.is(clean('a\u001B[12'), 'a');
	t.is(clean('a\u001B[1\u00E9b'), 'a\u00E9b');
});

test('OSC sequences end at BEL or ST, and take their payload with them', (t) => {
	t.is(clean('a\u001B]0;pwned title\u0007b'), 'ab');
	t.is(clean('a\u001B]52;c;ZWNobyBoaQ==\u0007b'), 'ab');
	t.is(clean('\u001B]8;;https://evil.example/\u001B\\click\u001B]8;;\u001B\\'), 'click');
	t.deepEqual(sanitize('\u001B]8;;x\u001B\\y\u001B]8;;\u001B\\').removed, {...none, escapes: 2});
	t.is(clean('a\u009D0;title\u009Cb'), 'ab');
});

test('an unterminated string sequence runs to the end of its line, not of the article', (t) => {
	t.is(clean('a\u001B]0;title\nnext line'), 'a\nnext line');
	t.is(clean('a\u001B]0;title\r\nnext'), 'a\nnext');
	t.is(clean('a\u001B]0;title\rnext'), 'a\nnext');
	t.is(clean('a\u001BPq#0;2;0;0;0'), 'a');
});

test('an ESC inside a string sequence ends it, and its own sequence is removed too', (t) => {
	t.deepEqual(sanitize('a\u001B]0;x\u001B[31mb'), {text: 'ab', removed: {...none, escapes: 2}});
});

test('DCS, SOS, PM and APC are removed whole, in 7-bit and 8-bit forms', (t) => {
	for (const introducer of ['\u001BP', '\u001BX', '\u001B^', '\u001B_', '\u0090', '\u0098', '\u009E', '\u009F']) {
		t.deepEqual(sanitize(`a${introducer}payload;1;2\u001B\\b`), {text: 'ab', removed: {...none, escapes: 1}}, JSON.stringify(introducer));
	}
});

test('8-bit CSI is removed whole', (t) => {
	t.is(clean('a\u009B31mb'), 'ab');
});

test('two-character escapes and charset designations are removed; what follows stays', (t) => {
	t.is(clean('a\u001Bcb'), 'ab'); // RIS: full reset
	t.is(clean('a\u001B7b\u001B8c'), 'abc'); // Save and restore the cursor
	t.is(clean('a\u001B(Bb'), 'ab');
	t.is(clean('a\u001B(\nb'), 'a\nb');
	t.is(clean('a\u001B('), 'a');
});

test('a lone ESC is removed and the text after it kept', (t) => {
	t.deepEqual(sanitize('a\u001B'), {text: 'a', removed: {...none, escapes: 1}});
	t.is(clean('a\u001B\nb'), 'a\nb');
	t.is(clean('a\u001B\u001B[31mb'), 'ab');
	t.is(clean('a\u001Bé'), 'aé');
});

test('every other C0 control, DEL and C1 control is removed and counted', (t) => {
	let input = '';
	for (let code = 0; code < 0x20; code++) if (![0x09, 0x0A, 0x0D, 0x1B].includes(code)) input += String.fromCharCode(code);
	input += '\u007F';
	for (let code = 0x80; code < 0xA0; code++) if (![0x90, 0x98, 0x9B, 0x9D, 0x9E, 0x9F].includes(code)) input += String.fromCharCode(code);
	const {text, removed} = sanitize(`a${input}b`);
	t.is(text, 'ab');
	t.deepEqual(removed, {...none, controls: input.length});
});

test('bidi controls are removed', (t) => {
	const bidi = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
	const {text, removed} = sanitize(`a${bidi.join('')}b`);
	t.is(text, 'ab');
	t.is(removed.invisible, bidi.length);
	t.is(clean('user\u202Egnp.exe'), 'usergnp.exe');
});

test('invisible format characters are removed, including astral tag characters', (t) => {
	const invisible = ['\u00AD', '\u200B', '\u2060', '\u2064', '\u206F', '\u180E', '\uFFF9', '\u034F', '\u3164', '\u{E0001}', '\u{E0041}', '\u{E007F}', '\u{1D173}'];
	for (const char of invisible) t.deepEqual(sanitize(`a${char}b`), {text: 'ab', removed: {...none, invisible: 1}}, char.codePointAt(0)!.toString(16));
});

test('ZWJ, ZWNJ and variation selectors stay: they shape emoji and scripts', (t) => {
	for (const text of ['👩\u200D💻', 'می\u200Cخواهم', '❤\uFE0F', '葛\u{E0100}']) t.is(clean(text), text);
});

test('invalid UTF-8 arrives as U+FFFD, stays, and is counted; a lone surrogate becomes one', (t) => {
	t.deepEqual(sanitize('a\uFFFDb\uFFFD'), {text: 'a\uFFFDb\uFFFD', removed: {...none, replacements: 2}});
	t.deepEqual(sanitize('a\uD800b\uDC00'), {text: 'a\uFFFDb\uFFFD', removed: {...none, replacements: 2}});
	// A high surrogate never swallows the character after it
	t.is(clean('a\uD800\u001B[31mb'), 'a\uFFFDb');
});

test('the output holds no control character but LF, whatever comes in', (t) => {
	let all = '';
	for (let code = 0; code < 0x300; code++) all += `${String.fromCharCode(code)}x`;
	const {text} = sanitize(`${all}\u202E\u2066\u200B\u001B]0;t`);
	// eslint-disable-next-line no-control-regex
	t.false(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B]/.test(text));
});

test('--show-hidden: controls show as ^X, DEL as ^?, C1 and invisible characters as <U+XXXX>', (t) => {
	t.is(revealHidden('a\u001B]0;pwned\u0007b'), 'a^[]0;pwned^Gb');
	t.is(revealHidden('\u0000\u007F\u009B\u202E\u200B\u{E0041}'), '^@^?<U+009B><U+202E><U+200B><U+E0041>');
	// Line ends and tabs are normalised later, not hidden; ZWJ is kept
	t.is(revealHidden('a\r\n\tb\u200Dc'), 'a\r\n\tb\u200Dc');
	// What it reveals is plain text: sanitising it removes nothing
	t.deepEqual(sanitize(revealHidden('x\u001B[31my\u202Ez')), {text: 'x^[[31my<U+202E>z', removed: none});
});
