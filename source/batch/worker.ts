/*
 * A worker of the batch runner (bundled as dist/worker.mjs): runs the tasks it is given one after the
 * other (a second waits in the message queue while one runs) and posts each one's output in pieces of
 * about a megabyte, then its end, so the runner knows which article a message belongs to.
 */
import {parentPort} from 'node:worker_threads';
import {type Task, runTask} from './task.js';

/** Output is posted when it reaches this many characters, and at the end of each article. */
const pieceLength = 1 << 20;

export type WorkerMessage = {type: 'piece'; piece: string} | {type: 'end'; piece: string; notes: string[]; failure?: {message: string; code: number}};

async function run(task: Task) {
	let buffered = '';
	const end = await runTask(task, (piece) => {
		buffered += piece;
		if (buffered.length < pieceLength) return;
		parentPort!.postMessage({type: 'piece', piece: buffered} satisfies WorkerMessage);
		buffered = '';
	});
	parentPort!.postMessage({type: 'end', piece: buffered, ...end} satisfies WorkerMessage);
}

/** Tasks run one after the other: a task that waits (a page's code loading, a URL) must not interleave its pieces with the next. */
let queue = Promise.resolve();
parentPort!.on('message', (task: Task) => {
	queue = queue.then(() => run(task));
});
