import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {isUrl} from '../input/load.js';

/**
 * tinyglobby (with picomatch and fdir, ~50 KB) is loaded only for an argument that is a pattern and
 * not a path: bundled, it made every start ~10% slower. It is a dependency, installed with whosaid.
 */
const glob = (): typeof import('tinyglobby') => createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby');

/** Characters that make an argument a pattern for tinyglobby (picomatch's syntax). */
const looksLikePattern = (argument: string) => /[*?[\]{}()!+@]/.test(argument);

/** What one article of a run is read from. `given` is the argument as the user wrote it (or the path a directory or glob gave). */
export type InputSpec =
	| {kind: 'file'; given: string; path: string}
	| {kind: 'url'; given: string}
	| {kind: 'stdin'; given: '-'}
	/** An argument that names no article: reported as a failed input, the run goes on. */
	| {kind: 'none'; given: string; message: string; code: number};

/** The files a directory contributes: articles in text, Markdown or HTML. */
export const articleExtensions = ['.txt', '.md', '.html'] as const;

const isArticleFile = (name: string) => articleExtensions.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * Every article file under `dir`, depth first, names sorted in code-point order so a run's order
 * never depends on the file system's. Hidden entries (".git") are skipped, and symbolic links to
 * directories are not followed (a link loop would never end).
 */
export function filesUnder(dir: string): string[] {
	const found: string[] = [];
	const walk = (at: string) => {
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(at, {withFileTypes: true});
		} catch {
			// An unreadable subdirectory is skipped: the top one was readable, the rest goes on
			return;
		}

		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const full = path.join(at, entry.name);
			if (entry.isDirectory()) walk(full);
			else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleFile(entry.name)) found.push(full);
		}
	};

	walk(dir);
	return found;
}


/**
 * The arguments, in order, as the articles they name: a file as itself, a directory as the article
 * files under it, a glob the shell did not expand (quoted, or matching nothing there) as its
 * matches, sorted. An argument that is neither an existing path nor a pattern stays a file, so
 * reading it reports "no such file" like any other missing input.
 */
export function listInputs(argumentsGiven: readonly string[]): InputSpec[] {
	const specs: InputSpec[] = [];
	for (const given of argumentsGiven) {
		if (given === '-') {
			specs.push({kind: 'stdin', given});
			continue;
		}

		if (isUrl(given)) {
			specs.push({kind: 'url', given});
			continue;
		}

		let stat: fs.Stats | undefined;
		try {
			stat = fs.statSync(given);
		} catch {}

		if (stat?.isDirectory()) {
			const files = filesUnder(given);
			if (files.length === 0) specs.push({kind: 'none', given, message: `${given}: a directory with no .txt, .md or .html files`, code: 66});
			for (const file of files) specs.push({kind: 'file', given: file, path: file});
			continue;
		}

		// An existing file is a file even if its name looks like a pattern ("notes[1].txt")
		if (!stat && looksLikePattern(given) && glob().isDynamicPattern(given)) {
			const matches = glob().globSync(given, {onlyFiles: true, expandDirectories: false, dot: false, absolute: path.isAbsolute(given)}).sort();
			if (matches.length === 0) specs.push({kind: 'none', given, message: `${given}: no file matches`, code: 66});
			for (const match of matches) specs.push({kind: 'file', given: match, path: match});
			continue;
		}

		specs.push({kind: 'file', given, path: given});
	}

	return specs;
}
