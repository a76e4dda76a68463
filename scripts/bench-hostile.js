#!/usr/bin/env node
// Benchmark (not a test): analysis time per MB on pathological 10 MB inputs against a normal
// 10 MB news-like corpus. Every rule must stay linear: the target is ≤ 1.5× normal for each.
// "growth vs normal" is ms/MB on the whole input ÷ ms/MB on its first megabyte, relative to the
// same ratio for the normal corpus: about 1 means linear; a quadratic rule shows as ~MB.
// Usage: node scripts/bench-hostile.js [MB]   (default 10; bundles source/ with esbuild, one process per input)
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {corpus} from './bench/corpus.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);
// `--child BUNDLE INDEX MB` measures one case in a fresh process: no heap or JIT state carries over
const child = process.argv[2] === '--child';
const megabytes = Number(child ? process.argv[5] : process.argv[2] ?? 10);
const size = megabytes * 1_000_000;
/** A case whose 200 kB probe takes this long is superlinear: its full size is not run. */
const probeLimitSeconds = 2;

// Deterministic words for the pathological inputs (a Lehmer generator: every run measures the same text)
let seed = 4;
const next = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
const pick = (list) => list[Math.floor(next() * list.length)];
const syllables = ['ka', 'lo', 'mir', 'ven', 'do', 'sa', 'ri', 'tan', 'bel', 'or', 'na', 'vik', 'el', 'zu', 'pra', 'ton'];
const word = (n = 2) => Array.from({length: n}, () => pick(syllables)).join('');
const capital = (text) => `${text[0].toUpperCase()}${text.slice(1)}`;
const name = () => `${capital(word(2))} ${capital(word(3))}`;
const cyrillicSyllables = ['ка', 'ло', 'мир', 'вен', 'до', 'са', 'ри', 'тан', 'бел', 'ор', 'на', 'вик'];
const cyrillic = (n) => Array.from({length: n}, () => pick(cyrillicSyllables)).join('');
const cues = ['said', 'stressed', 'noted', 'added', 'warned', 'told reporters', 'pointed out'];

/** Repeats `make()` until the text reaches the size. */
function fill(make, separator = '') {
	const parts = [];
	let length = 0;
	while (length < size) {
		const part = make();
		parts.push(part);
		length += part.length + separator.length;
	}

	return parts.join(separator);
}

/** The news-like corpus `npm run bench` measures, so both benchmarks share a baseline. */
const news = () => corpus(size, 4);

/** Every input is built lazily and in full at the benchmark size. */
const cases = [
	['normal news corpus', news],
	['10k+ unbalanced straight quotes, one paragraph', () => fill(() => `"${word()} ${pick(cues)} ${word()} `)],
	['unbalanced curly opening quotes', () => fill(() => `“${word()} ${word()}, Smith said `, '')],
	['closing quotes only', () => fill(() => `${word()} ${word()}” `)],
	['quote-only sentences, no cue', () => fill(() => `"${word()} ${word()}." `)],
	['one 10 MB line of news', () => news().replaceAll('\n\n', ' ')],
	['1M tiny paragraphs', () => fill(() => 'He said.', '\n\n')],
	['100k short paragraphs, one statement each', () => fill(() => `"Yes," ${name()} said.`, '\n\n')],
	['escape-sequence storm', () => fill(() => `\u001B[31m${word()}\u001B]0;title\u0007 \u001B]8;;http://x\u001B\\${word()}\u001B[0m\u0000\u202E\u200B `)],
	['unterminated OSC on every line', () => news().replaceAll('\n\n', () => `\u001B]52;c;${word(8)}\n\n`)],
	['all caps', () => news().toUpperCase()],
	['deep parentheses', () => `${fill(() => '(').slice(0, size / 2)}Smith said${')'.repeat(size / 2)}`],
	['many colons', () => fill(() => `${name()}: ${word()}: `)],
	['colons only', () => ':'.repeat(size)],
	['many cues in one sentence', () => fill(() => `${name()} said ${word()} `)],
	['many names with one surname', () => fill(() => `${name().split(' ')[0]} Smith said ${word()}. `, '')],
	['descriptions and roles', () => fill(() => `A ${word()} spokesman said ${word()}. Mayor ${name()}, the ${word()} spokesman, said ${word()}. `)],
	// Names without Latin letters all slug to "speaker": each new one used to count up from speaker-2
	['many speakers named in Cyrillic', () => fill(() => `"Да," ${capital(cyrillic(2))} ${capital(cyrillic(3))} said.`, '\n\n')],
	// Every description new: each role used to be checked against all of them
	['distinct descriptions, then roles', () => fill(() => `A ${word(5)} official said yes. Mayor ${name()}, the ${word()} official, said no.`, '\n\n')],
	['one 10 MB word', () => 'a'.repeat(size)],
	['abbreviations', () => fill(() => 'U.S. Mr. Dr. p.m. e.g. ')],
	['commas and dashes', () => fill(() => ', -- , — ')],
	['tabs and CRs', () => fill(() => `${word()}\t\r\n\t${word()}\r`)],
];

