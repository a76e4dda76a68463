import fs from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import {stdinHasInput} from '../article/read.js';
import {bundledArticlePath} from '../bundled.js';
import {loadInput} from '../input/load.js';
import {UserError, exitCode} from '../errors.js';
import {csvHeader} from '../views/csv.js';
import type {Origin} from '../views/jsonl.js';
import {type InputSpec, listInputs} from './inputs.js';
import {inThreadBytes} from './memory.js';
import {removedNote} from './notes.js';
import {recordJobs} from './records.js';
import {type Job, runJobs} from './runner.js';
import type {Format, Task, TaskSource} from './task.js';
import {workerUrl} from './worker-url.js';

export type BatchFlags = {
	json?: boolean;
	jsonl?: boolean;
	csv?: boolean;
	plain?: boolean;
	jobs?: number;
	speaker?: string;
	showHidden?: boolean;
};

/** The articles' size when a file says it: it decides where the article is analysed (memory.ts). */
function sizeOf(path: string): number | undefined {
	try {
		return fs.statSync(path).size;
	} catch {
		return undefined;
	}
}

/**
 * Runs whosaid over its inputs when the output is --json, --jsonl or --csv, or when there are several
 * articles, and returns the exit status. Returns the one input (or none) for the cli's one-article
 * path otherwise: the reader, or the plain view of a single article.
 *
 * Exit status: one article, its own code (66 missing, 65 not text or too dense, …); several, 1 when
 * any failed, after a count on stderr. Each failure is reported on stderr as it comes, in order.
 */
export async function runInputs(inputs: readonly string[], flags: BatchFlags): Promise<number | {inputs: string[]}> {
	if (flags.jobs !== undefined && (!Number.isInteger(flags.jobs) || flags.jobs < 1)) throw new UserError('--jobs takes a whole number, 1 or more', exitCode.usage);
	const format: Format = flags.jsonl ? 'jsonl' : flags.csv ? 'csv' : flags.json ? 'json' : 'plain';
	const specs = listInputs(inputs);
	// With --jsonl or --csv, `-` is a stream of JSON Lines records; otherwise one article
	const records = (format === 'jsonl' || format === 'csv') && specs.some((spec) => spec.kind === 'stdin');
	if (format === 'json' && specs.length > 1) {
		throw new UserError(`--json prints one article; use --jsonl for one line per article (got ${specs.length} inputs)`, exitCode.usage);
	}

	if (format === 'plain' && specs.length <= 1) {
		const [spec] = specs;
		if (spec?.kind === 'none') throw new UserError(spec.message, spec.code);
		// A large file printed as plain text is analysed here, within its memory budget; the reader
		// needs its model in this thread, and small articles fit the budget wherever they are analysed
		const large = spec?.kind === 'file' && (sizeOf(spec.path) ?? 0) >= inThreadBytes;
		if (!large || (!flags.plain && process.stdout.isTTY)) return {inputs: spec ? [spec.kind === 'file' ? spec.path : spec.given] : []};
	}

	const taskOf = (source: TaskSource, origin: Origin): Task => ({
		source,
		origin,
		format,
		...(flags.speaker === undefined ? {} : {speaker: flags.speaker}),
		strictSpeaker: specs.length <= 1 && !records,
		header: specs.length > 1,
		showHidden: flags.showHidden === true,
	});

	/** Standard input as one article, read here: a worker cannot read the main thread's stdin. */
	const stdinJob = async (): Promise<Job> => {
		try {
			const input = await loadInput('-', {showHidden: flags.showHidden});
			const note = [removedNote(input), ...(input.notes ?? []).map((line) => `whosaid: note: ${line}\n`)].filter(Boolean).join('');
			const sanitized = {...(note ? {note} : {}), ...(input.meta ? {meta: input.meta} : {})};
			return {task: taskOf({kind: 'text', name: input.name, text: input.text, sanitized}, {file: '-'}), bytes: input.text.length};
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			return {task: taskOf({kind: 'text', name: 'standard input', text: ''}, {file: '-'}), fails: {message: error.message, code: error.code}};
		}
	};

	async function* jobs(): AsyncGenerator<Job> {
		if (specs.length === 0) {
			// A pipe or a redirected file is read (an empty pipe is an error); a terminal, /dev/null or a closed stdin open the bundled article
			yield stdinHasInput() ? await stdinJob() : {task: taskOf({kind: 'file', path: bundledArticlePath}, {file: bundledArticlePath}), bytes: sizeOf(bundledArticlePath)};
			return;
		}

		for (const spec of specs as InputSpec[]) {
			switch (spec.kind) {
				case 'file': {
					yield {task: taskOf({kind: 'file', path: spec.path}, {file: spec.given}), bytes: sizeOf(spec.path)};
					break;
				}

				case 'url': {
					yield {task: taskOf({kind: 'url', url: spec.given}, {file: spec.given})};
					break;
				}

				case 'none': {
					yield {task: taskOf({kind: 'file', path: spec.given}, {file: spec.given}), fails: {message: spec.message, code: spec.code}};
					break;
				}

				case 'stdin': {
					if (records) yield* recordJobs(process.stdin, taskOf);
					else yield await stdinJob();
					break;
				}
			}
		}
	}

	const single = specs.length <= 1 && !records;
	const summary = await runJobs(jobs(), {
		jobs: single ? 1 : (flags.jobs ?? os.availableParallelism()),
		...(records ? {} : {total: Math.max(1, specs.length)}),
		workerUrl: workerUrl(),
		...(format === 'csv' ? {preamble: csvHeader()} : {}),
		...(records ? {lineByLine: true} : {}),
	});
	if (single) return summary.failed > 0 ? (summary.lastFailureCode ?? exitCode.failure) : exitCode.ok;
	if (summary.failed === 0) return exitCode.ok;
	process.stderr.write(`whosaid: ${summary.failed} of ${summary.articles} ${records ? 'records' : 'inputs'} failed\n`);
	return exitCode.failure;
}
