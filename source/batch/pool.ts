import {createRequire} from 'node:module';
import process from 'node:process';
import type {Worker} from 'node:worker_threads';
import {forMessage} from '../article/sanitize.js';
import {exitCode} from '../errors.js';
import {rssLimit} from '../memory-budget.js';
import {budgetBytes, inThreadBytes, mb, sharedHeapMb, tooDense, watchEveryMs, watchMarginBytes, youngGenerationMb} from './memory.js';
import {type Task, type TaskEnd, failureOutput} from './task.js';
import type {WorkerMessage} from './worker.js';

/** Loaded when the first worker starts: requiring node:worker_threads costs ~3–10 ms of every start. */
const workerThreads = (): typeof import('node:worker_threads') => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

const isOutOfMemory = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

function nameOf(task: Task): string {
	const {source} = task;
	return forMessage(source.kind === 'file' ? source.path : source.kind === 'url' ? source.url : source.name);
}

/** Output of a task: text, or UTF-8 bytes from a worker. */
export type Output = string | Uint8Array;

/** Where the pool gives the output and the end of each task of a batch, by its place in the batch. */
export type BatchSink = {piece: (k: number, output: Output) => void; end: (k: number, end: TaskEnd) => void};

/** A small article to analyse in a shared worker, and its size in bytes when known. */
export type SmallTask = {task: Task; bytes?: number};

/** A batch posted to a worker and not yet over; `next` is the place of its task running. */
type Pending = {tasks: SmallTask[]; sink: BatchSink; next: number; settle: () => void};

/** A long-lived worker and the batches posted to it, oldest first (a worker runs them in that order). */
type Shared = {worker: Worker; queue: Pending[]};

/**
 * Gives a worker's message to the sink: the bytes up to each end to the task that ended there,
 * the rest to the task still running. Returns the place of the next task.
 */
function deliver({bytes, ends}: WorkerMessage, next: number, sink: BatchSink): number {
	let from = 0;
	for (const {upTo, ...end} of ends) {
		sink.piece(next, bytes.subarray(from, upTo));
		sink.end(next++, end);
		from = upTo;
	}

	if (from < bytes.length) sink.piece(next, bytes.subarray(from));
	return next;
}

/**
 * Workers that analyse articles. Articles under `inThreadBytes` go to `size` long-lived workers in
 * batches, each worker given up to `depth` batches at once, so that a worker finishing one batch
 * starts the next without waiting for the main thread to answer; a batch is one message each way,
 * so the main thread, which shares the cores with the workers, does little per article. A larger
 * article gets a worker of its own, one large article at a time, ended after it, while the RSS is
 * watched against its budget (memory.ts). A worker stopped for want of memory fails its article
 * with exit code 65, and the run goes on.
 */
export class WorkerPool {
	/** Batches a shared worker holds at once: one running, one waiting in its message queue. */
	static readonly depth = 2;

	private readonly shared: Shared[] = [];
	/** Settles when the large article in analysis (if any) is done: they run one after the other. */
	private large: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly url: URL,
		private readonly size: number,
	) {}

	/** Analyses small articles, in order, in one of the shared workers. */
	async runBatch(tasks: SmallTask[], sink: BatchSink): Promise<void> {
		const slot = this.pick();
		await new Promise<void>((settle) => {
			slot.queue.push({tasks, sink, next: 0, settle});
			// Busy, the worker keeps the process alive until its articles end
			slot.worker.ref();
			slot.worker.postMessage(tasks.map(({task}) => task));
		});
	}

	/** Analyses a large article in a worker of its own, after any other large one. */
	async runLarge(task: Task, bytes: number, sink: BatchSink): Promise<void> {
		const turn = this.large.then(async () => this.runAlone(task, bytes, sink));
		this.large = turn.catch(() => undefined);
		return turn;
	}

	/** Ends the workers left; the run is over. */
	async close(): Promise<void> {
		await Promise.all(this.shared.splice(0).map(async ({worker}) => worker.terminate()));
	}

	/** The least busy shared worker, or a new one while there are fewer than `size` and all are busy. */
	private pick(): Shared {
		let best: Shared | undefined;
		for (const slot of this.shared) if (!best || slot.queue.length < best.queue.length) best = slot;
		if (best && (best.queue.length === 0 || this.shared.length >= this.size)) return best;
		return this.startShared();
	}

	private startShared(): Shared {
		const slot: Shared = {worker: this.start(sharedHeapMb), queue: []};
		slot.worker.on('message', (message: WorkerMessage) => {
			const head = slot.queue[0]!;
			head.next = deliver(message, head.next, head.sink);
			if (!message.done) return;
			slot.queue.shift();
			if (slot.queue.length === 0) slot.worker.unref();
			head.settle();
		});
		const die = (error: unknown) => {
			const at = this.shared.indexOf(slot);
			if (at !== -1) this.shared.splice(at, 1);
			for (const pending of slot.queue.splice(0)) {
				// The tasks not ended fail; the run goes on
				for (let k = pending.next; k < pending.tasks.length; k++) {
					const {task, bytes} = pending.tasks[k]!;
					this.failed(task, bytes ?? inThreadBytes, error, k, pending.sink);
				}

				pending.settle();
			}
		};

		slot.worker.on('error', die);
		slot.worker.on('exit', () => {
			die(undefined);
		});
		this.shared.push(slot);
		return slot;
	}

	private async runAlone(task: Task, bytes: number, sink: BatchSink): Promise<void> {
		const budget = budgetBytes(bytes);
		const worker = this.start(Math.ceil(budget / mb));
		// What the process holds already (the main thread, shared workers) is not the article's. The
		// worker's analysis stops itself at the limit (memory-budget.ts); the watch, a little above, is a backstop
		const limit = rssLimit(bytes);
		const backstop = limit + watchMarginBytes;
		let overBudget = false;
		const watch = setInterval(() => {
			if (process.memoryUsage.rss() <= backstop) return;
			overBudget = true;
			// Once: each terminate() adds a listener to the worker, and Node warns past ten of them
			clearInterval(watch);
			void worker.terminate();
		}, watchEveryMs);
		try {
			const error = await new Promise<{error: unknown} | undefined>((settle) => {
				worker.on('message', (message: WorkerMessage) => {
					deliver(message, 0, sink);
					if (message.done) settle(undefined);
				});
				worker.on('error', (error) => {
					settle({error});
				});
				worker.on('exit', () => {
					settle({error: undefined});
				});
				worker.ref();
				worker.postMessage([{...task, memoryLimit: limit} satisfies Task]);
			});
			if (error) this.failed(task, bytes, overBudget ? {code: 'ERR_WORKER_OUT_OF_MEMORY'} : error.error, 0, sink);
		} finally {
			clearInterval(watch);
			void worker.terminate();
		}
	}

	private failed(task: Task, bytes: number, error: unknown, k: number, sink: BatchSink): void {
		const failure = isOutOfMemory(error)
			? {message: tooDense(nameOf(task), bytes), code: exitCode.dataError}
			: {message: `${nameOf(task)}: unexpected error: ${(error as Error | undefined)?.message ?? 'the worker stopped'}`, code: exitCode.failure};
		sink.piece(k, failureOutput(task, failure.message, failure.code));
		sink.end(k, {notes: [], failure});
	}

	private start(heapMb: number): Worker {
		const worker = new (workerThreads().Worker)(this.url, {resourceLimits: {maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngGenerationMb}});
		// An idle worker never keeps the process alive
		worker.unref();
		return worker;
	}
}
