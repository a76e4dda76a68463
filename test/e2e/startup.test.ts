import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
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
 * binary then runs with a loader hook that records every module file it loads.
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

test('Ink and React are bundled into reader.js and its chunks', (t) => {
	const reader = path.join(directory, 'dist/reader.js');
	t.true(heavyOutputs().includes(reader));
	t.true(heavyOutputs().every((file) => file === reader || file.includes(`${path.sep}chunks${path.sep}`)));
});

/** The files a node process loads as modules (a load hook records them), with what it printed. */
function loadedBy(args: string[]): {files: string[]; output: string} {
	const log = path.join(directory, 'loaded.txt');
	writeFileSync(log, '');
	// The hook runs on the loader thread and appends every URL loaded
	const hook = `import {appendFileSync} from 'node:fs';
let file;
export function initialize(data) { file = data.log; }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }`;
	const register = path.join(directory, 'register.mjs');
	writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, {data: {log: ${JSON.stringify(log)}}});\n`);
	const output = execFileSync(process.execPath, ['--import', pathToFileURL(register).href, ...args], {cwd: directory, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'});
	const files = readFileSync(log, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
	return {files, output};
}

const isHeavy = (file: string) => heavyOutputs().includes(file) || heavy.test(file);

test('the load hook sees Ink when reader.js is imported (so that it can be trusted below)', (t) => {
	const reader = pathToFileURL(path.join(directory, 'dist/reader.js')).href;
	t.true(loadedBy(['--input-type=module', '-e', `await import(${JSON.stringify(reader)});`]).files.some((file) => isHeavy(file)));
});

for (const entry of ['cli.cjs', 'cli.js']) {
	test(`whosaid --json on the bundled article loads neither Ink nor React (dist/${entry})`, (t) => {
		const {files, output} = loadedBy([path.join(directory, 'dist', entry), '--json']);
		t.true((JSON.parse(output) as {speakers: unknown[]}).speakers.length > 0);
		t.deepEqual(files.filter((file) => isHeavy(file)), []);
	});
}
