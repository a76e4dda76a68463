// npm run fuzz [-- --words] [-- --only NAME] [-- --jobs N]: analyses, in this process, slices of every article in
// ../shared/eval (both splits): every line, every sentence alone, every suffix from a sentence start,
// every prefix to a sentence end (with --words also every sentence cut after each of its words: fragments that
// end mid-phrase). Any exception is reported once per kind (message and place), with the smallest input
// that shows it: the shortest slice that threw, then shrunk word by word from both ends. Exits 1 if any.
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = path.resolve(root, '../shared/eval');
const words = process.argv.includes('--words');
const onlyFlag = process.argv.indexOf('--only');
const only = onlyFlag === -1 ? undefined : process.argv[onlyFlag + 1];
const jobsFlag = process.argv.indexOf('--jobs');
const jobs = jobsFlag === -1 ? os.availableParallelism() : Math.max(1, Number(process.argv[jobsFlag + 1]));

/*
 * The analysis, bundled from source/ into one module (esbuild, ~0.1 s) that the main thread builds and
 * every worker imports: worker threads on Node 20 cannot load TypeScript through tsx.
 */
const bundled = isMainThread ? path.join(os.tmpdir(), `whosaid-fuzz-${process.pid}.mjs`) : workerData.bundled;
if (isMainThread) {
	await build({
		stdin: {contents: "export {analyse} from './source/analyse.ts'; export {sanitize} from './source/article/sanitize.ts';", resolveDir: root, loader: 'ts'},
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		outfile: bundled,
		banner: {js: "import {createRequire as __fuzzRequire} from 'node:module';const require=__fuzzRequire(import.meta.url);"},
		logLevel: 'warning',
	});
	process.on('exit', () => rmSync(bundled, {force: true}));
}

const {analyse, sanitize} = await import(bundled);

/** Sentence ends: . ! ? (after closing quotes and brackets), then white space. A plain scan, not a model. */
function sentenceEnds(text) {
	const ends = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c !== '.' && c !== '!' && c !== '?') continue;
		let j = i + 1;
		while (j < text.length && '"\'”’)]'.includes(text[j])) j++;
		if (j === text.length || /\s/.test(text[j])) ends.push(j);
	}

	if (ends.at(-1) !== text.length) ends.push(text.length);
	return ends;
}

/** Where each sentence starts: after a sentence end and its white space. */
function sentenceStarts(text, ends) {
	const starts = [0];
	for (const end of ends) {
		let j = end;
		while (j < text.length && /\s/.test(text[j])) j++;
		if (j < text.length) starts.push(j);
	}

	return starts;
}

/** Every slice of one article, each given to `visit` once. */
function* slices(text) {
	const seen = new Set();
	const fresh = (slice) => {
		if (slice.trim() === '' || seen.has(slice)) return false;
		seen.add(slice);
		return true;
	};

	for (const line of text.split('\n')) if (fresh(line)) yield line;
	const ends = sentenceEnds(text);
	const starts = sentenceStarts(text, ends);
	for (let k = 0; k < starts.length; k++) {
		const sentence = text.slice(starts[k], ends.find((end) => end > starts[k]) ?? text.length);
		if (fresh(sentence)) yield sentence;
		if (words) {
			// The sentence cut after each of its words: a fragment that ends mid-phrase, with a name as its last word
			for (let at = sentence.indexOf(' '); at !== -1; at = sentence.indexOf(' ', at + 1)) {
				const cut = sentence.slice(0, at);
				if (fresh(cut)) yield cut;
			}
		}
	}

	for (const start of starts) if (fresh(text.slice(start))) yield text.slice(start);
	for (const end of ends) if (fresh(text.slice(0, end))) yield text.slice(0, end);
}

