// Scores `whosaid --json` on the PolNeAR development set in ../shared/eval (see its README).
// Usage: npm run eval [-- --verbose | --only NAME]; WHOSAID_CLI=path/to/cli.js scores another build.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

const evalDir = path.resolve(process.env.WHOSAID_EVAL ?? '../shared/eval');
const scorer = path.join(evalDir, 'score-polnear.mjs');
if (!existsSync(scorer)) {
	console.error(`whosaid eval: no scorer at ${scorer}.`);
	console.error('Put the shared eval folder (score-polnear.mjs and polnear-train/) beside this repository as ../shared/eval, or set WHOSAID_EVAL to its path.');
	process.exit(2);
}

const result = spawnSync(process.execPath, [scorer, path.join(evalDir, 'polnear-train'), ...process.argv.slice(2), '--', process.execPath, process.env.WHOSAID_CLI ?? 'dist/cli.js', '--json'], {stdio: 'inherit'});
process.exit(result.status ?? 1);
