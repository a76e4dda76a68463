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

type Outcome = TaskEnd | {error: unknown};

/** A task posted to a worker and not yet ended: its output goes to `onPiece`, its end to `settle`. */
type Pending = {onPiece: (piece: string) => void; settle: (outcome: Outcome) => void};

/** A long-lived worker and the tasks posted to it, oldest first (a worker runs them in that order). */
type Shared = {worker: Worker; queue: Pending[]};

/**
 * Workers that analyse articles. Articles under `inThreadBytes` go to `size` long-lived workers,
 * each given up to `depth` tasks at once, so that a worker finishing one article starts the next
 * without waiting for the main thread to answer. A larger article gets a worker of its own, one
 * large article at a time, ended after it, while the RSS is watched against its budget (memory.ts).
 * A worker stopped for want of memory fails its article with exit code 65, and the run goes on.
 */
export class WorkerPool {
	/** Tasks a shared worker holds at once: one running, one waiting in its message queue. */
	static readonly depth = 2;

	private readonly shared: Shared[] = [];
	/** Settles when the large article in analysis (if any) is done: they run one after the other. */
	private large: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly url: URL,
		private readonly size: number,
	) {}

	async run(task: Task, bytes: number | undefined, onPiece: (piece: string) => void): Promise<TaskEnd> {
		if (bytes !== undefined && bytes >= inThreadBytes) {
			const turn = this.large.then(async () => this.runLarge(task, bytes, onPiece));
			this.large = turn.catch(() => undefined);
			return turn;
		}

		const slot = this.pick();
		const outcome = await new Promise<Outcome>((settle) => {
			slot.queue.push({onPiece, settle});
			// Busy, the worker keeps the process alive until its articles end
			slot.worker.ref();
			slot.worker.postMessage(task);
		});
		return 'error' in outcome ? this.failed(task, bytes ?? inThreadBytes, outcome.error, onPiece) : outcome;
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
			head.onPiece(message.piece);
			if (message.type !== 'end') return;
			slot.queue.shift();
			if (slot.queue.length === 0) slot.worker.unref();
			head.settle({notes: message.notes, ...(message.failure ? {failure: message.failure} : {})});
		});
		const die = (error: unknown) => {
			const at = this.shared.indexOf(slot);
			if (at !== -1) this.shared.splice(at, 1);
			for (const pending of slot.queue.splice(0)) pending.settle({error});
		};

		slot.worker.on('error', die);
		slot.worker.on('exit', () => {
			die(undefined);
		});
		this.shared.push(slot);
		return slot;
	}

	private async runLarge(task: Task, bytes: number, onPiece: (piece: string) => void): Promise<TaskEnd> {
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
			const outcome = await new Promise<Outcome>((settle) => {
				worker.on('message', (message: WorkerMessage) => {
					onPiece(message.piece);
					if (message.type === 'end') settle({notes: message.notes, ...(message.failure ? {failure: message.failure} : {})});
				});
				worker.on('error', (error) => {
					settle({error});
				});
				worker.on('exit', () => {
					settle({error: undefined});
				});
				worker.ref();
				worker.postMessage({...task, memoryLimit: limit} satisfies Task);
			});
			return 'error' in outcome ? this.failed(task, bytes, overBudget ? {code: 'ERR_WORKER_OUT_OF_MEMORY'} : outcome.error, onPiece) : outcome;
		} finally {
			clearInterval(watch);
			void worker.terminate();
		}
	}

	private failed(task: Task, bytes: number, error: unknown, onPiece: (piece: string) => void): TaskEnd {
		const failure = isOutOfMemory(error)
			? {message: tooDense(nameOf(task), bytes), code: exitCode.dataError}
			: {message: `${nameOf(task)}: unexpected error: ${(error as Error | undefined)?.message ?? 'the worker stopped'}`, code: exitCode.failure};
		onPiece(failureOutput(task, failure.message, failure.code));
		return {notes: [], failure};
	}

	private start(heapMb: number): Worker {
		const worker = new (workerThreads().Worker)(this.url, {resourceLimits: {maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngGenerationMb}});
		// An idle worker never keeps the process alive
		worker.unref();
		return worker;
	}
}
