import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import test from 'ava';
import {build, type Metafile} from 'esbuild';
// @ts-expect-error: the build script is plain JavaScript without types
import {options} from '../../scripts/build.js';

/*
 * The --json path must never load Ink or React (they cost start-up). The bundle is rebuilt here with
 * the build script's own options and a metafile, which says which output files hold Ink and React;
 * the binary then runs with a loader hook that records every module file it loads.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const heavy = /node_modules\/(?:ink|react|react-reconciler|yoga-layout|es-toolkit)\//;

let directory: string;
let metafile: Metafile;

test.before(async () => {
	directory = mkdtempSync(path.join(tmpdir(), 'whosaid-startup-'));
	const result = await build({...options, entryPoints: [path.join(root, 'source/cli.tsx')], outdir: path.join(directory, 'dist'), metafile: true, absWorkingDir: root});
	metafile = result.metafile!;
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

test('Ink and React are not in the entry file: they can only live in chunks loaded on demand', (t) => {
	const entry = path.join(directory, 'dist/cli.js');
	t.false(heavyOutputs().includes(entry));
	const entryOutput = Object.entries(metafile.outputs).find(([file]) => path.resolve(root, file) === entry)?.[1];
	t.truthy(entryOutput);
	t.false(entryOutput!.imports.some((imported) => imported.kind === 'import-statement' && heavyOutputs().includes(path.resolve(root, imported.path))));
});

test('the reader, when wired into cli.tsx, is bundled with Ink into chunks', (t) => {
	const cli = readFileSync(path.join(root, 'source/cli.tsx'), 'utf8');
	if (!cli.includes("import('./ui/")) {
		t.pass('the reader is not wired in yet');
		return;
	}

	t.true(heavyOutputs().length > 0);
	t.true(heavyOutputs().every((file) => file.includes(`${path.sep}chunks${path.sep}`)));
});

test('whosaid --json on the bundled article loads neither Ink nor React', (t) => {
	const log = path.join(directory, 'loaded.txt');
	writeFileSync(log, '');
	// A load hook (it runs on the loader thread) appends every URL the process loads
	const hook = `import {appendFileSync} from 'node:fs';
let file;
export function initialize(data) { file = data.log; }
export async function load(url, context, next) { appendFileSync(file, url + '\\n'); return next(url, context); }`;
	const register = path.join(directory, 'register.mjs');
	writeFileSync(register, `import {register} from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, {data: {log: ${JSON.stringify(log)}}});\n`);
	const output = execFileSync(process.execPath, ['--import', pathToFileURL(register).href, path.join(directory, 'dist/cli.js'), '--json'], {
		cwd: directory,
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
	});
	t.true((JSON.parse(output) as {speakers: unknown[]}).speakers.length > 0);
	const loaded = readFileSync(log, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
	// The hook saw the entry, so an empty list below is not a hook that saw nothing
	t.true(loaded.includes(path.join(directory, 'dist/cli.js')));
	t.deepEqual(loaded.filter((file) => heavyOutputs().includes(file) || heavy.test(file)), []);
});