/** Seconds to read (decode, sanitise) and analyse `text`: best of `runs`. */
function time({decode, analyse}, text, runs) {
	const bytes = Buffer.from(text, 'utf8');
	let best = Number.POSITIVE_INFINITY;
	for (let run = 0; run < runs; run++) {
		const start = process.hrtime.bigint();
		analyse(decode(bytes, 'bench').text);
		best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
	}

	return {seconds: best, mb: bytes.length / 1e6};
}

/** One case, in a child process: probes, then the first megabyte and the whole. Prints JSON. */
async function measure(bundle, index) {
	const analysis = await import(pathToFileURL(bundle).href);
	// Warm the JIT on a small news text before measuring
	for (let i = 0; i < 3; i++) time(analysis, corpus(300_000, 9), 1);
	const [label, make] = cases[index];
	const text = make();
	// Probes on 100 and 200 kB keep a superlinear case from running for hours at full size
	const small = time(analysis, text.slice(0, 100_000), 3);
	const double = time(analysis, text.slice(0, 200_000), 3);
	if (double.seconds > probeLimitSeconds || (double.seconds > 0.2 && double.seconds / small.seconds > 2.6)) {
		const note = `superlinear: 0.1 → 0.2 MB took ${small.seconds.toFixed(2)} → ${double.seconds.toFixed(2)} s; full size skipped`;
		return {label, mb: double.mb, seconds: double.seconds, perMb: double.seconds / double.mb, note};
	}

	const first = time(analysis, text.slice(0, 1_000_000), 2);
	const {seconds, mb} = time(analysis, text, 2);
	return {label, mb, seconds, perMb: seconds / mb, growth: seconds / mb / (first.seconds / first.mb)};
}

if (child) {
	console.log(JSON.stringify(await measure(process.argv[3], Number(process.argv[4]))));
} else {
	// The read and analysis code as the binary runs it: bundled and minified, from source/
	const temporary = mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-hostile-'));
	const bundle = path.join(temporary, 'analysis.js');
	await build({
		stdin: {contents: "export {decode} from './source/article/read.ts'; export {analyse} from './source/analyse.ts';", resolveDir: root, loader: 'ts'},
		outfile: bundle,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		minify: true,
		logLevel: 'warning',
	});
	const rows = [];
	for (const [index, [label]] of cases.entries()) {
		process.stderr.write(`${label}…\n`);
		const result = spawnSync(process.execPath, ['--max-old-space-size=6144', self, '--child', bundle, String(index), String(megabytes)], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']});
		rows.push(result.status === 0 ? JSON.parse(result.stdout) : {label, mb: 0, seconds: 0, perMb: Number.NaN, note: `failed (exit ${result.status})`});
	}

	rmSync(temporary, {recursive: true, force: true});
	const normal = rows[0].perMb;
	const pad = (value, width) => String(value).padEnd(width);
	const lines = [
		`| ${pad('input', 46)} | ${pad('MB', 4)} | ${pad('s', 6)} | ${pad('ms/MB', 6)} | ${pad('× normal', 8)} | ${pad('growth vs normal', 17)} | verdict`,
		`|${'-'.repeat(48)}|${'-'.repeat(6)}|${'-'.repeat(8)}|${'-'.repeat(8)}|${'-'.repeat(10)}|${'-'.repeat(19)}|--------`,
	];
	for (const row of rows) {
		const ratio = row.perMb / normal;
		// Growth is judged against the normal corpus's own: a larger heap costs every input some GC time
		const growth = row.growth === undefined ? undefined : row.growth / rows[0].growth;
		const verdict = row.note ?? (ratio <= 1.5 ? 'ok' : growth <= 1.3 ? 'over 1.5×, linear (denser text)' : 'over 1.5×, growing');
		lines.push(`| ${pad(row.label, 46)} | ${pad(row.mb.toFixed(1), 4)} | ${pad(row.seconds.toFixed(2), 6)} | ${pad((row.perMb * 1000).toFixed(0), 6)} | ${pad(ratio.toFixed(2), 8)} | ${pad(growth === undefined ? '-' : growth.toFixed(2), 17)} | ${verdict}`);
	}

	console.log(lines.join('\n'));
}
