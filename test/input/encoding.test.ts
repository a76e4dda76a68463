import crypto from 'node:crypto';
import test from 'ava';
import {NotText, decodeBytes, metaCharset} from '../../source/input/encoding.js';

const text = 'José Martínez said the café would reopen. "C’est fini," he said.';

test('UTF-8 is read as UTF-8, without a note', (t) => {
	t.deepEqual(decodeBytes(Buffer.from(text)), {text, encoding: 'utf-8'});
});

test('UTF-16 with a byte-order mark, little- and big-endian, is decoded', (t) => {
	const little = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(text, 'utf16le')]);
	t.deepEqual(decodeBytes(little), {text, encoding: 'utf-16le'});
	const big = Buffer.from(little);
	big.swap16();
	t.deepEqual(decodeBytes(big), {text, encoding: 'utf-16be'});
});

test('clean Windows-1252 that is not valid UTF-8 is read as Windows-1252, with a note', (t) => {
	const bytes = Buffer.from(text.replace('’', "'"), 'latin1');
	t.deepEqual(decodeBytes(bytes), {text: text.replace('’', "'"), encoding: 'windows-1252', note: 'not valid UTF-8; read as Windows-1252 (Latin-1)'});
	// The curly apostrophe is 0x92 in Windows-1252, not in Latin-1
	t.is(decodeBytes(Buffer.from([0x43, 0x92, 0x65, 0x73, 0x74])).text, 'C’est');
});

test('a charset the server names wins; a page\'s <meta charset> is read when the bytes are not UTF-8', (t) => {
	t.is(decodeBytes(Buffer.from([0x93, 0x48, 0x69, 0x94]), 'windows-1252').text, '“Hi”');
	const page = Buffer.concat([Buffer.from('<html><head><meta charset="shift_jis"></head><body>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</body>')]);
	t.is(metaCharset(page), 'shift_jis');
	t.true(decodeBytes(page).text.includes('日本'));
	t.is(metaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')), 'iso-8859-1');
});

test('random bytes are not text', (t) => {
	const bytes = crypto.randomBytes(20_000);
	t.throws(() => decodeBytes(bytes), {instanceOf: NotText});
});

test('a few control bytes in otherwise broken text are not enough to refuse it', (t) => {
	const bytes = Buffer.concat([Buffer.from('Smith said yes.\u0007 '), Buffer.from([0x81]), Buffer.from(' More text follows here.')]);
	t.is(decodeBytes(bytes).text, 'Smith said yes.\u0007 \uFFFD More text follows here.');
});
