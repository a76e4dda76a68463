import {createRequire} from 'node:module';
import type {Worker} from 'node:worker_threads';
import {forMessage} from '../article/sanitize.js';
import {exitCode} from '../errors.js';
import process from 'node:process';
import {baselineBytes, budgetBytes, inThreadBytes, mb, sharedHeapMb, tooDense, watchEveryMs, youngGenerationMb} from './memory.js';
import {type Task, type TaskEnd, failureOutput} from './task.js';
import type {WorkerMessage} from './worker.js';

/** Loaded when the first worker starts: requiring node:worker_threads costs ~3–10 ms of every start. */
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

const isOutOfMemory = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

function nameOf(task: Task): string {
	const {source} = task;
	return forMessage(source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : source.name);
}

/**
 * Workers that analyse articles, one task each at a time. Articles under `inThreadBytes` share
 * long-lived workers; a larger article gets a worker of its own, one large article at a time, ended
 * after it, while the RSS is watched against its budget (memory.ts). A worker stopped for want of
 * memory fails its article with exit code 65, and the next task that needs a worker starts a new one.
 */
export class WorkerPool {
	private readonly idle: Worker[] = [];
	/** Settles when the large article in analysis (if any) is done: they run one after the other. */
	private large: Promise<unknown> = Promise.resolve();

	constructor(private readonly url: URL) {}

	async run(task: Task, bytes: number | undefined, onPiece: (piece: string) => void): Promise<TaskEnd> {
		if (bytes !== undefined && bytes >= inThreadBytes) {
			const turn = this.large.then(async () => this.runLarge(task, bytes, onPiece));
			this.large = turn.catch(() => undefined);
			return turn;
		}

		const worker = this.idle.pop() ?? this.start(sharedHeapMb);
		const result = await this.runOn(worker, task, onPiece);
		if ('error' in result) return this.failed(worker, task, bytes ?? inThreadBytes, result.error, onPiece);
		this.idle.push(worker);
		return result;
	}

	private async runLarge(task: Task, bytes: number, onPiece: (piece: string) => void): Promise<TaskEnd> {
		const budget = budgetBytes(bytes);
		const worker = this.start(Math.ceil(budget / mb));
		// What the process holds already (the main thread, shared workers) is not the article's
		const limit = process.memoryUsage.rss() - baselineBytes + budget;
		let overBudget = false;
		const watch = setInterval(() => {
			if (process.memoryUsage.rss() <= limit) return;
			overBudget = true;
			void worker.terminate();
		}, watchEveryMs);
		try {
			const result = await this.runOn(worker, task, onPiece);
			if ('error' in result) return this.failed(worker, task, bytes, overBudget ? {code: 'ERR_WORKER_OUT_OF_MEMORY'} : result.error, onPiece);
			return result;
		} finally {
			clearInterval(watch);
			void worker.terminate();
		}
	}

	private failed(worker: Worker, task: Task, bytes: number, error: unknown, onPiece: (piece: string) => void): TaskEnd {
		void worker.terminate();
		const failure = isOutOfMemory(error)
			? {message: tooDense(nameOf(task), bytes), code: exitCode.dataError}
			: {message: `${nameOf(task)}: unexpected error: ${(error as Error | undefined)?.message ?? 'the worker stopped'}`, code: exitCode.failure};
		onPiece(failureOutput(task, failure.message, failure.code));
		return {notes: [], failure};
	}

	/** Ends the workers left; the run is over. */
	async close(): Promise<void> {
		await Promise.all(this.idle.splice(0).map(async (worker) => worker.terminate()));
	}

	private start(heapMb: number): Worker {
		const worker = new (workerThreads().Worker)(this.url, {resourceLimits: {maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngGenerationMb}});
		// An idle worker never keeps the process alive
		worker.unref();
		return worker;
	}

	private async runOn(worker: Worker, task: Task, onPiece: (piece: string) => void): Promise<TaskEnd | {error: unknown}> {
		return new Promise((resolve) => {
			const onMessage = (message: WorkerMessage) => {
				onPiece(message.piece);
				if (message.type !== 'end') return;
				done();
				resolve({notes: message.notes, ...(message.failure ? {failure: message.failure} : {})});
			};

			const onError = (error: unknown) => {
				done();
				resolve({error});
			};

			const onExit = () => {
				done();
				resolve({error: undefined});
			};

			const done = () => {
				worker.off('message', onMessage);
				worker.off('error', onError);
				worker.off('exit', onExit);
				worker.unref();
			};

			worker.on('message', onMessage);
			worker.on('error', onError);
			worker.on('exit', onExit);
			// Busy, the worker keeps the process alive until its article ends
			worker.ref();
			worker.postMessage(task);
		});
	}
}
