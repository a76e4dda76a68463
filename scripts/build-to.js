// Builds the CLI into another folder (node scripts/build-to.js /tmp/mine), so that measuring one
// build is not disturbed by someone rebuilding dist/. Score it with WHOSAID_CLI=/tmp/mine/cli.js npm run eval.
import process from 'node:process';
import {bundle} from './build.js';

const outdir = process.argv[2];
if (!outdir) {
	console.error('usage: node scripts/build-to.js DIR');
	process.exit(2);
}

await bundle(outdir);
