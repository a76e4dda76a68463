/*
 * A worker of the batch runner (bundled as dist/worker.mjs): runs one task at a time and posts its
 * output in pieces of about a megabyte, then its end. Only one task at a time, so that when V8 stops
 * the worker for want of memory the runner knows which article it was.
 */
import {parentPort} from 'node:worker_threads';
import {type Task, runTask} from './task.js';

/** Output is posted when it reaches this many characters, and at the end of each article. */
const pieceLength = 1 << 20;

export type WorkerMessage = {type: 'piece'; piece: string} | {type: 'end'; piece: string; notes: string[]; failure?: {message: string; code: number}};

parentPort!.on('message', (task: Task) => {
	let buffered = '';
	const end = runTask(task, (piece) => {
		buffered += piece;
		if (buffered.length < pieceLength) return;
		parentPort!.postMessage({type: 'piece', piece: buffered} satisfies WorkerMessage);
		buffered = '';
	});
	parentPort!.postMessage({type: 'end', piece: buffered, ...end} satisfies WorkerMessage);
});
