import {createRequire} from 'node:module';
import type {Origin} from '../views/jsonl.js';
import type {Job} from './runner.js';
import type {Task, TaskSource} from './task.js';

/** Loaded only when records are read: not every start needs node:readline. */
const readline = (): typeof import('node:readline') => createRequire(import.meta.url)('node:readline') as typeof import('node:readline');

/** What one line of `--jsonl -` input holds: `{"id": …, "text": …}` or `{"id": …, "html": …}`. */
export type ParsedRecord = {origin: Origin; source?: TaskSource; problem?: string};

/** One JSON Lines record as an article to analyse, or the problem with it. `line` counts from 1. */
export function parseRecord(line: string, number: number): ParsedRecord {
	let record: unknown;
	try {
		record = JSON.parse(line);
	} catch {
		return {origin: {id: null}, problem: `line ${number}: not JSON`};
	}

	if (typeof record !== 'object' || record === null || Array.isArray(record)) return {origin: {id: null}, problem: `line ${number}: not a JSON object`};
	const {id = null, text, html} = record as {id?: unknown; text?: unknown; html?: unknown};
	// Named by its id when it has one: the same message whichever block of lines (GNU parallel --pipe) it came in
	const name = id === null ? `line ${number}` : `record ${JSON.stringify(id)}`;
	if (typeof text === 'string') return {origin: {id}, source: {kind: 'text', name, text}};
	if (typeof html === 'string') return {origin: {id}, source: {kind: 'html', name, html}};
	return {origin: {id}, problem: `${name}: has no "text" or "html" string`};
}

/**
 * The records on `input`, one job per line as it arrives, so that whosaid answers line by line as a
 * stage of a pipeline (GNU parallel --pipe, Hadoop Streaming, Spark's RDD.pipe). Blank lines are
 * skipped; any other line gets one output line, a failure included.
 */
export async function* recordJobs(input: NodeJS.ReadableStream, taskOf: (source: TaskSource, origin: Origin) => Task): AsyncGenerator<Job> {
	let number = 0;
	for await (const line of readline().createInterface({input, crlfDelay: Number.POSITIVE_INFINITY})) {
		number++;
		if (line.trim() === '') continue;
		const {origin, source, problem} = parseRecord(line, number);
		if (source) {
			yield {task: taskOf(source, origin), bytes: line.length};
		} else {
			// Any source stands in: the failure is already known
			yield {task: taskOf({kind: 'text', name: '', text: ''}, origin), fails: {message: problem!, code: 65}};
		}
	}
}
