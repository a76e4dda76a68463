import {analyseWithin} from '../analyse.js';
import {type Input, decode} from '../article/read.js';
import {forMessage} from '../article/sanitize.js';
import {UserError, exitCode} from '../errors.js';
import {loadInput} from '../input/load.js';
import type {Attributed, PageMeta, Speaker} from '../model.js';
import {findSpeaker, speakerOrError} from '../speakers.js';
import {csvRows} from '../views/csv.js';
import {jsonChunks} from '../views/json.js';
import {type Origin, jsonlChunks, jsonlFailure} from '../views/jsonl.js';
import {toPlain} from '../views/plain.js';
import {htmlInput} from './html-input.js';
import {removedNote} from './notes.js';

export type Format = 'json' | 'jsonl' | 'csv' | 'plain';

/** Where one article's text comes from. Text and HTML are read already (standard input, a JSON Lines record). */
export type TaskSource =
	| {kind: 'file'; path: string}
	| {kind: 'url'; url: string}
	/** `sanitized`: read by the main thread already (standard input), with its notes and what its page said of it. */
	| {kind: 'text'; name: string; text: string; sanitized?: {note?: string; meta?: PageMeta}}
	| {kind: 'html'; name: string; html: string};

/** One article of a run: plain data, so that it can be posted to a worker. */
export type Task = {
	source: TaskSource;
	/** How the output names it: the path or URL as given, or a record's id. */
	origin: Origin;
	format: Format;
	speaker?: string;
	/** With one article, an unknown --speaker is a usage error; across many, an article without that speaker has no statements. */
	strictSpeaker: boolean;
	/** In the plain view of several articles, each starts with a `==> FILE <==` line. */
	header?: boolean;
	showHidden: boolean;
	/** The process RSS at which the analysis stops (memory-budget.ts), when the runner set it: a large article's worker is given the limit its runner watches. */
	memoryLimit?: number;
};

/** How an article ended; its output went to the sink before. */
export type TaskEnd = {notes: string[]; failure?: {message: string; code: number}};

/** The label of an article in the csv's file column and the plain view's header. */
export const originLabel = (origin: Origin): string => ('file' in origin ? origin.file : typeof origin.id === 'string' ? origin.id : JSON.stringify(origin.id) ?? 'null');

async function read(source: TaskSource, showHidden: boolean): Promise<Input> {
	switch (source.kind) {
		case 'file': {
			return loadInput(source.path, {showHidden});
		}

		case 'url': {
			return loadInput(source.url, {showHidden});
		}

		case 'text': {
			if (source.sanitized) {
				const {meta} = source.sanitized;
				return {name: source.name, text: source.text, removed: {escapes: 0, controls: 0, invisible: 0, replacements: 0}, ...(meta ? {meta} : {})};
			}

			return decode(Buffer.from(source.text), source.name, {showHidden});
		}

		case 'html': {
			return htmlInput(source.html, source.name, {showHidden});
		}
	}
}

/** The model with only `only`'s statements (none when the article has no such speaker), for the structured views. */
function keepOnly(model: Attributed, only: Speaker | undefined): Attributed {
	if (!only) return {...model, statements: [], speakers: []};
	return {...model, statements: model.statements.filter((statement) => statement.speaker === only.id), speakers: [only]};
}

/** The article in the task's format; with --speaker, `only` is that speaker, or null when the article has none. */
function* formatted(model: Attributed, task: Task, only: Speaker | undefined | null): Generator<string> {
	const shown = only === undefined ? model : keepOnly(model, only ?? undefined);
	switch (task.format) {
		case 'json': {
			yield* jsonChunks(shown);
			break;
		}

		case 'jsonl': {
			yield* jsonlChunks(shown, task.origin);
			break;
		}

		case 'csv': {
			yield* csvRows(shown, originLabel(task.origin));
			break;
		}

		case 'plain': {
			// The plain view looks statements up by the ids a speaker lists: it is given the whole model
			const text = only === null ? toPlain(shown) : toPlain(model, only);
			// Several articles: each under its name, as head(1) does
			yield task.header ? `==> ${originLabel(task.origin)} <==\n${text}\n` : text;
			break;
		}
	}
}

/** What an article that failed puts in the output, in its place: a line in --jsonl, nothing elsewhere. */
export function failureOutput(task: Task, message: string, code: number): string {
	return task.format === 'jsonl' ? jsonlFailure(task.origin, message, code) : '';
}

/**
 * Reads, analyses and formats one article, giving the output to `sink` a piece at a time.
 * The same function runs in a worker and in the main thread; it never writes anything itself.
 */
export async function runTask(task: Task, sink: (piece: string) => void): Promise<TaskEnd> {
	const notes: string[] = [];
	try {
		const input = await read(task.source, task.showHidden);
		notes.push(...(input.notes ?? []).map((note) => `whosaid: note: ${note}\n`));
		const note = task.source.kind === 'text' && task.source.sanitized ? task.source.sanitized.note : removedNote(input);
		if (note) notes.push(note);
		const model = analyseWithin(input, task.memoryLimit === undefined ? {} : {limit: task.memoryLimit});
		let only: Speaker | undefined | null;
		if (task.speaker !== undefined) {
			if (task.strictSpeaker) only = speakerOrError(model.speakers, task.speaker, input.name);
			else {
				// Across many articles, one without the speaker simply has none of their statements
				const found = findSpeaker(model.speakers, task.speaker);
				only = 'speaker' in found ? found.speaker : null;
			}
		}

		for (const piece of formatted(model, task, only)) sink(piece);
		return {notes};
	} catch (error) {
		const failure = error instanceof UserError
			? {message: error.message, code: error.code}
			: {message: `${task.source.kind === 'file' ? forMessage(task.source.path) : 'input'}: unexpected error: ${(error as Error).message}`, code: exitCode.failure};
		sink(failureOutput(task, failure.message, failure.code));
		return {notes, failure};
	}
}
