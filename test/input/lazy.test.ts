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
 * The HTML, Markdown and fetch code (readability, linkedom, micromark) is a chunk of its own,
 * dist/web-*.js, loaded only for an input that needs it: --json on a text file never loads it.
 */

const hook = fileURLToPath(new URL('../helpers/loaded-files.mjs', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The modules under dist/ that `whosaid FILE --json` loaded. */
function loaded(t: {teardown: (fn: () => void) => void}, name: string, content: string): string[] {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lazy-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, name);
	fs.writeFileSync(file, content);
	const run = spawnSync(process.execPath, ['--import', hook, cliPath, file, '--json'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	const lines = run.stderr.split('\n').filter((text) => text.startsWith('loaded: '));
	if (run.status !== 0 || lines.length === 0) throw new Error(`whosaid failed: ${run.stderr}`);
	return lines.map((line) => line.slice('loaded: '.length));
}

test('--json on a text file loads no web code', (t) => {
	const files = loaded(t, 'story.txt', articleText());
	t.true(files.includes('cli.js'), files.join(', '));
	t.false(files.some((file) => file.startsWith('web-')), files.join(', '));
});

test('a page and a Markdown file do load it (so the test above can fail)', (t) => {
	t.true(loaded(t, 'page.html', articlePage()).some((file) => file.startsWith('web-')));
	t.true(loaded(t, 'story.md', '# Title\n\nText said.\n').some((file) => file.startsWith('web-')));
});

test('the modules of the start-up path hold none of the web libraries', (t) => {
	const startup = loaded(t, 'story.txt', articleText());
	for (const file of startup) {
		const code = fs.readFileSync(path.join(dist, file), 'utf8');
		for (const marker of ['readability-page-1', 'linkedom', 'mdast']) t.false(code.includes(marker), `${file} contains ${marker}`);
	}

	const web = fs.readdirSync(dist).filter((file) => file.startsWith('web-'));
	t.is(web.length, 1);
	const code = fs.readFileSync(path.join(dist, web[0]!), 'utf8');
	for (const marker of ['readability-page-1', 'linkedom', 'mdast']) t.true(code.includes(marker), `${web[0]} lacks ${marker}`);
});