/** The exception analysing `text` throws, or undefined. */
function failure(text) {
	try {
		analyse(text);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

/** What tells one bug from another: the message and the function that threw (the bundle keeps source names). */
function kindOf(error) {
	const frame = error.stack?.split('\n').find((line) => line.includes('whosaid-fuzz-')) ?? '';
	const name = /^\s*at (\S+) \(/.exec(frame)?.[1] ?? 'top level';
	return `${error.message} in ${name}()`;
}

/** Shrinks `text` word by word from each end while it still throws the same kind of exception. */
function shrink(text, kind) {
	let pieces = text.split(/(?<=\s)/);
	const fails = (candidate) => {
		const error = failure(candidate.join(''));
		return error !== undefined && kindOf(error) === kind;
	};

	for (let changed = true; changed; ) {
		changed = false;
		if (pieces.length > 1 && fails(pieces.slice(1))) {
			pieces = pieces.slice(1);
			changed = true;
		} else if (pieces.length > 1 && fails(pieces.slice(0, -1))) {
			pieces = pieces.slice(0, -1);
			changed = true;
		}
	}

	return pieces.join('').trim() === pieces.join('') ? pieces.join('') : (fails([pieces.join('').trim()]) ? pieces.join('').trim() : pieces.join(''));
}

/** Analyses every slice of the articles `files`: the count tried and, per kind of exception, the smallest input. */
function fuzzFiles(files) {
	let tried = 0;
	const found = new Map();
	for (const file of files) {
		// The analysis sees sanitised text, as after read
		const {text} = sanitize(readFileSync(file, 'utf8'));
		for (const slice of slices(text)) {
			tried++;
			const error = failure(slice);
			if (!error) continue;
			const kind = kindOf(error);
			const known = found.get(kind);
			if (!known || slice.length < known.input.length) found.set(kind, {input: slice, from: path.relative(evalDir, file), count: (known?.count ?? 0) + 1});
			else known.count++;
		}
	}

	return {tried, found: [...found]};
}

if (isMainThread) {
	const started = performance.now();
	const files = [];
	for (const split of ['polnear-dev', 'polnear-train']) {
		const dir = path.join(evalDir, split, 'articles');
		if (!existsSync(dir)) {
			process.stderr.write(`fuzz: no ${dir}\n`);
			process.exit(2);
		}

		for (const name of readdirSync(dir).sort()) if (!only || name.includes(only)) files.push(path.join(dir, name));
	}

	// Articles dealt out in turn, so that each job gets long and short ones alike
	const shares = Array.from({length: Math.min(jobs, files.length)}, (_, k) => files.filter((_, i) => i % jobs === k));
	const results = await Promise.all(
		shares.map(
			(share) =>
				new Promise((resolve, reject) => {
					const worker = new Worker(fileURLToPath(import.meta.url), {workerData: {share, bundled}, argv: process.argv.slice(2)});
					worker.once('message', resolve);
					worker.once('error', reject);
				}),
		),
	);
	let tried = 0;
	const found = new Map();
	for (const result of results) {
		tried += result.tried;
		for (const [kind, entry] of result.found) {
			const known = found.get(kind);
			if (!known || entry.input.length < known.input.length) found.set(kind, {...entry, count: entry.count + (known?.count ?? 0)});
			else known.count += entry.count;
		}
	}

	const seconds = (performance.now() - started) / 1000;
	process.stdout.write(`${tried.toLocaleString('en')} inputs from ${files.length} articles analysed in ${seconds.toFixed(0)} s (${shares.length} jobs${words ? ', --words' : ''}): ${found.size === 0 ? 'no exception' : `${found.size} kind(s) of exception`}\n`);
	for (const [kind, {input, from, count}] of found) {
		const smallest = shrink(input, kind);
		process.stdout.write(`\n${kind}\n  ${count} input(s); the smallest from ${from}\n  smallest: ${JSON.stringify(smallest)}\n  reproduce: printf '%s' ${JSON.stringify(smallest)} | whosaid --json\n`);
	}

	process.exitCode = found.size === 0 ? 0 : 1;
} else {
	parentPort.postMessage(fuzzFiles(workerData.share));
}
