import {withoutFormat} from '../text/tokens.js';

/** ASCII words one space apart, as most names are: nothing to normalise or trim. */
const plainName = /^[a-z\d]+(?: [a-z\d]+)*$/i;

/** "Chen Wenqing" → "chen-wenqing": ASCII, lower case, hyphens between words. */
export function slug(name: string): string {
	// Most names are plain: no need of the patterns below
	if (plainName.test(name)) return name.toLowerCase().replaceAll(' ', '-');
	if (withoutLatin(name)) return '';
	return withoutFormat(name)
		.normalize('NFKD')
		.replaceAll(/[\u0300-\u036F]/g, '')
		.toLowerCase()
		.replaceAll(/[^a-z\d]+/g, '-')
		.replaceAll(/^-+|-+$/g, '');
}

/**
 * Whether no character of the name is a Latin letter or digit, nor becomes one decomposed or in
 * either case: its slug is empty. Names written in Greek, Cyrillic, Hebrew, Arabic, kana, CJK or
 * Hangul (every character of those blocks was checked), with ASCII marks and spaces between words.
 */
function withoutLatin(name: string): boolean {
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (code < 0x80 ? isLetterOrDigit(code) : !inOtherScript(code)) return false;
	}

	return true;
}

const isLetterOrDigit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

const inOtherScript = (code: number): boolean =>
	(code >= 0x3_70 && code <= 0x5_2f) || (code >= 0x5_90 && code <= 0x6_ff) || (code >= 0x30_40 && code <= 0x30_ff) || (code >= 0x4e_00 && code <= 0x9f_ff) || (code >= 0xac_00 && code <= 0xd7_a3);
