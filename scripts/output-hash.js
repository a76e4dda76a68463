// npm run hash [-- --list FILE]: one hash of `whosaid --json` (stdout and exit code) over every article in
// ../shared/eval and data/, to show a refactor changes no output. --list writes one "hash file" line per
// article, so two builds can be compared with diff to find the articles that changed.
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const evalDir = path.resolve(process.env.WHOSAID_EVAL ?? '../shared/eval');
const cli = process.env.WHOSAID_CLI ?? 'dist/cli.js';
const listFlag = process.argv.indexOf('--list');
const files = ['data', ...['polnear-train', 'polnear-dev'].map((set) => path.join(evalDir, set, 'articles'))]
	.filter((dir) => existsSync(dir))
	.flatMap((dir) => readdirSync(dir).sort().map((name) => path.join(dir, name)));

function run(file) {
	return new Promise((resolve) => {
		execFile(process.execPath, [cli, '--json', file], {env: {...process.env, NO_COLOR: '1'}, maxBuffer: 1 << 28}, (error, stdout) => {
			resolve(createHash('sha256').update(`${error?.code ?? 0}\n${stdout}`).digest('hex').slice(0, 16));
		});
	});
}

const hashes = new Array(files.length);
let next = 0;
await Promise.all(Array.from({length: os.availableParallelism()}, async () => {
	while (next < files.length) {
		const i = next++;
		hashes[i] = await run(files[i]);
	}
}));
const lines = files.map((file, i) => `${hashes[i]} ${path.basename(file)}`);
if (listFlag !== -1) writeFileSync(process.argv[listFlag + 1], `${lines.join('\n')}\n`);
console.log(`${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)} over ${files.length} articles (${cli})`);
