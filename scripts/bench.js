// npm run bench [-- --json] [-- --runs N] [-- --rows 1,2,3,4,5] [-- --size 80x24]: start-up, first frame, analysis
// throughput and key latency, each the median of whole-process runs interleaved with its reference, quoted as a ratio.
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import os from 'node:os';
import process from 'node:process';
import {app, corpusSizes, hello, prepare, throughput} from './bench/prepare.js';
import {inPty, size} from './bench/pty.js';
import {median, quantile, spread} from './bench/stats.js';
import {writeNewsPage} from './bench/page.js';

const asJson = process.argv.includes('--json');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 30 : Number(process.argv[runsFlag + 1]);
// --rows 1,4 runs only those rows (while working on one of them)
const rowsFlag = process.argv.indexOf('--rows');
const wanted = new Set(rowsFlag === -1 ? ['1', '2', '3', '4', '5'] : process.argv[rowsFlag + 1].split(','));
// --size 140x40: the pty's columns and rows (the reader's frames cost more on a larger screen)
const sizeFlag = process.argv.indexOf('--size');
if (sizeFlag !== -1) [size.columns, size.rows] = process.argv[sizeFlag + 1].split('x').map(Number);
const node = process.execPath;
const log = (line) => process.stderr.write(`${line}\n`);

function machine() {
	const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
	return {cpus: os.availableParallelism(), cpu, node: process.version, load: os.loadavg()[0], terminal: `${size.columns}x${size.rows}`};
}

/** Wall time of one whole process, stdin /dev/null, output discarded. */
function timeProcess(argv) {
	const started = performance.now();
	const result = spawnSync(argv[0], argv.slice(1), {stdio: ['ignore', 'ignore', 'pipe']});
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
	return ms;
}

/**
 * Runs each subject `count` times, interleaved round by round, and returns the times per subject.
 * One round first is not counted: it fills the page cache and the launcher's code cache.
 * The order rotates every round, and `settleMs` passes after each run: whatever a run leaves behind
 * (a pty closing, a process exiting) must not always land on the same neighbour.
 */
async function interleaved(subjects, count, settleMs = 0) {
	for (const run of subjects) await run();
	const times = subjects.map(() => []);
	for (let round = 0; round < count; round++) {
		for (let k = 0; k < subjects.length; k++) {
			const i = (round + k) % subjects.length;
			times[i].push(await subjects[i]());
			if (settleMs > 0) await new Promise((resolve) => {
				setTimeout(resolve, settleMs);
			});
		}
	}

	return times;
}

function summary(times) {
	return {medianMs: median(times), spread: spread(times), runs: times.length};
}

/** The median of the per-round ratios: a pair shares the machine's load of its moment, which divides out. */
function pairedRatio(times, reference) {
	return median(times.map((time, round) => time / reference[round]));
}

async function firstFrame() {
	log('1/4 first frame of the reader in a pty …');
	const [reader, ink, bare] = await interleaved([
		async () => (await inPty([node, app], {marker: 'Chen Wenqing'})).firstFrameMs,
		async () => (await inPty([node, hello], {marker: 'Hello, world'})).firstFrameMs,
		async () => (await inPty([node, '-e', ''])).firstFrameMs,
	], Math.max(5, Math.round(runs / 2)), 250);
	return {
		reader: summary(reader),
		inkHelloWorld: summary(ink),
		nodeEmpty: summary(bare),
		ratio: pairedRatio(reader, ink),
		ratioToNode: pairedRatio(reader, bare),
		budget: 1.15,
	};
}

async function jsonStartup() {
	log('2/4 whosaid --json on the bundled article …');
	const [json, bare] = await interleaved([() => timeProcess([node, app, '--json']), () => timeProcess([node, '-e', ''])], runs);
	return {json: summary(json), nodeEmpty: summary(bare), ratio: pairedRatio(json, bare), budget: 1.5};
}

/** Row 5: a 300 KB saved news page (invented, scripts/bench/page.js) to --json, against node -e "". */
async function pageStartup() {
	log('5 whosaid --json on a 300 KB saved news page …');
	const page = writeNewsPage();
	const [json, bare] = await interleaved([() => timeProcess([node, app, page, '--json']), () => timeProcess([node, '-e', ''])], runs);
	return {json: summary(json), nodeEmpty: summary(bare), ratio: pairedRatio(json, bare), budget: 3};
}

function analyseFile(file) {
	// A large heap, so that a model too big for the default one is reported by its size, not by a crash
	const output = execFileSync(node, ['--max-old-space-size=16384', throughput, file], {encoding: 'utf8', maxBuffer: 1 << 20});
	return JSON.parse(output);
}

function analysis(corpora) {
	log('3/4 analysis throughput on 1, 10 and 100 MB …');
	const repeats = {1: 7, 10: 3, 100: 1};
	const sizes = corpusSizes.map((mb) => {
		const results = Array.from({length: repeats[mb] ?? 1}, () => analyseFile(corpora[`${mb}mb`]));
		const ms = median(results.map((result) => result.ms));
		const {bytes, statements, speakers} = results[0];
		const maxRssBytes = Math.max(...results.map((result) => result.maxRssBytes));
		return {mb, bytes, statements, speakers, ms, mbPerSecond: bytes / 1e6 / (ms / 1000), maxRssBytes, rssPerInput: maxRssBytes / bytes};
	});
	const perMb = (size) => size.ms / (size.bytes / 1e6);
	// 100 MB against 1 MB is the budget; against 10 MB it is free of the JIT's warm-up on the first MB
	return {sizes, flatness: perMb(sizes.at(-1)) / perMb(sizes[0]), flatnessFrom10: perMb(sizes.at(-1)) / perMb(sizes[1]), budget: {mbPerSecond: 20, flatness: 1.2, rssPerInput: 10}};
}

