// Everything the benchmark runs, built into .bench/: a snapshot of the app (so that a rebuild of
// dist/ by someone else mid-run changes nothing), the Ink hello-world, the throughput child, corpora.
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {build} from 'esbuild';
import {options} from '../build.js';
import {corpus} from './corpus.js';

export const work = '.bench';
/** What `bin` runs. */
export const app = `${work}/app/dist/cli.js`;
export const hello = `${work}/hello/hello.js`;
export const throughput = `${work}/throughput/throughput.js`;

/** One article in MB at both ends of the linearity pair, and the size that gives the key-latency row ~10,000 statements. */
export const corpusSizes = [1, 100];
const statementsCorpusBytes = 1_350_000;

/** The corpus rows: this many news-sized articles, each generated stories of at least `articleBytes` (~5 KB on average). */
export const articleCount = 10_000;
const articleBytes = 3500;

/** Writes the article folder once per generator version; a folder half written by an interrupted run is never used. */
function articleFolder(version) {
	const dir = `${work}/corpus/articles-${articleCount}-${version}`;
	if (existsSync(dir)) return dir;
	const partial = `${dir}.partial`;
	rmSync(partial, {recursive: true, force: true});
	mkdirSync(partial, {recursive: true});
	for (let i = 0; i < articleCount; i++) writeFileSync(`${partial}/${String(i).padStart(5, '0')}.txt`, corpus(articleBytes, 1000 + i));
	renameSync(partial, dir);
	return dir;
}

export async function prepare() {
	if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run `npm run build` (npm run bench does)');
	rmSync(`${work}/app`, {recursive: true, force: true});
	cpSync('dist', `${work}/app/dist`, {recursive: true});
	cpSync('data', `${work}/app/data`, {recursive: true});
	await build({...options, entryPoints: ['scripts/bench/hello.tsx'], outdir: `${work}/hello`});
	await build({...options, entryPoints: ['scripts/bench/throughput.ts'], outdir: `${work}/throughput`});
	// Corpora are regenerated only when the generator changes
	const version = createHash('sha256').update(readFileSync('scripts/bench/corpus.js')).digest('hex').slice(0, 12);
	mkdirSync(`${work}/corpus`, {recursive: true});
	const files = {};
	for (const [name, bytes] of [...corpusSizes.map((mb) => [`${mb}mb`, mb * 1_000_000]), ['statements', statementsCorpusBytes]]) {
		const file = `${work}/corpus/${name}-${version}.txt`;
		if (!existsSync(file)) writeFileSync(file, corpus(bytes, bytes));
		files[name] = file;
	}

	files.articles = articleFolder(version);
	return files;
}
