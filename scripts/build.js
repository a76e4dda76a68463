// Bundles source/ into dist/: cli.js, the `whosaid` binary (an ES module with a #! line), and the
// chunks it imports when needed: the reader (Ink and React) loads only when the reader is shown.
import {chmodSync, renameSync, rmSync} from 'node:fs';
import process from 'node:process';
import {build} from 'esbuild';

/** The esbuild options shared with the benchmark's Ink hello-world, so the two are bundled the same way. */
export const options = {
	bundle: true,
	// source/cli.tsx's `import('./ui/run.js')` becomes a chunk of its own, loaded by that import()
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	// Chunks sit beside cli.js: a path a module resolves from import.meta.url (../data, worker.mjs) is the same from every chunk
	chunkNames: '[name]-[hash]',
	// React's production build: no development checks, and Ink leaves out its devtools hook
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only in development; a stub keeps it out (external breaks start-up)
	alias: {
		'react-devtools-core': './scripts/devtools-stub.js',
		// linkedom's CSS parser serves only a <style>'s `sheet`, which readability never reads (scripts/cssom-stub.js)
		'cssomnom/parse': './scripts/cssom-stub.js',
	},
	// linkedom's optional canvas, never installed: its require() is in a try
	external: ['canvas'],
	// Some dependencies (signal-exit) call require(): give the ESM bundle one
	banner: {js: "import {createRequire as __whosaidRequire} from 'node:module';const require=__whosaidRequire(import.meta.url);"},
	logLevel: 'warning',
};

/** Builds dist/cli.js and its chunks into `outdir`; returns esbuild's metafile when `extra` asks for one. */
export async function bundle(outdir, extra = {}) {
	const result = await build({...options, ...extra, entryPoints: {cli: 'source/cli.tsx'}, outdir});
	chmodSync(`${outdir}/cli.js`, 0o755);
	// The batch runner's worker (source/batch/worker-url.ts): an ES module of its own, loaded by each worker thread
	await build({...options, ...extra, splitting: false, entryPoints: {worker: 'source/batch/worker.ts'}, outExtension: {'.js': '.mjs'}, outdir});
	return result.metafile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// Build beside dist/ and swap it in, so a program running from dist/ (a test, the bench) never
	// sees a half-written or missing build
	const fresh = `dist.${process.pid}`;
	rmSync(fresh, {recursive: true, force: true});
	await bundle(fresh);
	rmSync('dist', {recursive: true, force: true});
	renameSync(fresh, 'dist');
}
