// Scores whosaid on a PolNeAR set in ../shared/eval (see its README): one process over every article
// (`whosaid --jsonl`, read by the scorer's --batch mode), which scores exactly as one process per article.
// Usage: npm run eval [-- --set dev|train|both] [-- --per-file] [-- --verbose | --only NAME]
//   --set: train (default), dev, or both (one final line each); --per-file: one `--json` process per article.
// WHOSAID_CLI=path/to/cli scores another build; WHOSAID_EVAL=path the eval folder.
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';

/** The binary the scorer runs (the package's `bin`). */
const cli = process.env.WHOSAID_CLI ?? 'dist/cli.js';
const evalDir = path.resolve(process.env.WHOSAID_EVAL ?? '../shared/eval');
const scorer = path.join(evalDir, 'score-polnear.mjs');
if (!existsSync(scorer)) {
	console.error(`whosaid eval: no scorer at ${scorer}.`);
	console.error('Put the shared eval folder (score-polnear.mjs, polnear-train/ and polnear-dev/) beside this repository as ../shared/eval, or set WHOSAID_EVAL to its path.');
	process.exit(2);
}

const args = process.argv.slice(2);
const setFlag = args.indexOf('--set');
const set = setFlag === -1 ? 'train' : args[setFlag + 1];
if (!['train', 'dev', 'both'].includes(set)) {
	console.error(`whosaid eval: --set takes train, dev or both (got ${set})`);
	process.exit(2);
}

const perFile = args.includes('--per-file');
const passed = args.filter((arg, i) => arg !== '--per-file' && arg !== '--set' && (setFlag === -1 || i !== setFlag + 1));
let status = 0;
for (const name of set === 'both' ? ['train', 'dev'] : [set]) {
	const command = perFile ? [process.execPath, cli, '--json'] : [process.execPath, cli, '--jsonl'];
	const result = spawnSync(process.execPath, [scorer, path.join(evalDir, `polnear-${name}`), ...(perFile ? [] : ['--batch']), ...passed, '--', ...command], {stdio: 'inherit'});
	status ||= result.status ?? 1;
}

process.exit(status);
