// npm run readme: refreshes the readme's examples from the real, built program, so they never drift:
// the block between <!-- plain:start --> and <!-- plain:end --> (whosaid --plain) and the one between
// <!-- reader:start --> and <!-- reader:end --> (a tmux capture of the reader, scripts/screenshot.js).
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';

// stdin is /dev/null: no article comes down it, so the bundled one is read (an empty pipe is an error)
const run = (...args) => execFileSync(process.execPath, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: {...process.env, NO_COLOR: '1'}});
const fence = '```';
const blocks = {
	plain: `${fence}\n$ whosaid --plain\n${run('dist/cli.js', '--plain')}${fence}`,
	reader: `${fence}\n$ whosaid   # 120×30, after pressing j\n${run('scripts/screenshot.js', '120', '30', 'j')}${fence}`,
	keys: run('--import=tsx', '--input-type=module', '--eval', "import {keysMarkdown} from './source/ui/keys.ts'; process.stdout.write(keysMarkdown())"),
};

let readme = readFileSync('readme.md', 'utf8');
for (const [name, content] of Object.entries(blocks)) {
	const start = `<!-- ${name}:start -->`;
	const end = `<!-- ${name}:end -->`;
	const from = readme.indexOf(start);
	const to = readme.indexOf(end);
	if (from === -1 || to === -1) throw new Error(`readme.md: no ${start} … ${end} block`);
	readme = `${readme.slice(0, from + start.length)}\n${content}\n${readme.slice(to)}`;
}

writeFileSync('readme.md', readme);
