import {forMessage} from '../article/sanitize.js';
import {inThreadBytes} from './memory.js';
import {OutputBuffer} from './output.js';
import {WorkerPool} from './pool.js';
import {Progress} from './progress.js';
import {type Task, type TaskEnd, failureOutput, runTask} from './task.js';

/** One article to run: its task, its size in bytes when known, or the failure it already is (a glob that matched nothing). */
export type Job = {task: Task; bytes?: number; fails?: {message: string; code: number}};

export type RunOptions = {
	/** Articles analysed at once. With 1, small articles are analysed in this thread (memory.ts). */
	jobs: number;
	/** The number of articles, when known (for the progress line's ETA). */
	total?: number;
	/** The worker script (dist/worker.mjs). */
	workerUrl: URL;
	/** Written before the first article (the csv header). */
	preamble?: string;
};

export type RunSummary = {articles: number; failed: number; lastFailureCode?: number};

/**
 * Runs the jobs, `jobs` at a time, and writes each article's output in input order as soon as it
 * and every article before it have finished. Memory holds the outputs of at most 2 × `jobs` articles
 * (those finished early, waiting for an earlier one), never the run's: the list of jobs is read as
 * the run goes, so standard input's records stream through.
 */
export async function runJobs(jobs: Iterable<Job> | AsyncIterable<Job>, options: RunOptions): Promise<RunSummary> {
	const out = new OutputBuffer();
	const progress = new Progress(options.total);
	const summary: RunSummary = {articles: 0, failed: 0};
	let pool: WorkerPool | undefined;
	// Outputs of articles that are not next to be written, by position
	const waiting = new Map<number, {pieces: string[]; end?: TaskEnd}>();
	let next = 0;

	const piece = (index: number, text: string) => {
		if (index === next) out.add(text);
		else waiting.get(index)!.pieces.push(text);
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

	const finish = (index: number, end: TaskEnd) => {
		waiting.get(index)!.end = end;
		for (;;) {
			const slot = waiting.get(next);
			if (!slot) break;
			for (const text of slot.pieces) out.add(text);
			slot.pieces.length = 0;
			if (!slot.end) break;
			// Standard output first, then the article's notes on stderr
			out.flush();
			settle(slot.end);
			waiting.delete(next);
			next++;
		}

		out.flush();
	};

	if (options.preamble) out.add(options.preamble);
	const inFlight = new Set<Promise<void>>();
	// With workers, each holds a second article while it analyses one (pool.ts)
	const window = options.jobs === 1 ? 1 : options.jobs * WorkerPool.depth;
	for await (const job of jobs) {
		const index = summary.articles++;
		waiting.set(index, {pieces: []});
		while (inFlight.size >= window) await Promise.race(inFlight);
		if (job.fails) {
			piece(index, failureOutput(job.task, job.fails.message, job.fails.code));
			finish(index, {notes: [], failure: job.fails});
			continue;
		}

		if (options.jobs === 1 && (job.bytes === undefined || job.bytes < inThreadBytes)) {
			finish(index, await runTask(job.task, (text) => {
				piece(index, text);
			}));
			continue;
		}

		pool ??= new WorkerPool(options.workerUrl, options.jobs);
		const running = pool.run(job.task, job.bytes, (text) => {
			piece(index, text);
		}).then((end) => {
			finish(index, end);
		});
		inFlight.add(running);
		void running.finally(() => inFlight.delete(running));
	}

	await Promise.all(inFlight);
	out.flush();
	progress.clear();
	await pool?.close();
	return summary;
}
