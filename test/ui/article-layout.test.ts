import test from 'ava';
import type {Attributed, Statement} from '../../source/model.js';
import {ArticleLayout, compare, placedIn} from '../../source/ui/article-layout.js';
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

/** One paragraph of `count` statements, each followed by a little narration. */
function oneParagraph(count: number): Attributed {
	const speakers = [{id: 'ada-brill', name: 'Ada Brill', aliases: [], kind: 'person' as const, statements: [] as number[]}];
	const statements: Statement[] = [];
	let text = '';
	for (let id = 0; id < count; id++) {
		const said = `"Point ${id} stands," Brill said${id % 2 === 0 ? ' so' : ''}.`;
		statements.push({id, speaker: 'ada-brill', paragraph: 1, text: said, start: text.length, end: text.length + said.length, cue: 'said', mode: 'direct', resolution: 'alias', mention: 'Brill'});
		speakers[0]!.statements.push(id);
		text += `${said} Rain fell${id % 3 === 0 ? ' all day long over the hills' : ''}. `;
	}

	return {article: {title: 'Points', date: undefined, paragraphs: [{index: 0, kind: 'headline', text: 'Points'}, {index: 1, kind: 'body', text: text.trim()}]}, speakers, statements};
}

test('a paragraph of hundreds of statements: each row finds the statements on it, each statement its rows', (t) => {
	const model = oneParagraph(300);
	// Many widths: rows start and end in every part of a statement
	for (let width = 12; width <= 48; width += 3) {
		const layout = new ArticleLayout(model, width);
		const block = layout.block(1);
		t.true(block.lines.length > 300);
		for (const line of block.lines) {
			const expected = block.placed.filter((item) => item.span.end > line.start && item.tag.start < line.end);
			t.deepEqual(placedIn(block, line.start, line.end), expected);
		}

		const lineOf = (offset: number) => Math.max(0, block.lines.findLastIndex((range) => range.start <= offset));
		for (const item of block.placed) {
			t.deepEqual(layout.where(item.statement), {first: {paragraph: 1, line: lineOf(item.tag.start)}, last: {paragraph: 1, line: lineOf(item.span.end - 1)}});
		}
	}
});
