import {execFileSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import test from 'ava';
import type {Metafile} from 'esbuild';
// @ts-expect-error: the build script is plain JavaScript without types
import {bundle} from '../../scripts/build.js';

/*
 * The --json path must never load Ink or React (they cost start-up). The bundles are rebuilt here by
 * the build script itself, with metafiles, which say which output files hold Ink and React; the
 * binary then runs with hooks that record every module file it loads and every bundle it compiles.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const heavy = /node_modules\/(?:ink|react|react-reconciler|yoga-layout|es-toolkit)\//;

let directory: string;
let metafiles: Metafile[];

test.before(async () => {
	directory = mkdtempSync(path.join(tmpdir(), 'whosaid-startup-'));
	const {launcher, main, reader} = await bundle(path.join(directory, 'dist'), {metafile: true, absWorkingDir: root}) as Record<string, Metafile>;
	metafiles = [launcher!, main!, reader!];
	// The bundled article is found next to dist/, as in the package
	symlinkSync(path.join(root, 'data'), path.join(directory, 'data'));
});

test.after.always(() => {
	rmSync(directory, {recursive: true, force: true});
});

/** Output files (absolute) whose inputs include Ink, React or their dependencies. */
function outputs(): Array<[string, Metafile['outputs'][string]]> {
	return metafiles.flatMap((metafile) => Object.entries(metafile.outputs));
}

function heavyOutputs(): string[] {
	return outputs()
		.filter(([, output]) => Object.keys(output.inputs).some((input) => heavy.test(input)))
		.map(([file]) => path.resolve(root, file));
}

function output(name: string) {
	const file = path.join(directory, 'dist', name);
	return outputs().find(([output]) => path.resolve(root, output) === file)?.[1];
}

test('cli.cjs, the launcher, requires only built-ins; cli.js only imports it', (t) => {
	t.truthy(output('cli.cjs'));
	t.deepEqual(output('cli.cjs')!.imports.filter((imported) => !imported.external || !imported.path.startsWith('node:')), []);
	t.is(readFileSync(path.join(directory, 'dist/cli.js'), 'utf8'), "#!/usr/bin/env node\nimport './cli.cjs';\n");
});

test('main.js holds no Ink or React and no import statement; it imports reader.js through the launcher', (t) => {
	const main = path.join(directory, 'dist/main.js');
	t.false(heavyOutputs().includes(main));
	const code = readFileSync(main, 'utf8');
	t.false(/(?:^|[;}])\s*import\s*[\w{*]/.test(code));
	t.true(code.includes('__whosaidImport("./reader.js")'));
});

test('Ink and React are bundled into reader.js, and only there', (t) => {
	const reader = path.join(directory, 'dist/reader.js');
	t.deepEqual(heavyOutputs(), [reader]);
	t.false(/(?:^|[;}])\s*import\s*[\w{*]/.test(readFileSync(reader, 'utf8')));
});

type Loaded = {files: string[]; caches: Map<string, string>; output: string};

/**
 * What a node process running the binary loads: the modules it imports (a load hook records them)
 * and the bundles the launcher compiles with vm.Script (a preload records them, with whether V8
 * took their code cache). With `terminal`, the process pretends to run in an 80×24 terminal, as the
 * build does to warm the code caches, and ends once the reader has drawn its first frame.
 */
function loadedBy(args: string[], {terminal = false, dist = path.join(directory, 'dist')} = {}): Loaded {
	const log = path.join(directory, 'loaded.txt');
	writeFileSync(log, '');
	// The hook runs on the loader thread and appends every URL loaded
	const hook = `import {appendFileSync} from 'node:fs';
let file;
export function initialize(data) { file = data.log; }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }`;
	const register = path.join(directory, 'register.mjs');
	writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, {data: {log: ${JSON.stringify(log)}}});\n`);
	const compiled = path.join(directory, 'compiled.cjs');
	writeFileSync(compiled, `const fs = require('node:fs');
const url = require('node:url');
const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
	constructor(source, options) {
		super(source, options);
		const cache = options.cachedData ? (this.cachedDataRejected ? 'rejected' : 'used') : 'none';
		fs.appendFileSync(${JSON.stringify(log)}, url.pathToFileURL(options.filename).href + ' cache=' + cache + '\\n');
	}
};
if (${terminal}) {
	Object.assign(process.stdout, {isTTY: true, columns: 80, rows: 24});
	Object.assign(process.stdin, {isTTY: true, isRaw: false, setRawMode: () => process.stdin});
	const write = process.stdout.write.bind(process.stdout);
	process.stdout.write = (chunk, ...rest) => (String(chunk).includes('Chen Wenqing') ? process.exit(0) : write(chunk, ...rest));
}
`);
	const env = {...process.env};
	delete env['NO_COLOR'];
	const output = execFileSync(process.execPath, ['--import', pathToFileURL(register).href, '--require', compiled, ...args.map((arg) => (arg.startsWith('dist/') ? path.join(dist, arg.slice(5)) : arg))], {cwd: directory, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'});
	const lines = readFileSync(log, 'utf8').split('\n').filter((line) => line.startsWith('file:'));
	const caches = new Map<string, string>();
	const files = lines.map((line) => {
		const [href, cache] = line.split(' cache=');
		const file = fileURLToPath(href!);
		if (cache) caches.set(path.basename(file), cache);
		return file;
	});
	return {files, caches, output};
}

const isHeavy = (file: string) => heavyOutputs().includes(file) || heavy.test(file);

test('the records show Ink when the reader is shown (so that they can be trusted below)', (t) => {
	const {files} = loadedBy(['dist/cli.cjs'], {terminal: true});
	t.true(files.includes(path.join(directory, 'dist/reader.js')));
	t.true(files.some((file) => isHeavy(file)));
});

for (const entry of ['cli.cjs', 'cli.js']) {
	test(`whosaid --json on the bundled article loads neither Ink nor React (dist/${entry})`, (t) => {
		const {files, output} = loadedBy([`dist/${entry}`, '--json']);
		t.true((JSON.parse(output) as {speakers: unknown[]}).speakers.length > 0);
		t.true(files.includes(path.join(directory, 'dist/main.js')));
		t.deepEqual(files.filter((file) => isHeavy(file)), []);
	});
}

test('the build leaves code caches of main.js and reader.js, which this Node takes', (t) => {
	const {caches} = loadedBy(['dist/cli.cjs'], {terminal: true});
	t.deepEqual(Object.fromEntries(caches), {'main.js': 'used', 'reader.js': 'used'});
});

test('a code cache that does not fit is set aside: the same output, and the reader still draws', (t) => {
	const dist = path.join(directory, 'dist-broken-cache');
	cpSync(path.join(directory, 'dist'), dist, {recursive: true});
	writeFileSync(path.join(dist, 'main.js.cache'), 'not a code cache');
	writeFileSync(path.join(dist, 'reader.js.cache'), readFileSync(path.join(dist, 'main.js.cache')));
	const broken = loadedBy(['dist/cli.cjs', '--json'], {dist});
	t.deepEqual(Object.fromEntries(broken.caches), {'main.js': 'rejected'});
	t.is(broken.output, loadedBy(['dist/cli.cjs', '--json']).output);
	const reader = loadedBy(['dist/cli.cjs'], {terminal: true, dist});
	t.deepEqual(Object.fromEntries(reader.caches), {'main.js': 'rejected', 'reader.js': 'rejected'});
	rmSync(path.join(dist, 'main.js.cache'));
	rmSync(path.join(dist, 'reader.js.cache'));
	t.deepEqual(Object.fromEntries(loadedBy(['dist/cli.cjs'], {terminal: true, dist}).caches), {'main.js': 'none', 'reader.js': 'none'});
});
