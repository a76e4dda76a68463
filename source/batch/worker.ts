/*
 * A worker of the batch runner (bundled as dist/worker.mjs): runs the batches of tasks it is given one
 * after the other (the next batch waits in the message queue while one runs), each task after the
 * other, and posts their output as UTF-8 bytes, transferred rather than copied: posting each news
 * article's output as a string cost the worker a sixth of its time. A message carries the bytes
 * written since the last one and the ends of the tasks that finished within them.
 */
import {parentPort} from 'node:worker_threads';
import {type Task, type TaskEnd, runTask} from './task.js';

/** Output is posted when it reaches this many bytes, and at the end of each batch. */
const postBytes = 1 << 20;

/** A task that finished: its end, and where its output ends in the message's bytes. */
export type TaskDone = TaskEnd & {upTo: number};

/**
 * `bytes` continue the output of the batch's tasks in order: the task that ended first in `ends`
 * (or, if none did, the task running) goes on from the last message. `done`: the batch is over.
 */
export type WorkerMessage = {bytes: Uint8Array; ends: TaskDone[]; done: boolean};

const encoder = new TextEncoder();

/** The output bytes of the batch in progress, since the last message. */
class Outbox {
	/** Room for the next message's bytes: what the last one needed, and a quarter more (growing copies them). */
	private room = 64 * 1024;
	private bytes = new Uint8Array(this.room);
	private used = 0;
	private ends: TaskDone[] = [];

	write(text: string) {
		// UTF-8 takes at most 3 bytes per UTF-16 code unit
		if (this.used + 3 * text.length > this.bytes.length) this.grow(this.used + 3 * text.length);
		this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
		if (this.used >= postBytes) this.post(false);
	}

	end(end: TaskEnd) {
		this.ends.push({...end, upTo: this.used});
	}

	post(done: boolean) {
		const bytes = this.bytes.subarray(0, this.used);
		parentPort!.postMessage({bytes, ends: this.ends, done} satisfies WorkerMessage, [bytes.buffer]);
		// The buffer went with the message
		this.room = Math.max(64 * 1024, Math.min(postBytes, this.used + (this.used >> 2)));
		this.bytes = new Uint8Array(this.room);
		this.used = 0;
		this.ends = [];
	}

	private grow(needed: number) {
		const grown = new Uint8Array(Math.max(needed, 2 * this.bytes.length));
		grown.set(this.bytes.subarray(0, this.used));
		this.bytes = grown;
	}
}

async function run(tasks: Task[]) {
	const outbox = new Outbox();
	for (const task of tasks) {
		outbox.end(await runTask(task, (piece) => {
			outbox.write(piece);
		}));
	}

	outbox.post(true);
}

/** Batches run one after the other: a task that waits (a page's code loading, a URL) must not interleave its output with the next. */
let queue = Promise.resolve();
parentPort!.on('message', (tasks: Task[]) => {
	queue = queue.then(async () => run(tasks));
});
