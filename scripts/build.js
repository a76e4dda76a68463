// Bundles source/ into dist/: cli.js plus chunks that load only when needed (Ink and React only for the reader).
import {spawnSync} from 'node:child_process';
import {chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {builtinModules, createRequire} from 'node:module';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

/*
 * meow ships its dependencies pre-bundled in one file that, on import, builds normalize-package-data
 * (semver, spdx licence tables, hosted-git-info), a Babel code-frame printer and a promisified execFile:
 * ~10 ms and 80 KB of every start. whosaid never reads `cli.pkg` (the only caller of the normaliser)
 * and the code frame only decorates an error about a broken package.json, so both become stubs and
 * esbuild drops the code behind them. A meow upgrade that changes these lines fails the build
 * instead of silently slowing start-up again.
 */
const meowEdits = [
	['var libExports = requireLib$1();', 'var libExports = {codeFrameColumns: () => \'\'};'],
	['var normalizeExports = requireNormalize();\nconst normalizePackageData = getDefaultExportFromCjs(normalizeExports);', 'const normalizePackageData = () => {};'],
	['promisify(execFile);', ''],
];

const leanMeow = {
	name: 'lean-meow',
	setup(builder) {
		builder.onLoad({filter: /[\\/]meow[\\/]build[\\/]dependencies\.js$/}, ({path}) => {
			let contents = readFileSync(path, 'utf8');
			for (const [from, to] of meowEdits) {
				if (!contents.includes(from)) throw new Error(`lean-meow: meow changed, "${from.split('\n')[0]}" not found in ${path}`);
				contents = contents.replace(from, () => to);
			}

			return {contents, loader: 'js'};
		});
	},
};

/*
 * Ink turns every row of a frame into a string with @alcalzone/ansi-tokenize's styledCharsToString,
 * which diffs the styles of each cell against those of the cell before it: three Sets and four arrays
 * per cell, even where both cells have the same styles (most cells: blanks, runs of one style). On the
 * reader's first frame (~1,900 cells, all code still cold) skipping it saves ~2 ms. The diff of two equal
 * style lists is empty, so a cell whose styles equal its neighbour's now skips it: the same string, sooner.
 * Part of the options below, so the benchmark's Ink hello-world is built with it too.
 */
const tokenizeEdits = [
	[
		'ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
		'if (!sameStyles(chars[i - 1].styles, char.styles)) ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));',
	],
	[
		'export function styledCharsToString(chars) {',
		`function sameStyles(a, b) {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++) if (a[k].code !== b[k].code || a[k].endCode !== b[k].endCode) return false;
	return true;
}
export function styledCharsToString(chars) {`,
	],
];

/** Applies `edits` to the files that `filter` matches; a dependency upgrade that changes those lines fails the build. */
function patch(name, filter, edits) {
	return {
		name,
		setup(builder) {
			builder.onLoad({filter}, ({path}) => {
				let contents = readFileSync(path, 'utf8');
				for (const [from, to] of edits) {
					if (!contents.includes(from)) throw new Error(`${name}: "${from.split('\n')[0]}" not found in ${path}`);
					contents = contents.replace(from, () => to);
				}

				return {contents, loader: 'js'};
			});
		},
	};
}

const quickStyles = patch('quick-styles', /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/, tokenizeEdits);

/*
 * Each frame, Ink's Output turns every line of text on screen into styled cells (tokenize, then
 * styledCharsFromTokens) and measures every character, with caches that live for one frame only: a
 * key press re-tokenized the whole screen, ~6 ms of a 200×60 frame. The caches now start each frame
 * with the entries of the frame before (two generations, so they hold no more than two frames' lines).
 * The cells are never changed once made (Output.get places them, styledCharsToString reads them):
 * the same cells, sooner.
 */
const outputEdits = [
	['            cached = styledCharsFromTokens(tokenize(line));', '            cached = lastFrameCaches?.styledChars.get(line) ?? styledCharsFromTokens(tokenize(line));'],
	['            cached = stringWidth(text);', '            cached = lastFrameCaches?.widths.get(text) ?? stringWidth(text);'],
	['    caches = new OutputCaches();', '    caches = frameCaches();'],
	[
		'export default class Output {',
		`let lastFrameCaches;
let thisFrameCaches;
function frameCaches() {
    lastFrameCaches = thisFrameCaches;
    thisFrameCaches = new OutputCaches();
    return thisFrameCaches;
}
export default class Output {`,
	],
];

/*
 * Ink measures a text node's widest line twice a frame: in layout, through measureText's cache, and
 * again, uncached, when it draws the node (string-width on every row of the screen, ~2.5 ms of a
 * 200×60 frame). Drawing now asks the same cache, which holds widestLine(text) for that very text.
 */
const drawEdits = [
	["import widestLine from 'widest-line';", "import measureText from './measure-text.js';"],
	['const currentWidth = widestLine(text);', 'const currentWidth = measureText(text).width;'],
];

/*
 * Layout measures each new text with widest-line: string-width on every line of it. A pane's rows
 * are one text of many lines, so scrolling one row re-measured them all (~2 ms of a 200×60 frame,
 * as rows with ¶, › or borders miss string-width's ASCII fast path). Widths are now kept per line
 * (the same string-width that widest-line uses; emptied past 4,096 lines).
 */
const measureEdits = [
	[
		"import widestLine from 'widest-line';",
		`import stringWidth from 'string-width';
const lineWidths = new Map();
const widestLine = (text) => {
    let widest = 0;
    for (const line of text.split('\\n')) {
        let width = lineWidths.get(line);
        if (width === undefined) {
            if (lineWidths.size >= 4096) lineWidths.clear();
            width = stringWidth(line);
            lineWidths.set(line, width);
        }
        if (width > widest) widest = width;
    }
    return widest;
};`,
	],
];

const frameCachesPatch = patch('frame-caches', /[\\/]ink[\\/]build[\\/]output\.js$/, outputEdits);
const lineWidthsPatch = patch('line-widths', /[\\/]ink[\\/]build[\\/]measure-text\.js$/, measureEdits);
const measuredDrawPatch = patch('measured-draw', /[\\/]ink[\\/]build[\\/]render-node-to-output\.js$/, drawEdits);

/** The esbuild options shared with the benchmark's Ink hello-world, so the two are bundled the same way. */
export const options = {
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only in development; a stub keeps it out (external breaks start-up)
	alias: {'react-devtools-core': './scripts/devtools-stub.js'},
	// Some dependencies (signal-exit) call require(): give the ESM bundle one
	banner: {js: "import {createRequire as __whosaidRequire} from 'node:module';const require=__whosaidRequire(import.meta.url);"},
	plugins: [leanMeow, quickStyles, frameCachesPatch, measuredDrawPatch, lineWidthsPatch],
	logLevel: 'warning',
};

/*
 * main.js and reader.js hold no import statement: source/launch.cts compiles each as the body of an
 * async function, passing in `require`, `import.meta` and `import()`. So their built-ins come through
 * `require`, one small module each.
 */
const builtinsByRequire = {
	name: 'builtins-by-require',
	setup(builder) {
		const names = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
		const load = createRequire(import.meta.url);
		// Unused, a shim goes: no side effects, and each export a pure read (reading every export would
		// run Node's lazy getters, util.parseArgs and fs.promises among them, and load their modules)
		builder.onResolve({filter: /^[a-z_:/\d]+$/}, ({path}) => (names.has(path) ? {path, namespace: 'builtin', sideEffects: false} : undefined));
		builder.onLoad({filter: /.*/, namespace: 'builtin'}, ({path}) => {
			const keys = Object.keys(load(path)).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
			const exports = keys.map((key) => `export const ${key} = /* @__PURE__ */ __whosaidRead(${JSON.stringify(key)});`);
			return {contents: [`const m = __whosaidRequire(${JSON.stringify(path)});`, 'const __whosaidRead = (key) => m[key];', 'export default m;', ...exports].join('\n'), loader: 'js'};
		});
	},
};

/** main.js and reader.js: one file each, no import statement, built-ins through `require`. */
const bodyOptions = {
	splitting: false,
	banner: {},
	define: {...options.define, 'import.meta': '__whosaidImportMeta'},
	plugins: [...options.plugins, builtinsByRequire],
};

/**
 * Runs the built reader once on the bundled article, in a pretend terminal of 80×24, and keeps V8's
 * code caches of main.js and reader.js as they are after the first frame (see source/launch.cts).
 */
function warmCodeCache(outdir) {
	const caches = [`${outdir}/main.js.cache`, `${outdir}/reader.js.cache`];
	for (const cache of caches) rmSync(cache, {force: true});
	// Named, since `outdir` may be anywhere, away from data/
	const article = fileURLToPath(new URL('../data/xinhua-2023-05-26-chen-wenqing-moscow.txt', import.meta.url));
	const env = {...process.env, TERM: 'xterm-256color'};
	for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'CONTINUOUS_INTEGRATION']) delete env[name];
	const warm = fileURLToPath(new URL('warm-code-cache.cjs', import.meta.url));
	const result = spawnSync(process.execPath, ['--require', warm, `${outdir}/cli.cjs`, article], {stdio: ['ignore', 'pipe', 'pipe'], env, encoding: 'utf8', timeout: 30_000});
	// An optimisation only: the binary runs without them (compiling as it goes), so an install must not fail for want of them
	if (result.status !== 0 || !caches.every((cache) => existsSync(cache))) {
		for (const cache of caches) rmSync(cache, {force: true});
		process.stderr.write(`whosaid build: no V8 code caches (the reader starts ~30 ms slower): exit ${result.status} ${result.stderr ?? ''}\n`);
	}
}

