// A saved news page of about 300 KB for the bench (row 5): an invented article of ~1,100 words inside
// the weight real pages carry: inline scripts and styles, JSON-LD, navigation, share bars, related
// links, comments and a footer. Deterministic: the same page every run.
import {mkdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const names = ['Ana Lopez', 'Tom Hart', 'Rita Chen', 'Omar Said', 'Lena Ode', 'Piet Vos', 'Mara Diaz', 'Ken Ito'];
const places = ['Riverton', 'Eastfield', 'Port Ashby', 'Greyhill'];

function paragraph(k) {
	const name = names[k % names.length];
	const place = places[k % places.length];
	const forms = [
		`${name}, who leads the ${place} council, said on Tuesday that the plan for the river would cost more than expected and that the vote would wait until the spring.`,
		`"We have asked for the figures three times and we still do not have them," ${name.split(' ')[1]} told reporters outside the hall in ${place}. "People deserve to know."`,
		`The state agency said in a statement that it had reviewed the proposal and found no reason to stop the work, although it asked for a second study of the banks.`,
		`According to ${name}, the first phase will begin in ${place} in May and last about two years, with the bridge closed to lorries for most of that time.`,
		`Residents who spoke at the meeting were divided. Some welcomed the jobs; others said the noise and the traffic would make their streets unbearable for years.`,
	];
	return forms[k % forms.length];
}

function script(k) {
	return `<script>(function(){var w=window,d=document,c${k}={id:"slot-${k}",sizes:[[300,250],[728,90]],targeting:{section:"news",tags:["river","council","budget"]}};w.ads=w.ads||[];w.ads.push(c${k});function t${k}(e){var x=d.createElement("img");x.src="/pixel?e="+encodeURIComponent(e)+"&r="+Math.random();d.body.appendChild(x)}d.addEventListener("scroll",function(){t${k}("scroll-${k}")},{passive:true});})();</script>`;
}

export function newsPage(targetBytes = 300 * 1024) {
	const head = [
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
		'<title>Riverton council delays river plan vote | The Riverton Ledger</title>',
		'<meta property="og:title" content="Riverton council delays river plan vote"><meta property="og:site_name" content="The Riverton Ledger">',
		'<meta property="article:published_time" content="2024-03-05T10:00:00Z"><meta name="author" content="Jane Roe">',
		'<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Riverton council delays river plan vote","datePublished":"2024-03-05T10:00:00Z"}</script>',
		`<style>${'.story p{margin:0 0 1em}.nav a{padding:4px}.share button{border:0}.related li{list-style:none}'.repeat(40)}</style>`,
	];
	const nav = `<header><nav class="nav"><ul>${['News', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather', 'Subscribe'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav></header>`;
	const body = Array.from({length: 24}, (_, k) => `<p>${paragraph(k)}</p>`).join('\n');
	const article = `<main><article class="story"><h1>Riverton council delays river plan vote</h1><p class="byline">By Jane Roe</p><div class="share"><button>Share</button><button>Tweet</button><button>Email</button></div>${body}</article>`;
	const related = `<aside class="related"><h2>Related stories</h2><ul>${Array.from({length: 12}, (_, k) => `<li><a href="/story/${k}">${names[k % names.length]} Says Council Will Vote Again on Plan ${k}</a></li>`).join('')}</ul></aside>`;
	const comments = `<section class="comments"><h2>Comments</h2>${Array.from({length: 30}, (_, k) => `<div class="comment"><p class="who">reader${k}</p><p>I think the council said the same thing last year, and nothing changed at all in ${places[k % places.length]}.</p></div>`).join('')}</section></main>`;
	const footer = '<footer><p>© 2024 The Riverton Ledger. All rights reserved.</p></footer>';
	let page = `${head.join('\n')}</head><body>${nav}${article}${related}${comments}${footer}`;
	// Real pages are mostly scripts: fill up to the target with them
	for (let k = 0; page.length < targetBytes - 20; k++) page += script(k);
	return `${page}</body></html>\n`;
}

/** Writes the page to a temporary file and returns its path. */
export function writeNewsPage() {
	const dir = path.join(os.tmpdir(), 'whosaid-bench');
	mkdirSync(dir, {recursive: true});
	const file = path.join(dir, 'news-page.html');
	writeFileSync(file, newsPage());
	return file;
}
