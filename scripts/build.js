// Bundles source/ into dist/: cli.js plus chunks that load only when needed (Ink and React only for the reader).
import {chmodSync, readFileSync, rmSync} from 'node:fs';
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
	plugins: [leanMeow],
	logLevel: 'warning',
};

/*
 * Two bundles, not one split bundle: esbuild's splitting moves code that cli.js shares with the
 * reader (its runtime helpers, a plain-view helper) into chunks that cli.js then imports on every
 * start, one more module to load each. Built apart, cli.js is one file for --json and --plain, and
 * its `import('./ui/run.js')` loads reader.js, which holds Ink and React.
 */
const readerApart = {
	name: 'reader-apart',
	setup(builder) {
		builder.onResolve({filter: /^\.\/ui\/run\.js$/}, () => ({path: './reader.js', external: true}));
	},
};

/** Builds cli.js and reader.js into `outdir`; returns both metafiles. */
export async function bundle(outdir, extra = {}) {
	const cli = await build({...options, ...extra, splitting: false, plugins: [...options.plugins, readerApart], entryPoints: {cli: 'source/cli.tsx'}, outdir});
	const reader = await build({...options, ...extra, entryPoints: {reader: 'source/ui/run.tsx'}, outdir});
	return {cli: cli.metafile, reader: reader.metafile};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	rmSync('dist', {recursive: true, force: true});
	await bundle('dist');
	chmodSync('dist/cli.js', 0o755);
}
