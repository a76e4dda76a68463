// npm run bench [-- --json] [-- --runs N] [-- --rows 1,2,3,4,5] [-- --size 80x24]: start-up, first frame, a corpus
// through --jsonl and key latency, each the median of whole-process runs interleaved with its reference, quoted as a ratio.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import process from 'node:process';
import {app, articleCount, corpusSizes, hello, prepare, throughput} from './bench/prepare.js';
import {inPty, size} from './bench/pty.js';
import {writeNewsPage} from './bench/page.js';
import {median, quantile, spread} from './bench/stats.js';

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
 * One round first is not counted: it fills the page cache.
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

/** GNU time, for a whole process's peak RSS; without it the RSS columns say n/a. */
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Wall time, peak RSS (bytes) and CPU time (user + system, ms) of one whole process, stdin /dev/null,
 * output discarded; RSS and CPU are NaN without GNU time. CPU time says less about a loaded machine's
 * other work than wall time does.
 */
function measureProcess(argv) {
	const command = gnuTime ? [gnuTime, '-f', '%M %U %S', ...argv] : argv;
	const started = performance.now();
	const result = spawnSync(command[0], command.slice(1), {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26});
	const ms = performance.now() - started;
	if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
	const [rssKb, user, system] = gnuTime ? result.stderr.trim().split('\n').at(-1).split(' ').map(Number) : [Number.NaN, Number.NaN, Number.NaN];
	return {ms, rssBytes: rssKb * 1024, cpuMs: (user + system) * 1000};
}

/** Row 3: 10,000 news-sized articles through --jsonl with one job and with every core, one process per article for reference. */
async function corpusRows(corpora) {
	const jobs = os.availableParallelism();
	const rounds = Math.max(1, Math.min(3, Math.round(runs / 10)));
	log(`3/4 ${articleCount.toLocaleString('en')} articles through --jsonl, 1 job and ${jobs} jobs (${rounds} rounds) …`);
	const dir = corpora.articles;
	const [one, all, bare] = await interleaved([
		() => measureProcess([node, app, '--jsonl', '--jobs', '1', dir]),
		() => measureProcess([node, app, '--jsonl', '--jobs', String(jobs), dir]),
		() => measureProcess([node, '-e', '']),
	], rounds);
	const times = (list) => list.map((run) => run.ms);
	const rate = (list) => articleCount / (median(times(list)) / 1000);
	const peak = (list) => Math.max(...list.map((run) => run.rssBytes));
	const perCpuSecond = (list) => articleCount / (median(list.map((run) => run.cpuMs)) / 1000);
	// The reference: one `whosaid --json FILE` per article, as a script over files does, on every 50th article
	const sample = readdirSync(dir).sort().filter((_, i) => i % 50 === 0).map((name) => `${dir}/${name}`);
	log(`  and one process per article on ${sample.length} of them …`);
	const started = performance.now();
	for (const file of sample) measureProcess([node, app, '--json', file]);
	const perProcessRate = sample.length / ((performance.now() - started) / 1000);
	return {
		articles: articleCount,
		jobs,
		oneJob: {...summary(times(one)), articlesPerSecond: rate(one), articlesPerCpuSecond: perCpuSecond(one), maxRssBytes: peak(one)},
		allJobs: {...summary(times(all)), articlesPerSecond: rate(all), articlesPerCpuSecond: perCpuSecond(all), maxRssBytes: peak(all)},
		nodeEmpty: {...summary(times(bare)), maxRssBytes: peak(bare)},
		// Paired per round, so that the machine's load of the moment divides out
		scaling: pairedRatio(times(one), times(all)),
		articlesPerNodeStart: median(times(bare)) / (median(times(one)) / articleCount),
		perProcess: {articles: sample.length, articlesPerSecond: perProcessRate},
		linearity: linearity(corpora),
		budget: {articlesPerSecond: 2000, scaling: 1.7, maxRssBytes: 300e6, flatness: 1.2},
	};
}

