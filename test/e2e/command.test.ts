import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test from 'ava';

/*
 * How a user gets the `whosaid` command (readme, "Get the whosaid command"): installed globally from
 * the checkout (here into a temporary prefix, offline), or through npx inside it.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version;

test('npm install -g . puts a working whosaid on the PATH', (t) => {
	const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-global-'));
	t.teardown(() => fs.rmSync(prefix, {recursive: true, force: true}));
	// --ignore-scripts: the checkout is linked, not copied, and is already built
	execFileSync('npm', ['install', '--global', '.', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: root, stdio: 'ignore'});
	const bin = path.join(prefix, 'bin', 'whosaid');
	const story = path.join(prefix, 'story.txt');
	fs.writeFileSync(story, 'Bridge opens\n\n"It is safe," Ana Lopez said.\n');
	t.is(execFileSync(bin, ['--version'], {encoding: 'utf8'}).trim(), version);
	t.is(
		execFileSync(bin, [story, '--plain'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}),
		'Bridge opens\n1 speaker, 1 statement\n\nAna Lopez\n  ¶1 [said, direct] "It is safe," Ana Lopez said.\n',
	);
});

test('npx whosaid runs the checkout\'s command', (t) => {
	t.is(execFileSync('npx', ['--no-install', 'whosaid', '--version'], {cwd: root, encoding: 'utf8'}).trim(), version);
});