async function keyLatency(corpora) {
	log('4/4 key press → next frame with ~10,000 statements …');
	const {statements, firstSpeaker} = analyseFile(corpora.statements);
	// The statements pane has the focus at start: j selects the next statement
	const keys = Array.from({length: 60}, () => 'j');
	try {
		const {keyMs} = await inPty([node, app, corpora.statements], {marker: firstSpeaker, keys, timeoutMs: 60_000});
		return {statements, presses: keyMs.length, medianMs: median(keyMs), p95Ms: quantile(keyMs, 0.95), budget: 16};
	} catch (error) {
		log(error.message);
		return {statements, error: 'not measured (see the log above)', budget: 16};
	}
}

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : 'NOT MET');

function table(result) {
	const {machine: m, firstFrame: f, json: j, analysis: a, keys: k, page: p} = result;
	const rows = [['row', 'measured', 'reference', 'ratio', 'budget', '']];
	const noise = [];
	if (f) {
		rows.push(['1 first frame, bundled article (pty)', ms(f.reader.medianMs), `Ink hello-world ${ms(f.inkHelloWorld.medianMs)}`, ratio(f.ratio), '≤ 1.15×', verdict(f.ratio <= 1.15)]);
		rows.push(['', '', `node -e "" ${ms(f.nodeEmpty.medianMs)}`, ratio(f.ratioToNode), '', '']);
		noise.push(`first frame ${(f.reader.spread * 100).toFixed(0)}%`, `Ink hello ${(f.inkHelloWorld.spread * 100).toFixed(0)}%`);
	}

	if (j) {
		rows.push(['2 whosaid --json, bundled article', ms(j.json.medianMs), `node -e "" ${ms(j.nodeEmpty.medianMs)}`, ratio(j.ratio), '≤ 1.5×', verdict(j.ratio <= 1.5)]);
		noise.push(`--json ${(j.json.spread * 100).toFixed(0)}%`, `node -e ${(j.nodeEmpty.spread * 100).toFixed(0)}%`);
	}

	for (const size of a?.sizes ?? []) {
		const rss = `peak RSS ${(size.maxRssBytes / 1e6).toFixed(0)} MB = ${size.rssPerInput.toFixed(1)}× input`;
		// Memory is judged on the largest input: on 1 MB, Node's own ~45 MB is most of the RSS
		const largest = size === a.sizes.at(-1);
		rows.push([`3 analysis ${size.mb} MB (${size.statements} statements)`, `${size.mbPerSecond.toFixed(1)} MB/s`, rss, '', largest ? '≥ 20 MB/s, RSS ≤ 10×' : '≥ 20 MB/s', verdict(size.mbPerSecond >= 20 && (!largest || size.rssPerInput <= 10))]);
	}

	if (a) {
		rows.push(['3 time per MB, 100 MB / 1 MB', '', '', ratio(a.flatness), '≤ 1.2×', verdict(a.flatness <= 1.2)]);
		rows.push(['3 time per MB, 100 MB / 10 MB', '', '', ratio(a.flatnessFrom10), '', '']);
	}

	if (k) rows.push(k.error
		? [`4 key → frame (${k.statements} statements)`, k.error, '', '', '≤ 16 ms', 'NOT MET']
		: [`4 key → frame (${k.statements} statements)`, `median ${ms(k.medianMs)}`, `p95 ${ms(k.p95Ms)} (${k.presses} presses)`, '', '≤ 16 ms', verdict(k.medianMs <= 16)]);
	if (p) {
		rows.push(['5 whosaid --json, 300 KB saved page', ms(p.json.medianMs), `node -e "" ${ms(p.nodeEmpty.medianMs)}`, ratio(p.ratio), '≤ 3×', verdict(p.ratio <= 3)]);
		noise.push(`page --json ${(p.json.spread * 100).toFixed(0)}%`);
	}

	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
	const header = `whosaid bench · ${m.cpus} CPUs · ${m.cpu} · Node ${m.node} · pty ${m.terminal} · load average ${m.load.toFixed(2)} at start`;
	return [header, '', ...lines, '', 'Times are medians of whole-process runs; ratios are medians of the ratios within each interleaved round.', `Noise, IQR/median of the runs: ${noise.join(', ') || 'n/a'}`].join('\n');
}

const started = performance.now();
const corpora = await prepare();
const result = {machine: machine()};
if (wanted.has('1')) result.firstFrame = await firstFrame();
if (wanted.has('2')) result.json = await jsonStartup();
if (wanted.has('3')) result.analysis = analysis(corpora);
if (wanted.has('4')) result.keys = await keyLatency(corpora);
if (wanted.has('5')) result.page = await pageStartup();
result.seconds = (performance.now() - started) / 1000;
process.stdout.write(asJson ? `${JSON.stringify(result, null, '\t')}\n` : `${table(result)}\n\n(${result.seconds.toFixed(0)} s)\n`);
