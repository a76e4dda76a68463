// Bundles source/ into dist/: cli.js plus chunks that load only when needed (Ink and React only for the reader).
import {chmodSync, rmSync} from 'node:fs';
import {build} from 'esbuild';

rmSync('dist', {recursive: true, force: true});
await build({
	entryPoints: ['source/cli.tsx'],
	outdir: 'dist',
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
	logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
