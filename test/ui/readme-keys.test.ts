import fs from 'node:fs';
import test from 'ava';
import {bindings, helpLines, keysForHelp, keysMarkdown} from '../../source/ui/keys.js';

const readme = fs.readFileSync(new URL('../../readme.md', import.meta.url), 'utf8');

test("the readme's key table is the one generated from the key table (npm run readme refreshes it)", (t) => {
	const start = readme.indexOf('<!-- keys:start -->\n');
	const end = readme.indexOf('\n<!-- keys:end -->');
	t.true(start >= 0 && end > start, 'the readme has a keys block');
	t.is(readme.slice(start + '<!-- keys:start -->\n'.length, end), keysMarkdown());
});

test('the help overlay and --help list every binding, with where it applies', (t) => {
	t.is(helpLines().length, bindings.length);
	for (const binding of bindings) {
		t.true(keysMarkdown().includes(`| ${binding.keys.replaceAll('|', String.raw`\|`)} | ${binding.description} |`), binding.keys);
		t.true(keysForHelp().includes(binding.description), binding.keys);
	}

	t.regex(keysForHelp(), /^ {2}s +find a speaker by name, alias or role \(fuzzy\) \(panes, corpus\)$/m);
});
