/*
 * One input named on the command line → safe text and what the page says of it. The only place
 * that knows files, pipes, URLs, encodings, web pages and Markdown (design.md §1); what leaves it is
 * sanitised text. HTML, Markdown and fetching live in web.ts, loaded only for inputs that need them.
 */
import fs from 'node:fs';
import process from 'node:process';
import {type Input, decodeToString, readBytes, sanitized, stdinHasInput} from '../article/read.js';
import {forMessage, sanitize} from '../article/sanitize.js';
import {bundledArticlePath} from '../bundled.js';
import {UserError, exitCode} from '../errors.js';
import type {PageMeta} from '../model.js';
import {type Format, detectFormat} from './detect.js';
import {notEnglish} from './language.js';

export type LoadOptions = {showHidden?: boolean};

/** The lazily loaded web code: HTML, Markdown, fetch. */
const web = async () => import('./web.js');

/** A scheme before a colon ("https:", "file:"), but not a Windows drive letter ("C:\"). */
const schemePattern = /^([a-z][a-z\d+.-]+):/i;

/** Whether `spec` names a URL rather than a file: a scheme, and no file of that name. */
export function isUrl(spec: string): boolean {
	return schemePattern.test(spec) && !fs.existsSync(spec);
}

/** Metadata is page text too: one line each, sanitised; empty is unknown. */
function safeMeta(meta: PageMeta, showHidden: boolean): PageMeta {
	const clean = (value: string | undefined) => {
		if (value === undefined) return undefined;
		const line = sanitize((showHidden ? forMessage(value) : value).replaceAll(/\s+/g, ' ')).text.trim();
		return line === '' ? undefined : line;
	};

	return {title: clean(meta.title), date: meta.date, byline: clean(meta.byline), site: clean(meta.site), url: clean(meta.url)};
}

/** A spinner on stderr while a URL loads: the host and the bytes so far; only on a terminal. */
function spinner(): {progress: (host: string, bytes: number) => void; stop: () => void} {
	if (!process.stderr.isTTY) return {progress() {}, stop() {}};
	const frames = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';
	let frame = 0;
	let line = '';
	const draw = () => process.stderr.write(`\r\u001B[K${frames[frame++ % frames.length]} ${line}`);
	const timer = setInterval(draw, 80);
	return {
		progress(host, bytes) {
			line = `${forMessage(host)} ${bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`}`;
		},
		stop() {
			clearInterval(timer);
			process.stderr.write('\r\u001B[K');
		},
	};
}

/** Where bytes come from, and how to call them in messages. */
type Raw = {name: string; bytes: Uint8Array; format?: Format; charset?: string; url?: string};

async function fetchRaw(spec: string): Promise<Raw> {
	const {fetchArticle} = await web();
	const {progress, stop} = spinner();
	try {
		const fetched = await fetchArticle(spec, progress);
		const format: Format | undefined = fetched.type === 'text/html' || fetched.type === 'application/xhtml+xml' ? 'html' : fetched.type.includes('markdown') ? 'markdown' : undefined;
		return {name: forMessage(spec), bytes: fetched.bytes, ...(format ? {format} : {}), ...(fetched.charset ? {charset: fetched.charset} : {}), url: fetched.url};
	} finally {
		stop();
	}
}

function rawFrom(spec: string | undefined): Raw | Promise<Raw> {
	if (spec === undefined) {
		// A pipe or a redirected file is read; a terminal, /dev/null or a closed stdin opens the bundled article
		if (stdinHasInput()) {
			return {name: 'standard input', bytes: readBytes({kind: 'stdin', explicit: false}, 'standard input')};
		}

		return {name: forMessage(bundledArticlePath), bytes: readBytes({kind: 'file', path: bundledArticlePath}, bundledArticlePath)};
	}

	if (spec === '-') return {name: 'standard input', bytes: readBytes({kind: 'stdin', explicit: true}, 'standard input')};
	if (isUrl(spec)) {
		let url: URL | undefined;
		try {
			url = new URL(spec);
		} catch {}

		if (url?.protocol === 'http:' || url?.protocol === 'https:') return fetchRaw(spec);
		const scheme = schemePattern.exec(spec)![1]!.toLowerCase();
		throw new UserError(`${forMessage(spec.slice(0, 80))}: ${scheme}: URLs are not opened, only http: and https: (or no such file)`, exitCode.usage);
	}

	const name = forMessage(spec);
	return {name, bytes: readBytes({kind: 'file', path: spec}, name)};
}

/**
 * Loads one input: `spec` is a path, `-` (standard input), an http(s) URL, or undefined (standard
 * input when it is a pipe or a file, else the bundled article). Throws UserError with the exit code.
 */
export async function loadInput(spec: string | undefined, options: LoadOptions = {}): Promise<Input> {
	const raw = await rawFrom(spec);
	const {name, bytes} = raw;
	if (bytes.length === 0) throw new UserError(`${name}: is empty`, raw.url ? exitCode.dataError : exitCode.noInput);
	const decoded = decodeToString(bytes, name, raw.charset);
	const notes = decoded.note ? [`${name}: ${decoded.note}`] : [];
	const format = raw.format ?? detectFormat(decoded.text, raw.url ?? spec);
	return articleFrom(decoded.text, {name, format, notes, ...(raw.url ? {url: raw.url} : {})}, options);
}

/** Decoded text that is HTML, Markdown or plain text → the article's sanitised text, metadata and notes. */
export async function articleFrom(decodedText: string, from: {name: string; format: Format; notes?: string[]; url?: string}, options: LoadOptions = {}): Promise<Input> {
	const {name, format, url} = from;
	const notes = [...(from.notes ?? [])];
	let text = decodedText;
	let meta: PageMeta | undefined;
	if (format === 'html') {
		const page = (await web()).fromHtml(text, url);
		// Fewer words than a sentence or two: navigation or a notice, not an article
		if (page.text.split(/\s+/, 20).filter(Boolean).length < 15) throw new UserError(`${name}: not an article (no article text found in the page)`, exitCode.dataError);
		text = page.text;
		meta = safeMeta(page.meta, options.showHidden ?? false);
	} else if (format === 'markdown') {
		const parsed = (await web()).fromMarkdown(text);
		text = parsed.text;
		meta = safeMeta(parsed.meta, options.showHidden ?? false);
	} else if (url) {
		meta = {url};
	}

	const input = sanitized(text, name, {showHidden: options.showHidden, empty: false});
	const language = notEnglish(input.text);
	if (language) meta = {...meta, language: language === 'another language' ? 'not English' : language};
	if (language) notes.push(`${name} ${language === 'another language' ? 'does not look like English' : `looks like ${language}`}; whosaid attributes English`);
	return {...input, ...(meta ? {meta} : {}), notes};
}
