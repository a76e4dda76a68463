import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {cliPath} from '../helpers/run.js';
import {articlePage, articleText} from './fixture.js';

/*
 * The HTML, Markdown and fetch code (readability, linkedom, micromark) is bundled apart in
 * dist/web.cjs and loaded only for an input that needs it: --json on a text file never reads it.
 */

const hook = fileURLToPath(new URL('../helpers/loaded-files.cjs', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The files under dist/ that `whosaid ARGS` read or required. */
function loaded(t: {teardown: (fn: () => void) => void}, name: string, content: string): string[] {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lazy-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, name);
	fs.writeFileSync(file, content);
	const run = spawnSync(process.execPath, ['--require', hook, cliPath, file, '--json'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	const line = run.stderr.split('\n').find((text) => text.startsWith('loaded: '));
	if (run.status !== 0 || !line) throw new Error(`whosaid failed: ${run.stderr}`);
	return JSON.parse(line.slice('loaded: '.length)) as string[];
}

test('--json on a text file loads no web code', (t) => {
	const files = loaded(t, 'story.txt', articleText());
	t.true(files.includes('main.js'), files.join(', '));
	t.false(files.some((file) => file.startsWith('web')), files.join(', '));
});

test('a page and a Markdown file do load it (so the test above can fail)', (t) => {
	t.true(loaded(t, 'page.html', articlePage()).includes('web.cjs'));
	t.true(loaded(t, 'story.md', '# Title\n\nText said.\n').includes('web.cjs'));
});

test('the bundle of the start-up path holds none of the web libraries', (t) => {
	const main = fs.readdirSync(dist).filter((file) => /\.(?:c?js)$/.test(file) && !file.startsWith('web') && !file.startsWith('reader'));
	t.true(main.length > 0);
	for (const file of main) {
		const code = fs.readFileSync(path.join(dist, file), 'utf8');
		for (const marker of ['readability-page-1', 'linkedom', 'mdast']) t.false(code.includes(marker), `${file} contains ${marker}`);
	}

	const web = fs.readFileSync(path.join(dist, 'web.cjs'), 'utf8');
	for (const marker of ['readability-page-1', 'linkedom', 'mdast']) t.true(web.includes(marker), `web.cjs lacks ${marker}`);
});
