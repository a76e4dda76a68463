import test from 'ava';
import {ArticleLayout, compare} from '../../source/ui/article-layout.js';
import {bundled} from './harness.js';
import {longModel} from './long-model.js';

test('every statement is tagged with its speaker in the article text', (t) => {
	const layout = new ArticleLayout(bundled, 60);
	for (const statement of bundled.statements) {
		const block = layout.block(layout.find(statement.paragraph));
		const placed = block.placed.find((item) => item.statement.id === statement.id)!;
		const name = bundled.speakers.find((speaker) => speaker.id === statement.speaker)!.name;
		t.is(block.text.slice(placed.tag.start, placed.tag.end), `[${name}]`);
		t.is(block.text.slice(placed.span.start, placed.span.end), statement.text);
	}
});

test('reveal brings a far statement on screen and leaves a visible one where it is', (t) => {
	const model = longModel(2000);
	const layout = new ArticleLayout(model, 50);
	const height = 20;
	const top = {paragraph: 0, line: 0};
	const far = model.statements[1500]!;
	const moved = layout.reveal(top, far, height);
	const {first, last} = layout.where(far);
	t.true(compare(moved, first) <= 0);
	t.true(compare(last, layout.advance(moved, height - 1)) <= 0);
	t.deepEqual(layout.reveal(moved, far, height), moved);
});

test('advance walks rows across paragraphs and stops at both ends', (t) => {
	const layout = new ArticleLayout(longModel(50), 40);
	const start = {paragraph: 0, line: 0};
	t.deepEqual(layout.advance(start, -5), start);
	const forward = layout.advance(start, 30);
	t.deepEqual(layout.advance(forward, -30), start);
	t.deepEqual(layout.advance(start, 1_000_000), layout.advance(layout.lastTop(1), 0));
});
