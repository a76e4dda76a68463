import zlib from 'node:zlib';
import test from 'ava';
import {fetchArticle, maxBodyBytes, userAgent} from '../../source/input/fetch.js';
import {loadInput} from '../../source/input/load.js';
import {serve} from '../helpers/server.js';
import {articlePage, articleText, headline} from './fixture.js';

const html = {'content-type': 'text/html; charset=utf-8'};

test('a page is fetched with whosaid\'s User-Agent and reduced to its article, its URL kept', async (t) => {
	let agent: string | undefined;
	const base = await serve(t, {
		'/story'(request, response) {
			agent = request.headers['user-agent'];
			response.writeHead(200, html).end(articlePage());
		},
	});
	const input = await loadInput(`${base}/story`);
	t.regex(agent ?? '', /^whosaid\/\d+\.\d+\.\d+$/);
	t.is(agent, userAgent);
	t.is(input.meta?.title, headline);
	t.is(input.meta?.url, `${base}/story`);
	t.true(input.text.startsWith('RIVERTON — The mayor of Riverton'));
	t.false(input.text.includes('Related'));
});

test('redirects are followed, up to five; the URL kept is the last', async (t) => {
	const routes: Record<string, (request: unknown, response: import('node:http').ServerResponse) => void> = {
		'/final': (_, response) => response.writeHead(200, {'content-type': 'text/plain'}).end(articleText()),
	};
	for (let i = 1; i <= 6; i++) routes[`/r${i}`] = (_, response) => response.writeHead(i % 2 ? 301 : 302, {location: i === 6 ? '/final' : `/r${i + 1}`}).end();
	const base = await serve(t, routes);
	const five = await fetchArticle(`${base}/r2`);
	t.is(five.url, `${base}/final`);
	await t.throwsAsync(fetchArticle(`${base}/r1`), {message: `127.0.0.1:${new URL(base).port}: too many redirects (more than 5)`});
});

test('a redirect loop is refused as one', async (t) => {
	const base = await serve(t, {
		'/a': (_, response) => response.writeHead(302, {location: '/b'}).end(),
		'/b': (_, response) => response.writeHead(302, {location: '/a'}).end(),
	});
	const error = await t.throwsAsync(fetchArticle(`${base}/a`));
	t.regex(error.message, /: redirect loop \(http:\/\/127\.0\.0\.1:\d+\/a again\)$/);
	t.is((error as {code?: number}).code, 69);
});

test('HTTP errors name their status: exit 69', async (t) => {
	const base = await serve(t, {
		'/gone': (_, response) => response.writeHead(500, html).end('<h1>Oops</h1>'),
	});
	const host = new URL(base).host;
	await t.throwsAsync(fetchArticle(`${base}/missing`), {message: `${host}: HTTP 404 Not Found`});
	await t.throwsAsync(fetchArticle(`${base}/gone`), {message: `${host}: HTTP 500 Internal Server Error`});
});

test('a body slower than the timeout is given up', async (t) => {
	const base = await serve(t, {
		'/slow'(_, response) {
			response.writeHead(200, html);
			response.write('<html><body><p>The first words arrive');
			// The rest never comes: the test's teardown closes the connection
		},
	});
	await t.throwsAsync(fetchArticle(`${base}/slow`, undefined, 300), {message: `${new URL(base).host}: timed out after 0.3 s`});
});

test('a body over 10 MiB is refused, and reading stops there', async (t) => {
	let written = 0;
	const base = await serve(t, {
		'/big'(_, response) {
			response.writeHead(200, {'content-type': 'text/plain'});
			const chunk = Buffer.alloc(1024 * 1024, 'a');
			const more = () => {
				while (written < 64 * 1024 * 1024) {
					written += chunk.length;
					if (!response.write(chunk)) {
						response.once('drain', more);
						return;
					}
				}

				response.end();
			};

			more();
		},
		'/declared': (_, response) => response.writeHead(200, {'content-type': 'text/plain', 'content-length': String(maxBodyBytes + 1)}).end(),
	});
	const host = new URL(base).host;
	await t.throwsAsync(fetchArticle(`${base}/big`), {message: `${host}: too large (more than 10 MiB; whosaid reads up to 10 MiB)`});
	t.true(written < 32 * 1024 * 1024, `the server wrote ${written} bytes`);
	await t.throwsAsync(fetchArticle(`${base}/declared`), {message: `${host}: too large (11 MiB; whosaid reads up to 10 MiB)`});
});

