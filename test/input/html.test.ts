import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {fromHtml} from '../../source/input/html.js';
import {loadInput} from '../../source/input/load.js';
import type {Attributed} from '../../source/model.js';
import {articlePage, articleText, body, byline, headline, site} from './fixture.js';

function tempFile(t: {teardown: (fn: () => void) => void}, name: string, content: string | Buffer): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-html-'));
	t.teardown(() => fs.rmSync(dir, {recursive: true, force: true}));
	const file = path.join(dir, name);
	fs.writeFileSync(file, content);
	return file;
}

/** Who said what: speakers with their statements' paragraph and text. */
const said = (model: Attributed) =>
	model.speakers.map((speaker) => ({name: speaker.name, statements: speaker.statements.map((id) => [model.statements[id]!.paragraph, model.statements[id]!.text])}));

test('a saved page and the same article as text give the same speakers and statements', async (t) => {
	const page = await loadInput(tempFile(t, 'story.html', articlePage()));
	const text = await loadInput(tempFile(t, 'story.txt', articleText()));
	const fromPage = analyse(page.text, page.meta);
	const fromText = analyse(text.text, text.meta);
	t.deepEqual(said(fromPage), said(fromText));
	t.deepEqual(
		said(fromPage).map(({name}) => name),
		['Ana Lopez', 'Tom Hart', 'Rita Chen'],
	);
	// Nothing of the furniture reached the article
	t.deepEqual(
		fromPage.article.paragraphs.map(({text}) => text),
		[headline, ...body.map(({text}) => text)],
	);
});

test('the page gives headline, date, byline and site; the text none of the last three', async (t) => {
	const page = await loadInput(tempFile(t, 'story.html', articlePage()));
	const model = analyse(page.text, page.meta);
	t.like(model.article, {title: headline, date: '2024-03-05', byline, site, url: undefined});
	const text = await loadInput(tempFile(t, 'story.txt', articleText()));
	t.like(analyse(text.text, text.meta).article, {title: headline, date: undefined, byline: undefined, site: undefined});
});

test('headline: <title> without the site name when there is no og:title or <h1>; date from JSON-LD or <time>', (t) => {
	const page = fromHtml(
		`<html><head><title>Harbour deal signed – Coast Daily</title><meta property="og:site_name" content="Coast Daily">
		<script type="application/ld+json">[{"@type":"WebPage"},{"@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}]</script></head>
		<body><div><p>${'The harbour master, Lena Ode, said on Monday that the deal was signed after a long night of talks with the union. '.repeat(3)}</p>
		<p>${'"It is a fair deal," Ode said, adding that work would begin at once and that the port would stay open. '.repeat(3)}</p></div></body></html>`,
	);
	t.is(page.meta.title, 'Harbour deal signed');
	t.is(page.meta.date, '2023-11-02');
	t.is(page.meta.site, 'Coast Daily');
	const timed = fromHtml(articlePage({meta: ''}));
	t.is(timed.meta.date, '2024-03-05');
});

test('paragraphs come from blocks: list items, headings, quotes, pre; <br> a line break; entities decoded', (t) => {
	const long = 'The council met for six hours on Monday and voted on the plan for the river, which now goes to the state. ';
	const page = fromHtml(`<!doctype html><html><head><title>Vote</title></head><body><article><h1>Vote</h1>
		<p>${long.repeat(2)}</p><h2>What comes next</h2><ul><li>First, a &ldquo;review&rdquo;&nbsp;by the state.</li><li>Then a vote.</li></ul>
		<p>Line one of an address<br>Line two</p><pre>  kept   as
  written</pre><p>${long.repeat(2)}</p></article></body></html>`);
	t.deepEqual(page.text.split('\n\n'), [
		long.repeat(2).trim(),
		'What comes next',
		'First, a “review”\u00A0by the state.',
		'Then a vote.',
		'Line one of an address\nLine two',
		'kept   as\nwritten',
		long.repeat(2).trim(),
	]);
});

test('an escape sequence in a page is removed like in any text, and shown with showHidden', async (t) => {
	const file = tempFile(t, 'story.html', articlePage({extra: '<p>The clerk, Mo Reyes, said the vote was close.&#27;]0;pwned&#7; Reyes said more would follow.</p>'}));
	const plain = await loadInput(file);
	t.true(plain.text.includes('said the vote was close. Reyes said more'));
	t.is(plain.removed.escapes, 1);
	const shown = await loadInput(file, {showHidden: true});
	t.true(shown.text.includes('close.^[]0;pwned^G Reyes'));
});

test('a page with no article text is refused: exit 65', async (t) => {
	const file = tempFile(t, 'empty.html', '<!doctype html><html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>');
	await t.throwsAsync(loadInput(file), {message: `${file}: not an article (no article text found in the page)`});
});

test('ad labels and reading widgets left inside the article are dropped; a date nested in JSON-LD is found', (t) => {
	const page = fromHtml(
		articlePage({
			meta: '<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2022-07-01"}}</script>',
			extra: '<div class="ad"><p>Advertisement</p></div><p>Story continues below advertisement</p><p>The bridge will carry a toll, the mayor added.</p>',
		}),
	);
	t.is(page.meta.date, '2022-07-01');
	t.deepEqual(page.text.split('\n\n').slice(-1), ['The bridge will carry a toll, the mayor added.']);
	t.false(page.text.includes('dvertisement'));
});
