// Child process of the benchmark: analyses one corpus file and prints what it cost, as JSON.
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {analyse} from '../../source/analyse.js';

const text = readFileSync(process.argv[2]!, 'utf8');
const start = performance.now();
const model = analyse(text);
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({
	ms,
	bytes: Buffer.byteLength(text),
	paragraphs: model.article.paragraphs.length,
	statements: model.statements.length,
	speakers: model.speakers.length,
	// What the reader's first frame is sure to show
	firstSpeaker: model.speakers[0]?.name,
	// KiB on Linux: the whole process, text and model included
	maxRssBytes: process.resourceUsage().maxRSS * 1024,
})}\n`);