/*
 * Three bundles, not one split bundle: esbuild's splitting moves code that the cli shares with the
 * reader (its runtime helpers, a plain-view helper) into chunks that every start would load. Built
 * apart, --json and --plain load cli.cjs (the launcher) and main.js only; main.js's
 * `import('./ui/run.js')` loads reader.js, which holds Ink and React, through the launcher.
 */
const readerApart = {
	name: 'reader-apart',
	setup(builder) {
		builder.onResolve({filter: /^\.\/ui\/run\.js$/}, () => ({path: './reader.js', external: true}));
	},
};

/*
 * The web code (HTML extraction, Markdown, fetch: source/input/web.ts) is one more bundle, web.cjs,
 * loaded only for an input that needs it; main.js requires it there (a require works both in the
 * launcher's function body and in a module with the banner's require). CommonJS, so a text input
 * never starts the ES module loader for it. linkedom's optional canvas is left out, and its CSS parser
 * (used only to read a <style>'s `sheet`, which readability never does) is a stub.
 */
const webApart = {
	name: 'web-apart',
	setup(builder) {
		builder.onResolve({filter: /^\.\/web\.js$/}, () => ({path: './web.cjs', external: true}));
	},
};

async function bundleWeb(outdir, extra) {
	const alias = {...options.alias, 'cssomnom/parse': './scripts/cssom-stub.js'};
	const web = await build({...options, ...extra, format: 'cjs', splitting: false, banner: {}, plugins: [], alias, external: ['canvas'], entryPoints: {web: 'source/input/web.ts'}, outExtension: {'.js': '.cjs'}, outdir});
	const mainFile = `${outdir}/main.js`;
	const code = readFileSync(mainFile, 'utf8');
	const imports = code.split('import("./web.cjs")').length - 1;
	if (imports !== 1) throw new Error(`main.js should import ./web.cjs once, not ${imports} times`);
	writeFileSync(mainFile, code.replace('import("./web.cjs")', 'Promise.resolve().then(()=>require("./web.cjs"))'));
	return web.metafile;
}

