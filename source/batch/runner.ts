import {forMessage} from '../article/sanitize.js';
import {inThreadBytes} from './memory.js';
import {OutputBuffer} from './output.js';
import {type Output, type SmallTask, WorkerPool} from './pool.js';
import {Progress} from './progress.js';
import {type Task, type TaskEnd, failureOutput, runTask} from './task.js';

/** One article to run: its task, its size in bytes when known, or the failure it already is (a glob that matched nothing). */
export type Job = {task: Task; bytes?: number; fails?: {message: string; code: number}};

export type RunOptions = {
	/** Articles analysed at once. With 1, small articles are analysed in this thread (memory.ts). */
	jobs: number;
	/** The number of articles, when known (for the progress line's ETA, and the size of batches). */
	total?: number;
	/** The worker script (dist/worker.mjs). */
	workerUrl: URL;
	/** Written before the first article (the csv header). */
	preamble?: string;
	/** Write each article's output as soon as it is in order (a stage of a pipeline answers line by line). */
	lineByLine?: boolean;
};

export type RunSummary = {articles: number; failed: number; lastFailureCode?: number};

/** Small articles go to a worker this many at a time at most: ~32 news articles are ~40 ms of work. */
const largestBatch = 32;

/**
 * Articles per batch for workers: one at a time when the count is unknown (standard input's records
 * arrive as they come), else enough for each worker to get about eight batches, so that the last
 * ones still spread over every worker.
 */
const batchSize = (options: RunOptions): number =>
	options.total === undefined ? 1 : Math.max(1, Math.min(largestBatch, Math.floor(options.total / (options.jobs * 8))));

/** Output waiting to be written is written at least this often (ms), when an article finishes. */
const writeEveryMs = 100;

/**
 * Runs the jobs, `jobs` at a time, and writes each article's output in input order once it and
 * every article before it have finished: gathered into writes of up to a megabyte, but written
 * before any article's notes, at least every 100 ms, and line by line when asked. With workers,
 * small articles go in batches (one message each way per batch). Memory holds the outputs of at
 * most `jobs` × WorkerPool.depth batches (those finished early, waiting for an earlier one), never
 * the run's: the list of jobs is read as the run goes, so standard input's records stream through.
 */
export async function runJobs(jobs: Iterable<Job> | AsyncIterable<Job>, options: RunOptions): Promise<RunSummary> {
	const out = new OutputBuffer();
	const progress = new Progress(options.total);
	const summary: RunSummary = {articles: 0, failed: 0};
	let pool: WorkerPool | undefined;
	// Outputs of articles that are not next to be written, by position
	const waiting = new Map<number, {pieces: Output[]; end?: TaskEnd}>();
	let next = 0;
	let written = performance.now();

	const piece = (index: number, output: Output) => {
		if (index === next) out.add(output);
		else waiting.get(index)!.pieces.push(output);
	};

	const settle = ({notes, failure}: TaskEnd) => {
		for (const note of notes) progress.message(note);
		if (failure) {
			summary.failed++;
			summary.lastFailureCode = failure.code;
			progress.message(`whosaid: ${forMessage(failure.message)}\n`);
		}

		progress.tick();
	};

	const flush = () => {
		out.flush();
		written = performance.now();
	};

	const finish = (index: number, end: TaskEnd) => {
		waiting.get(index)!.end = end;
		for (;;) {
			const slot = waiting.get(next);
			if (!slot) break;
			for (const output of slot.pieces) out.add(output);
			slot.pieces.length = 0;
			if (!slot.end) break;
			// Standard output first, then the article's notes on stderr
			if (slot.end.notes.length > 0 || slot.end.failure) flush();
			settle(slot.end);
			waiting.delete(next);
			next++;
		}

		if (options.lineByLine || (out.waiting > 0 && performance.now() - written >= writeEveryMs)) flush();
	};

	if (options.preamble) out.add(options.preamble);
	const inFlight = new Set<Promise<void>>();
	const track = (running: Promise<void>) => {
		inFlight.add(running);
		void running.finally(() => inFlight.delete(running));
	};

	// Each worker holds a second batch while it analyses one (pool.ts)
	const window = options.jobs === 1 ? 1 : options.jobs * WorkerPool.depth;
	/** Waits until fewer than `window` batches or large articles are running. */
	const room = async () => {
		while (inFlight.size >= window) await Promise.race(inFlight);
	};

	const size = batchSize(options);
	let batch: Array<SmallTask & {index: number}> = [];
	const send = () => {
		if (batch.length === 0) return;
		const sent = batch;
		batch = [];
		pool ??= new WorkerPool(options.workerUrl, options.jobs);
		track(pool.runBatch(sent, {
			piece(k, output) {
				piece(sent[k]!.index, output);
			},
			end(k, end) {
				finish(sent[k]!.index, end);
			},
		}));
	};

	for await (const job of jobs) {
		const index = summary.articles++;
		waiting.set(index, {pieces: []});
		if (job.fails) {
			piece(index, failureOutput(job.task, job.fails.message, job.fails.code));
			finish(index, {notes: [], failure: job.fails});
			continue;
		}

		const small = job.bytes === undefined || job.bytes < inThreadBytes;
		if (options.jobs === 1 && small) {
			// After a large article's worker (a finished article's output waits for it); whatever is
			// written before an article of unknown size (a URL) is out before it starts
			await room();
			if (job.bytes === undefined) flush();
			finish(index, await runTask(job.task, (text) => {
				piece(index, text);
			}));
			continue;
		}

		if (small) {
			batch.push({task: job.task, ...(job.bytes === undefined ? {} : {bytes: job.bytes}), index});
			// A URL (size unknown) is not held back for others
			if (batch.length < size && job.bytes !== undefined) continue;
			await room();
			send();
			continue;
		}

		send();
		flush();
		await room();
		pool ??= new WorkerPool(options.workerUrl, options.jobs);
		track(pool.runLarge(job.task, job.bytes!, {
			piece(_, output) {
				piece(index, output);
			},
			end(_, end) {
				finish(index, end);
			},
		}));
	}

	send();
	await Promise.all(inFlight);
	out.flush();
	progress.clear();
	await pool?.close();
	return summary;
}