function analyseFile(file) {
	// A large heap, so that a model too big for the default one is reported by its size, not by a crash
	const output = execFileSync(node, ['--max-old-space-size=16384', throughput, file], {encoding: 'utf8', maxBuffer: 1 << 20});
	return JSON.parse(output);
}

/** One article of 1 MB and one of 100 MB: the time per MB should stay flat (not a speed budget). */
function linearity(corpora) {
	log('  and one article of 1 MB and of 100 MB, for linearity …');
	const repeats = {1: 5, 100: 1};
	const sizes = corpusSizes.map((mb) => {
		const results = Array.from({length: repeats[mb] ?? 1}, () => analyseFile(corpora[`${mb}mb`]));
		const ms = median(results.map((result) => result.ms));
		const {bytes, statements} = results[0];
		const maxRssBytes = Math.max(...results.map((result) => result.maxRssBytes));
		return {mb, bytes, statements, ms, msPerMb: ms / (bytes / 1e6), maxRssBytes, rssBudgetBytes: 25 * bytes + 100 * 1024 * 1024};
	});
	return {sizes, flatness: sizes.at(-1).msPerMb / sizes[0].msPerMb};
}

async function keyLatency(corpora) {
	log('4/4 key press → next frame with ~10,000 statements …');
	const {statements, firstSpeaker} = analyseFile(corpora.statements);
	// The statements pane has the focus at start: j selects the next statement
	const keys = Array.from({length: 60}, () => 'j');
	let result;
	try {
		const {keyMs} = await inPty([node, app, corpora.statements], {marker: firstSpeaker, keys, timeoutMs: 60_000});
		result = {statements, presses: keyMs.length, medianMs: median(keyMs), p95Ms: quantile(keyMs, 0.95), budget: 16};
	} catch (error) {
		log(error.message);
		result = {statements, error: 'not measured (see the log above)', budget: 16};
	}

	return {...result, finder: await finderLatency(), corpus: await corpusReaderLatency()};
}

/**
 * A folder of 1,000 invented articles, 150 statements each (150,000 in all), among 400 people
 * named in full in one article and by surname in others: the corpus reader's keys and search.
 */
function corpusFolder(dir, articles = 1000, perArticle = 150) {
	const first = ['Ana', 'Bo', 'Cyra', 'Dan', 'Eli', 'Fay', 'Gus', 'Hal', 'Ida', 'Jon', 'Kai', 'Lia', 'Max', 'Nia', 'Ole', 'Pia', 'Rex', 'Sia', 'Tom', 'Uma'];
	const last = ['Varga', 'Holm', 'Reed', 'Berg', 'Lind', 'Dale', 'Moss', 'Frey', 'Kole', 'Ruiz', 'Sato', 'Nagy', 'Okon', 'Pratt', 'Quist', 'Amar', 'Bauer', 'Costa', 'Duval', 'Engel'];
	const person = (i) => [first[i % 20], last[Math.floor(i / 20) % 20]];
	for (let a = 0; a < articles; a++) {
		const lines = [`Council story number ${a + 1}`, '', 'May 3, 2026', ''];
		for (let s = 0; s < perArticle; s++) {
			const [given, family] = person((a * 7 + (s % 12)) % 400);
			lines.push(s < 12 ? `"The budget for item ${s} is settled," said ${given} ${family}.` : `"We looked at part ${s} of the plan again," ${family} said.`, '');
		}

		writeFileSync(path.join(dir, `${String(a).padStart(4, '0')}.txt`), lines.join('\n'));
	}
}

