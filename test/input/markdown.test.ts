import test from 'ava';
import {analyse} from '../../source/analyse.js';
import {fromMarkdown} from '../../source/input/markdown.js';

const markdown = `# Riverton bridge to open *a month* late

The mayor of Riverton, **Ana Lopez**, said on Tuesday that the [new bridge](https://example.org/bridge "The bridge") would open in May.

> "We are ready to build," Lopez told reporters. "Safety comes first."

## What the council said

- Council member Rita Chen said the budget had grown by a third.
- Lopez said the figures would come out next week.

\`\`\`
printf 'Nobody said this, it is code.'
\`\`\`

![A photo of the bridge](bridge.jpg) Tom Hart said the steel came late, and \`git\` was not used.
`;

test('the first heading is the headline; quotes, list items and headings are paragraphs; markers and code never reach the text', (t) => {
	const {text, meta} = fromMarkdown(markdown);
	t.is(meta.title, 'Riverton bridge to open a month late');
	t.deepEqual(text.split('\n\n'), [
		'The mayor of Riverton, Ana Lopez, said on Tuesday that the new bridge would open in May.',
		'"We are ready to build," Lopez told reporters. "Safety comes first."',
		'What the council said',
		'Council member Rita Chen said the budget had grown by a third.',
		'Lopez said the figures would come out next week.',
		'Tom Hart said the steel came late, and git was not used.',
	]);
});

test('Markdown is attributed with no Markdown syntax in a statement', (t) => {
	const {text, meta} = fromMarkdown(markdown);
	const model = analyse(text, meta);
	t.is(model.article.title, 'Riverton bridge to open a month late');
	t.deepEqual(
		model.speakers.map((speaker) => speaker.name),
		['Ana Lopez', 'Rita Chen', 'Tom Hart'],
	);
	for (const statement of model.statements) t.notRegex(statement.text, /[*_`#>[\]]/);
});
