import {spawn} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import test from 'ava';
import {articlePage, articleText, headline} from '../input/fixture.js';
import {cliPath, type Run, whosaid} from '../helpers/run.js';
import {serve} from '../helpers/server.js';

/*
 * What a new user tries: a saved page, a URL, Markdown, odd encodings, random bytes, another language.
 * URLs are served by a node:http server on 127.0.0.1; the binary runs asynchronously beside it.
 */

function tempDir(t: {teardown: (fn: () => void) => void}): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-inputs-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	return dir;
}

/** Runs the binary without blocking this process, which serves the URLs it fetches. */
async function whosaidAsync(args: string[], env: Record<string, string> = {}): Promise<Run> {
	const child = spawn(process.execPath, [cliPath, ...args], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, NO_COLOR: '1', ...env}});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	return {code, stdout, stderr};
}

test('whosaid page.html: the article, its headline, date, byline and site in --json and --plain', (t) => {
	const file = path.join(tempDir(t), 'page.html');
	fs.writeFileSync(file, articlePage());
	const json = whosaid([file, '--json']);
	t.is(json.code, 0);
	t.is(json.stderr, '');
	const document = JSON.parse(json.stdout);
	t.like(document, {version: 1, title: headline, date: '2024-03-05', byline: 'Jane Roe', site: 'The Riverton Ledger', url: null});
	t.deepEqual(
		document.speakers.map((speaker: {name: string}) => speaker.name),
		['Ana Lopez', 'Tom Hart', 'Rita Chen'],
	);
	const plain = whosaid([file, '--plain']);
	t.true(plain.stdout.startsWith(`${headline}\n2024-03-05\nBy Jane Roe · The Riverton Ledger\n3 speakers`));
});

test('a text file has null byline, site and url in --json', (t) => {
	const file = path.join(tempDir(t), 'story.txt');
	fs.writeFileSync(file, articleText());
	t.like(JSON.parse(whosaid([file, '--json']).stdout), {title: headline, date: null, byline: null, site: null, url: null});
});

test('curl -sL URL | whosaid: a page on standard input is a page too', (t) => {
	const run = whosaid(['--json'], {input: articlePage()});
	t.is(JSON.parse(run.stdout).title, headline);
});

test('whosaid URL: fetched, and its URL in --json', async (t) => {
	const base = await serve(t, {'/story': (_, response) => response.writeHead(200, {'content-type': 'text/html'}).end(articlePage())});
	const run = await whosaidAsync([`${base}/story`, '--json']);
	t.is(run.stderr, '');
	t.is(run.code, 0);
	t.like(JSON.parse(run.stdout), {title: headline, url: `${base}/story`});
});

test('whosaid URL: failures are one line with exit 69 (HTTP, timeout) or 65 (not an article)', async (t) => {
	const base = await serve(t, {
		'/slow'(_, response) {
			response.writeHead(200, {'content-type': 'text/html'});
			response.write('<p>Only the start');
		},
		'/photo': (_, response) => response.writeHead(200, {'content-type': 'image/png'}).end(Buffer.from([0x89, 0x50, 0x4E, 0x47])),
	});
	const host = new URL(base).host;
	const missing = await whosaidAsync([`${base}/nope`, '--json']);
	t.deepEqual(missing, {code: 69, stdout: '', stderr: `whosaid: ${host}: HTTP 404 Not Found\n`});
	const slow = await whosaidAsync([`${base}/slow`, '--json'], {WHOSAID_FETCH_TIMEOUT_MS: '400'});
	t.deepEqual(slow, {code: 69, stdout: '', stderr: `whosaid: ${host}: timed out after 0.4 s\n`});
	const photo = await whosaidAsync([`${base}/photo`]);
	t.deepEqual(photo, {code: 65, stdout: '', stderr: `whosaid: ${host}: not an article (image/png; whosaid reads text/html and text/plain)\n`});
});

test('file:, data: and javascript: URLs are usage errors: exit 2', (t) => {
	const run = whosaid(['file:///etc/passwd']);
	t.is(run.code, 2);
	t.is(run.stderr, 'whosaid: file:///etc/passwd: file: URLs are not opened, only http: and https: (or no such file)\n');
	t.is(whosaid(['javascript:alert(1)']).code, 2);
	t.is(whosaid(['data:text/plain,hello']).code, 2);
});

test('random bytes: exit 65 not text', (t) => {
	const file = path.join(tempDir(t), 'r');
	fs.writeFileSync(file, crypto.randomBytes(20_000));
	t.deepEqual(whosaid([file]), {code: 65, stdout: '', stderr: `whosaid: ${file}: not text (neither UTF-8 nor a single-byte encoding)\n`});
});

test('UTF-16 with a BOM is read; clean Windows-1252 is read with a note, names with é kept', (t) => {
	const dir = tempDir(t);
	const text = 'Café talks resume\n\n"We will reopen," said José Núñez, the owner.\n';
	const utf16 = path.join(dir, 'utf16.txt');
	fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from(text, 'utf16le')]));
	const fromUtf16 = whosaid([utf16, '--json']);
	t.is(fromUtf16.code, 0);
	t.is(JSON.parse(fromUtf16.stdout).speakers[0].name, 'José Núñez');
	const latin = path.join(dir, 'latin.txt');
	fs.writeFileSync(latin, Buffer.from(text, 'latin1'));
	const fromLatin = whosaid([latin, '--json']);
	t.is(fromLatin.stderr, `whosaid: note: ${latin}: not valid UTF-8; read as Windows-1252 (Latin-1)\n`);
	t.is(JSON.parse(fromLatin.stdout).speakers[0].name, 'José Núñez');
});

test('a French article is said to be French on stderr', (t) => {
	const french = `Le pont ouvrira en mai\n\nLe maire de Riverton a annoncé mardi que le nouveau pont sur la rivière ouvrira en mai, avec un mois de retard. « Nous sommes prêts, et nous ne prendrons aucun risque », a-t-il déclaré aux journalistes dans la mairie. Les travaux ont été retardés par une livraison tardive de l'acier, selon l'ingénieur de la ville.\n`;
	const run = whosaid(['--json'], {input: french});
	t.is(run.code, 0);
	t.is(run.stderr, 'whosaid: note: standard input looks like French; whosaid attributes English\n');
});

test('Markdown: the first heading is the title, markers gone', (t) => {
	const file = path.join(tempDir(t), 'story.md');
	fs.writeFileSync(file, '# Mayor *backs* the bridge\n\n> "It is **safe**," said [Ana Lopez](https://example.org/lopez), the mayor.\n');
	const document = JSON.parse(whosaid([file, '--json']).stdout);
	t.is(document.title, 'Mayor backs the bridge');
	t.is(document.paragraphs[1].text, '"It is safe," said Ana Lopez, the mayor.');
	t.is(document.speakers[0].name, 'Ana Lopez');
});
