import test from 'ava';
import {detectFormat} from '../../source/input/detect.js';
import {articlePage, articleText} from './fixture.js';

test('a page is HTML by its doctype or <html>, whatever its name', (t) => {
	t.is(detectFormat(articlePage(), 'story.txt'), 'html');
	t.is(detectFormat('\n  <html><body><p>Hi</p></body></html>'), 'html');
	t.is(detectFormat('<!-- saved from url=(0042)https://example.org/ -->\n<html>'), 'html');
});

test('a page without a doctype is HTML by its markup; an .html name breaks a tie', (t) => {
	const fragment = `${'<div class="story"><p>The mayor said yes.</p>\n'.repeat(20)}</div>`;
	t.is(detectFormat(fragment), 'html');
	t.is(detectFormat('<p>One.</p><p>Two.</p><p>Three said.</p>', 'a.html'), 'html');
	t.is(detectFormat('<p>One.</p><p>Two.</p><p>Three said.</p>', 'a.txt'), 'text');
});

test('text that carries a few tags, or tags that are no HTML, stays text', (t) => {
	t.is(detectFormat(articleText()), 'text');
	t.is(detectFormat('Title\n\nShe wrote <b>bold</b> things, he said.\n'), 'text');
	const tweets = `Title\n\n${'<tweet pic="" author="someone" timestamp="1449075600" tweet_id="672137288055398401">\n</tweet>\n'.repeat(12)}`;
	t.is(detectFormat(tweets), 'text');
});

test('Markdown by its name, or by a heading first and more syntax', (t) => {
	t.is(detectFormat('Title\n\nText.', 'notes.md'), 'markdown');
	t.is(detectFormat('# Title\n\nThe mayor said [yes](https://example.org).\n'), 'markdown');
	t.is(detectFormat('Title\n\n## Part one\n\nText **bold**.\n\n## Part two\n'), 'markdown');
	t.is(detectFormat('# Title\n\nThe mayor said yes.\n'), 'text');
	t.is(detectFormat('Title\n\n- a list item said\n\nText.'), 'text');
});