/** The corpus reader with 1,000 articles and 150,000 statements: list keys, then search keystrokes. */
async function corpusReaderLatency() {
	log('4/4 corpus reader: 1,000 articles, 150,000 statements …');
	const dir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-corpus-'));
	corpusFolder(dir);
	// Tab Tab to the Statements; j through them; 1 filters to the most quoted speaker and 0 back; / then a query typed and erased
	const keys = ['\t', '\t', ...Array.from({length: 30}, () => 'j'), '1', 'j', 'j', '0', '/', ...'plan again', ...Array.from({length: 10}, () => '\u007F')];
	try {
		const {keyMs} = await inPty([node, app, dir], {marker: 'statement 1/150000', keys, timeoutMs: 180_000});
		const search = keyMs.slice(-20);
		return {articles: 1000, statements: 150_000, presses: keyMs.length, medianMs: median(keyMs), p95Ms: quantile(keyMs, 0.95), searchMedianMs: median(search), searchP95Ms: quantile(search, 0.95), budget: 16};
	} catch (error) {
		log(error.message);
		return {articles: 1000, statements: 150_000, error: 'not measured (see the log above)', budget: 16};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

/** Ten thousand invented names, each a speaker: "Kalo Rulokan said". */
function speakersArticle(count) {
	const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'da', 'fe', 'gi', 'ho', 'ja', 'ke', 'lu', 'ma', 'no', 'pe', 'ri', 'so'];
	const at = (i, place) => syllables[Math.floor(i / 20 ** place) % 20];
	const capital = (word) => word[0].toUpperCase() + word.slice(1);
	const name = (i) => `${capital(at(i, 0) + at(i, 1))} ${capital(`${at(i, 2) + at(i, 1) + at(i, 0) + at(i, 3)}n`)}`;
	return ['Many voices on the bridge', '', ...Array.from({length: count}, (_, i) => `"We need the bridge," said ${name(i)}.\n`)].join('\n');
}

/** Row 5: a 300 KB saved news page (invented, scripts/bench/page.js) to --json, against node -e "". */
async function pageStartup() {
	log('5 whosaid --json on a 300 KB saved news page …');
	const page = writeNewsPage();
	const [json, bare] = await interleaved([() => timeProcess([node, app, page, '--json']), () => timeProcess([node, '-e', ''])], runs);
	return {json: summary(json), nodeEmpty: summary(bare), ratio: pairedRatio(json, bare), budget: 3};
}

/** The speaker finder's keystrokes (open, type, erase, close) with 10,000 speakers loaded. */
async function finderLatency() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
	const file = path.join(dir, 'speakers.txt');
	writeFileSync(file, speakersArticle(10_000));
	const {speakers, firstSpeaker} = analyseFile(file);
	// s opens the finder over every speaker; each letter narrows it; Backspace widens, and on empty closes it
	const keys = Array.from({length: 5}, () => ['s', 'k', 'a', 'm', '\u007F', '\u007F', '\u007F', '\u007F']).flat();
	try {
		const {keyMs} = await inPty([node, app, file], {marker: firstSpeaker, keys, timeoutMs: 120_000});
		return {speakers, presses: keyMs.length, medianMs: median(keyMs), p95Ms: quantile(keyMs, 0.95), budget: 16};
	} catch (error) {
		log(error.message);
		return {speakers, error: 'not measured (see the log above)', budget: 16};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : 'NOT MET');

function table(result) {
	const {machine: m, firstFrame: f, json: j, corpus: c, keys: k, page: p} = result;
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

	if (c) {
		const mbs = (bytes) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1e6).toFixed(0)} MB`);
		const rss = (run) => `peak RSS ${mbs(run.maxRssBytes)} (${(run.maxRssBytes / c.nodeEmpty.maxRssBytes).toFixed(1)}× node -e "")`;
		const perSecond = (value) => `${Math.round(value).toLocaleString('en')} articles/s`;
		rows.push([`3 ${c.articles.toLocaleString('en')} articles → --jsonl, 1 job`, perSecond(c.oneJob.articlesPerSecond), rss(c.oneJob), `${c.articlesPerNodeStart.toFixed(0)} per node -e ""`, '≥ 2,000/s, RSS ≤ 300 MB', verdict(c.oneJob.articlesPerSecond >= 2000 && !(c.oneJob.maxRssBytes > 300e6))]);
		rows.push(['  per CPU second (user + system)', perSecond(c.oneJob.articlesPerCpuSecond), `--jobs ${c.jobs}: ${perSecond(c.allJobs.articlesPerCpuSecond)}`, '', '', '']);
		rows.push([`3 the same, --jobs ${c.jobs}`, perSecond(c.allJobs.articlesPerSecond), rss(c.allJobs), `${ratio(c.scaling)} 1 job`, '≥ 1.7×, RSS ≤ 300 MB', verdict(c.scaling >= 1.7 && !(c.allJobs.maxRssBytes > 300e6))]);
		rows.push([`3 one process per article (${c.perProcess.articles} of them)`, perSecond(c.perProcess.articlesPerSecond), '', `1 job is ${ratio(c.oneJob.articlesPerSecond / c.perProcess.articlesPerSecond)} faster`, '', '']);
		for (const size of c.linearity.sizes) {
			rows.push([`3 one article of ${size.mb} MB (${size.statements} statements)`, `${size.msPerMb.toFixed(0)} ms/MB`, `peak RSS ${mbs(size.maxRssBytes)}`, '', `RSS ≤ ${mbs(size.rssBudgetBytes)}`, verdict(size.maxRssBytes <= size.rssBudgetBytes)]);
		}

		rows.push(['3 time per MB, 100 MB / 1 MB', '', '', ratio(c.linearity.flatness), '≤ 1.2×', verdict(c.linearity.flatness <= 1.2)]);
		noise.push(`1 job ${(c.oneJob.spread * 100).toFixed(0)}%`, `${c.jobs} jobs ${(c.allJobs.spread * 100).toFixed(0)}%`);
	}

	if (k) rows.push(k.error
		? [`4 key → frame (${k.statements} statements)`, k.error, '', '', '≤ 16 ms', 'NOT MET']
		: [`4 key → frame (${k.statements} statements)`, `median ${ms(k.medianMs)}`, `p95 ${ms(k.p95Ms)} (${k.presses} presses)`, '', '≤ 16 ms', verdict(k.medianMs <= 16)]);
	const finder = k?.finder;
	if (finder) rows.push(finder.error
		? [`4 finder key → frame (${finder.speakers} speakers)`, finder.error, '', '', '≤ 16 ms', 'NOT MET']
		: [`4 finder key → frame (${finder.speakers} speakers)`, `median ${ms(finder.medianMs)}`, `p95 ${ms(finder.p95Ms)} (${finder.presses} presses)`, '', '≤ 16 ms', verdict(finder.medianMs <= 16)]);
	const corpusKeys = k?.corpus;
	const corpusRow = '4 corpus key → frame (1,000 articles, 150 k statements)';
	if (corpusKeys?.error) rows.push([corpusRow, corpusKeys.error, '', '', '≤ 16 ms', 'NOT MET']);
	else if (corpusKeys) {
		rows.push([corpusRow, `median ${ms(corpusKeys.medianMs)}`, `p95 ${ms(corpusKeys.p95Ms)} (${corpusKeys.presses} presses)`, '', '≤ 16 ms', verdict(corpusKeys.medianMs <= 16)]);
		rows.push(['4   of which search keystrokes', `median ${ms(corpusKeys.searchMedianMs)}`, `p95 ${ms(corpusKeys.searchP95Ms)} (20 presses)`, '', '≤ 16 ms', verdict(corpusKeys.searchMedianMs <= 16)]);
	}
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
if (wanted.has('3')) result.corpus = await corpusRows(corpora);
if (wanted.has('4')) result.keys = await keyLatency(corpora);
if (wanted.has('5')) result.page = await pageStartup();
result.seconds = (performance.now() - started) / 1000;
process.stdout.write(asJson ? `${JSON.stringify(result, null, '\t')}\n` : `${table(result)}\n\n(${result.seconds.toFixed(0)} s)\n`);
