import type {Input} from '../article/read.js';
import {count} from '../views/plain.js';

/** What sanitising took out of the article or could not decode, as one stderr line; undefined when nothing. */
export function removedNote({name, removed}: Input): string | undefined {
	const parts = [
		removed.escapes > 0 ? count(removed.escapes, 'escape sequence') : '',
		removed.controls > 0 ? count(removed.controls, 'control character') : '',
		removed.invisible > 0 ? count(removed.invisible, 'invisible character') : '',
	].filter(Boolean);
	const notes: string[] = [];
	if (parts.length > 0) notes.push(`removed ${parts.join(', ')} (--show-hidden shows them)`);
	if (removed.replacements > 0) notes.push(`${count(removed.replacements, 'invalid UTF-8 sequence')} shown as \uFFFD`);
	return notes.length > 0 ? `whosaid: note: ${name}: ${notes.join('; ')}\n` : undefined;
}