test('a Windows-1252 page that says so only in <meta charset> is decoded', async (t) => {
	const page = articlePage({charset: 'windows-1252', extra: '<p>The café owner, José Núñez, said the bridge would bring “more customers” and that he was glad.</p>'});
	const base = await serve(t, {
		'/latin': (_, response) => response.writeHead(200, {'content-type': 'text/html'}).end(Buffer.from(page.replaceAll('“', '\u0093').replaceAll('”', '\u0094').replaceAll('—', '\u0097'), 'latin1')),
	});
	const input = await loadInput(`${base}/latin`);
	t.true(input.text.includes('The café owner, José Núñez, said the bridge would bring “more customers”'));
	t.true(input.text.startsWith('RIVERTON — The mayor'));
	t.deepEqual(input.notes, []);
});

test('a gzip-encoded page is decompressed', async (t) => {
	const base = await serve(t, {
		'/gz': (_, response) => response.writeHead(200, {...html, 'content-encoding': 'gzip'}).end(zlib.gzipSync(articlePage())),
	});
	const input = await loadInput(`${base}/gz`);
	t.is(input.meta?.title, headline);
});

test('a text/plain article is read as text', async (t) => {
	const base = await serve(t, {
		'/story.txt': (_, response) => response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end(articleText()),
	});
	const input = await loadInput(`${base}/story.txt`);
	t.is(input.text, articleText());
	t.deepEqual(input.meta, {url: `${base}/story.txt`});
});

test('a PNG served as image/png is not an article: exit 65 with the type', async (t) => {
	const base = await serve(t, {
		'/photo': (_, response) => response.writeHead(200, {'content-type': 'image/png'}).end(Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
	});
	const error = await t.throwsAsync(fetchArticle(`${base}/photo`));
	t.is(error.message, `${new URL(base).host}: not an article (image/png; whosaid reads text/html and text/plain)`);
	t.is((error as {code?: number}).code, 65);
});

test('connection refused and host not found are one line each, exit 69', async (t) => {
	// A port just released by a server is closed
	let port = 0;
	{
		const closers: Array<() => Promise<void>> = [];
		const base = await serve({teardown: (close) => closers.push(close)}, {});
		port = Number(new URL(base).port);
		await closers[0]!();
	}

	const refused = await t.throwsAsync(fetchArticle(`http://127.0.0.1:${port}/`));
	t.is(refused.message, `127.0.0.1:${port}: connection refused`);
	t.is((refused as {code?: number}).code, 69);
	t.true(port > 0);
	// .invalid is reserved never to resolve (RFC 2606); the lookup fails on the machine, without a network
	const missing = await t.throwsAsync(fetchArticle('http://whosaid-test.invalid/'));
	t.is(missing.message, 'whosaid-test.invalid: host not found');
});

test('https to a server that speaks plain HTTP is a TLS error, exit 69', async (t) => {
	const base = await serve(t, {});
	const error = await t.throwsAsync(fetchArticle(`${base.replace('http:', 'https:')}/`));
	t.regex(error.message, /^127\.0\.0\.1:\d+: TLS error \(ERR_SSL_[A-Z_]+\)$/);
	t.is((error as {code?: number}).code, 69);
});

test('only http and https: file:, data: and javascript: are usage errors (exit 2)', async (t) => {
	for (const url of ['file:///etc/passwd', 'data:text/html,<p>hi</p>', 'javascript:alert(1)']) {
		const error = await t.throwsAsync(loadInput(url));
		t.is((error as {code?: number}).code, 2, url);
		t.regex(error.message, /URLs are not opened, only http: and https:/);
	}
});
