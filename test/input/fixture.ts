/*
 * One invented article, made into plain text and into a saved news page with the furniture real
 * pages carry: navigation, scripts, JSON-LD, share buttons, a byline, related links, comments, a footer.
 */

export const headline = 'Riverton bridge to open a month late, mayor says';
export const site = 'The Riverton Ledger';
export const byline = 'Jane Roe';

/** The body: each entry one paragraph; `quote` ones are blockquotes on the page. */
export const body: Array<{text: string; quote?: boolean; html?: string}> = [
	{text: 'RIVERTON — The mayor of Riverton, Ana Lopez, said on Tuesday that the new bridge over the Grey River would open in May, a month later than planned.'},
	{
		text: '"We are ready to build, and we will not cut corners," Lopez told reporters at City Hall. "Safety comes first."',
		html: '&quot;We are ready to build, and we will <em>not</em> cut corners,&quot; Lopez told reporters at <a href="/city-hall">City Hall</a>. &quot;Safety comes first.&quot;',
	},
	{text: 'Tom Hart, the city engineer, said the delay was caused by a late delivery of steel from a supplier in the north.'},
	{text: '“Every beam will be tested twice,” Hart said.', quote: true, html: '&ldquo;Every beam will be tested twice,&rdquo; Hart said.'},
	{text: 'Critics were less sure. Council member Rita Chen said the budget had already grown by a third and that residents deserved a full account.'},
	{text: 'Lopez said the council would publish the figures next week.'},
];

export function articleText(): string {
	return `${[headline, ...body.map(({text}) => text)].join('\n\n')}\n`;
}

/** The saved page. `extra` goes inside the article, after the last paragraph. */
export function articlePage(options: {charset?: string; extra?: string; meta?: string} = {}): string {
	const paragraphs = body.map(({text, quote, html}) => (quote ? `<blockquote><p>${html ?? text}</p></blockquote>` : `<p>${html ?? text}</p>`));
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="${options.charset ?? 'utf-8'}">
<title>${headline} | ${site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="${site}">
<meta property="og:type" content="article">
${options.meta ?? `<meta property="article:published_time" content="2024-03-05T10:00:00-05:00">`}
<meta name="author" content="${byline}">
<link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${headline}","author":{"@type":"Person","name":"${byline}"},"publisher":{"@type":"Organization","name":"${site}"}}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); var said = "Nobody said this, a script did.";</script>
<style>.share a { margin: 0 4px } body { font-family: Georgia, serif }</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <div class="logo"><a href="/">${site}</a></div>
  <nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
</header>
<main id="main">
<article class="story">
  <header><h1 class="headline">${headline}</h1>
  <p class="byline">By <a rel="author" href="/staff/jane-roe">${byline}</a></p>
  <time datetime="2024-03-05T10:00:00-05:00">March 5, 2024</time></header>
  <div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a> <a href="https://x.example/intent">Share on X</a> <button>Copy link</button></div>
  <div class="story-body">
${paragraphs.map((p) => `    ${p}`).join('\n')}
${options.extra ?? ''}
  </div>
</article>
<aside class="related">
  <h2>Related stories</h2>
  <ul>
    <li><a href="/news/parks-budget">Council Approves New Budget for City Parks</a></li>
    <li><a href="/news/trains">Mayor Says Trains Will Run Late All Winter</a></li>
    <li><a href="/news/school">Officials Say School Roof Will Be Fixed</a></li>
  </ul>
</aside>
<section id="comments" class="comments">
  <h2>Comments (2)</h2>
  <div class="comment"><p class="author">riverfan42</p><p>Typical. The mayor said the same thing last year and nothing happened.</p></div>
  <div class="comment"><p class="author">Bob K.</p><p>Hart said it would be fine, and I believe him.</p></div>
</section>
</main>
<footer class="site-footer"><p>© 2024 ${site}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
<script src="/static/app.js"></script>
</body>
</html>
`;
}