/** Builds cli.cjs (the launcher, which `bin` runs), main.js and reader.js into `outdir`; returns the metafiles. */
export async function bundle(outdir, extra = {}) {
	const launcher = await build({
		...options,
		...extra,
		format: 'cjs',
		// Its import() of the reader stays an import(), not a require()
		supported: {'dynamic-import': true},
		splitting: false,
		banner: {},
		plugins: [],
		entryPoints: {cli: 'source/launch.cts'},
		outExtension: {'.js': '.cjs'},
		outdir,
	});
	// dist/cli.js, for the tests and scripts that run it, is the same launcher
	writeFileSync(`${outdir}/cli.js`, "#!/usr/bin/env node\nimport './cli.cjs';\n");
	const main = await build({...options, ...extra, ...bodyOptions, plugins: [...bodyOptions.plugins, readerApart, webApart], entryPoints: {main: 'source/cli.tsx'}, outdir});
	const web = await bundleWeb(outdir, extra);
	// A function body, not a file to run: the launcher has the #! line and passes in import()
	const mainFile = `${outdir}/main.js`;
	const code = readFileSync(mainFile, 'utf8').replace(/^#!.*\n/, '');
	const imports = code.split('import("./reader.js")').length - 1;
	if (imports !== 1) throw new Error(`main.js should import ./reader.js once, not ${imports} times`);
	writeFileSync(mainFile, code.replace('import("./reader.js")', '__whosaidImport("./reader.js")'));
	// The reader is a function body too, that returns its exports
	const reader = await build({...options, ...extra, ...bodyOptions, entryPoints: {reader: 'source/ui/run.tsx'}, outdir});
	const readerFile = `${outdir}/reader.js`;
	const readerCode = readFileSync(readerFile, 'utf8').replace(/^#!.*\n/, '');
	const exported = /export\{([^}]*)\};?\s*$/.exec(readerCode);
	if (!exported) throw new Error('reader.js should end with its exports');
	const exports = exported[1].split(',').map((part) => {
		const [local, name = local] = part.split(' as ');
		return `${name}:${local}`;
	});
	writeFileSync(readerFile, `${readerCode.slice(0, exported.index)}return{${exports.join(',')}};\n`);
	warmCodeCache(outdir);
	return {launcher: launcher.metafile, main: main.metafile, reader: reader.metafile, web};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// Build beside dist/ and swap it in, so a program running from dist/ (a test, the bench) never
	// sees a half-written or missing build
	const fresh = `dist.${process.pid}`;
	rmSync(fresh, {recursive: true, force: true});
	await bundle(fresh);
	chmodSync(`${fresh}/cli.cjs`, 0o755);
	chmodSync(`${fresh}/cli.js`, 0o755);
	rmSync('dist', {recursive: true, force: true});
	renameSync(fresh, 'dist');
}
