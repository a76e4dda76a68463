import {spawnSync} from 'node:child_process';
import process from 'node:process';
import test from 'ava';
import {corpus} from '../../scripts/bench/corpus.js';
import {cliPath, whosaid} from '../helpers/run.js';

/** GNU parallel, which .ci/run installs from Debian's packages; a machine without it skips this file's test, saying so. */
const hasParallel = spawnSync('parallel', ['--version'], {stdio: 'ignore'}).status === 0;
if (!hasParallel) process.stderr.write('batch-parallel: GNU parallel is not installed (apt-get install parallel; .ci/run does): the --pipe test is skipped\n');

const records = `${Array.from({length: 24}, (_, i) => JSON.stringify(i % 7 === 3 ? {id: `r${i}`, text: ''} : {id: `r${i}`, text: corpus(2000 + 150 * i, i + 1)})).join('\n')}\n`;

(hasParallel ? test : test.skip)('whosaid --jsonl - as a stage of GNU parallel --pipe with 2 jobs prints what one process prints', (t) => {
	t.timeout(300_000);
	const one = whosaid(['--jsonl', '-'], {input: records, timeout: 120_000, maxBuffer: 1 << 28});
	t.is(one.stdout.split('\n').filter(Boolean).length, 24);
	// --keep-order: parallel gives the blocks' outputs in input order; -N 5: five records per whosaid
	const piped = spawnSync('parallel', ['--pipe', '--keep-order', '-j', '2', '-N', '5', process.execPath, cliPath, '--jsonl', '-'], {
		input: records,
		encoding: 'utf8',
		timeout: 240_000,
		maxBuffer: 1 << 28,
		env: {...process.env, NO_COLOR: '1'},
	});
	// Compared as a boolean: a difference would print megabytes
	t.true(piped.stdout === one.stdout, 'parallel\'s output differs from one process\'s');
	// Each block with a failed record exits 1, and parallel counts the failed jobs
	t.not(piped.status, 0);
});
