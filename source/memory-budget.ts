/*
 * The memory promise, decided here for every way an article is analysed (the batch's main thread and
 * workers, the one-article reader, the corpus reader): analysing one article takes at most 25× its
 * size plus 100 MB of RSS, and when an article would need more, whosaid says so in one line (exit 65)
 * before the heap runs out. Dense text is what breaks it: `X123456 said. ` repeated makes one speaker
 * per 14 bytes, ~160 bytes of RSS per byte.
 *
 * The analysis calls a checkpoint between units of its passes (attribution/attribute.ts); the guard
 * made here looks at the process's RSS there, at most every `checkEveryMs`, and throws the one-line
 * error once it passes the article's limit, or once V8's heap nears its own limit (a heap that runs
 * out ends the process with a FATAL ERROR trace, which no handler can stop). A unit holds at most
 * 10,000 tokens, so the analysis never runs long between two looks: it stops where it stands, in any
 * thread, with nothing to terminate from outside.
 */
import process from 'node:process';
import v8 from 'node:v8';
import {UserError, exitCode} from './errors.js';

export const mb = 1024 * 1024;

/** The RSS an article of `bytes` may take: 25× its size plus 100 MB. */
export const budgetBytes = (bytes: number): number => 25 * bytes + 100 * mb;

/** What of the 100 MB the process takes before any article: Node and whosaid's code (~55–60 MB measured before an analysis starts). */
export const baselineBytes = 64 * mb;

/**
 * The guard stops this far below the budget of an article of `bytes`: what an analysis may allocate
 * between two looks, and what V8's collector takes for a while on top of the heap (compacting copies
 * live objects to new pages before it frees the old ones). Both grow with the article's tables: rises
 * of ~20 MB within 150 ms were seen past the last look on 4 MB of dense text, ~40 MB on 20 MB (a table
 * of a million speakers grows in one step). Six bytes per byte and 4 MB; a small article keeps most
 * of its budget (10,000 people quoted once each in 440 KB peak at ~101 MB of their 110).
 */
export const reserveBytes = (bytes: number): number => 6 * bytes + 4 * mb;

/**
 * What showing a model costs beyond the model (formatting --json, --jsonl, --csv or the plain view;
 * a worker's pieces reach the main thread a megabyte at a time): ~220 bytes per statement were
 * measured for --json of 95,000 statements, and the speakers' list besides.
 */
export function viewBytes(model: {statements: unknown[]; speakers: unknown[]}): number {
	return 220 * model.statements.length + 100 * model.speakers.length;
}

/** The message of an article that needed more than its budget. */
export function tooDense(name: string, bytes: number): string {
	return `${name}: needs more memory than whosaid allows for an article of this size (${Math.round(budgetBytes(bytes) / mb)} MB: 25× its size plus 100 MB); too many statements or speakers to analyse`;
}

/**
 * The process RSS at which the analysis of an article of `bytes` stops, given the RSS now: what the
 * process holds beyond its baseline (a batch's other work) is not the article's; alone, the whole
 * process stays within the budget.
 */
export function rssLimit(bytes: number, rssNow = process.memoryUsage.rss()): number {
	return Math.max(0, rssNow - baselineBytes) + budgetBytes(bytes) - reserveBytes(bytes);
}

/** How often (ms) the guard reads the RSS: a read costs a few microseconds, a checkpoint a few nanoseconds. */
export const checkEveryMs = 5;

/** Of V8's heap limit, the share the analysis may fill before it stops (the rest is for the error's way out). */
const heapShare = 0.85;

/**
 * A checkpoint for analyse(): throws the one-line error (exit 65) when the RSS passes `limit` or the
 * heap nears its own limit. Given `ahead` (bytes about to be needed, as when the model is to be
 * shown), it looks at once and counts them in.
 */
export function memoryGuard(name: string, bytes: number, limit = rssLimit(bytes)): (ahead?: number) => void {
	const heapLimit = v8.getHeapStatistics().heap_size_limit * heapShare;
	let last = performance.now();
	return (ahead = 0) => {
		const now = performance.now();
		if (ahead === 0 && now - last < checkEveryMs) return;
		last = now;
		if (process.memoryUsage.rss() + ahead > limit || v8.getHeapStatistics().used_heap_size + ahead > heapLimit) throw new UserError(tooDense(name, bytes), exitCode.dataError);
	};
}
