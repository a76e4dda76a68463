import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import test from 'ava';
import type {Metafile} from 'esbuild';
// @ts-expect-error: the build script is plain JavaScript without types
import {bundle} from '../../scripts/build.js';

/*
 * The --json path must never load Ink or React (they cost start-up). The binary is rebuilt here by
 * the build script itself, with a metafile, which says which output files hold Ink and React; the
 * binary then runs with a module hook that records every file it loads.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const heavy = /node_modules\/(?:ink|react|react-reconciler|yoga-layout|es-toolkit)\//;

let directory: string;
let dist: string;
let metafile: Metafile;

test.before(async () => {
	directory = mkdtempSync(path.join(tmpdir(), 'whosaid-startup-'));
	dist = path.join(directory, 'dist');
	metafile = await bundle(dist, {metafile: true, absWorkingDir: root}) as Metafile;
	// The bundled article is found next to dist/, as in the package
	symlinkSync(path.join(root, 'data'), path.join(directory, 'data'));
});

test.after.always(() => {
	rmSync(directory, {recursive: true, force: true});
});

/** Output files (absolute) whose inputs include Ink, React or their dependencies. */
function heavyOutputs(): string[] {
	return Object.entries(metafile.outputs)
		.filter(([, output]) => Object.keys(output.inputs).some((input) => heavy.test(input)))
		.map(([file]) => path.resolve(root, file));
}

/**
 * The files a node process running `dist/cli.js ARGS` loads, recorded by a module load hook. With
 * `terminal`, the process pretends to run in an 80×24 terminal and ends once the reader has drawn
 * its first frame.
 */
function loadedBy(args: string[], {terminal = false} = {}): {files: string[]; output: string} {
	const log = path.join(directory, 'loaded.txt');
	writeFileSync(log, '');
	// The hook runs on the loader thread and appends every URL loaded
	const hook = `import {appendFileSync} from 'node:fs';
let file;
export function initialize(data) { file = data.log; }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }`;
	const register = path.join(directory, 'register.mjs');
	writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, {data: {log: ${JSON.stringify(log)}}});\n`);
	const pretend = path.join(directory, 'terminal.cjs');
	writeFileSync(pretend, `Object.assign(process.stdout, {isTTY: true, columns: 80, rows: 24});
Object.assign(process.stdin, {isTTY: true, isRaw: false, setRawMode: () => process.stdin});
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => (String(chunk).includes('Chen Wenqing') ? process.exit(0) : write(chunk, ...rest));
`);
	const env = {...process.env};
	delete env.NO_COLOR;
	const preload = terminal ? ['--require', pretend] : [];
	const output = execFileSync(process.execPath, ['--import', pathToFileURL(register).href, ...preload, path.join(dist, 'cli.js'), ...args], {cwd: directory, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'});
	const files = readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('file:')).map((href) => fileURLToPath(href));
	return {files, output};
}

const isHeavy = (file: string) => heavyOutputs().includes(file) || heavy.test(file);

test('dist/cli.js is the binary: an executable ES module with a #! line', (t) => {
	const cli = path.join(dist, 'cli.js');
	t.true(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
	t.truthy(statSync(cli).mode & 0o100);
	const {bin} = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>};
	t.deepEqual(bin, {whosaid: 'dist/cli.js'});
});

test('Ink and React are in chunks that cli.js reaches only through a dynamic import', (t) => {
	const output = (file: string) => Object.entries(metafile.outputs).find(([name]) => path.resolve(root, name) === file)![1];
	// The files cli.js loads by import statements, directly or not: what every start loads
	const atStart = new Set([path.join(dist, 'cli.js')]);
	for (const file of atStart) {
		for (const entry of output(file).imports) {
			if (entry.kind === 'import-statement' && !entry.external) atStart.add(path.resolve(root, entry.path));
		}
	}

	t.deepEqual([...atStart].filter((file) => heavyOutputs().includes(file)), []);
	const dynamic = output(path.join(dist, 'cli.js')).imports.filter((entry) => entry.kind === 'dynamic-import').map((entry) => path.resolve(root, entry.path));
	t.true(dynamic.some((file) => heavyOutputs().includes(file)));
});

test('the records show Ink when the reader is shown (so that they can be trusted below)', (t) => {
	const {files} = loadedBy([], {terminal: true});
	t.true(files.some((file) => isHeavy(file)));
});

test('whosaid --json on the bundled article loads neither Ink nor React', (t) => {
	const {files, output} = loadedBy(['--json']);
	t.true((JSON.parse(output) as {speakers: unknown[]}).speakers.length > 0);
	t.true(files.includes(path.join(dist, 'cli.js')));
	t.deepEqual(files.filter((file) => isHeavy(file)), []);
});

test('no V8 flag is changed at run time, and no code cache is shipped', (t) => {
	const files = readdirSync(dist, {recursive: true, encoding: 'utf8'});
	t.deepEqual(files.filter((file) => file.endsWith('.cache')), []);
	t.false(files.some((file) => file.endsWith('.js') && readFileSync(path.join(dist, file), 'utf8').includes('setFlagsFromString')));
});
