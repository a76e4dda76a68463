import test from 'ava';
import {parse, parseDate} from '../../source/article/parse.js';

test('date lines in the forms news sites print them', (t) => {
	t.is(parseDate('May 26, 2023'), '2023-05-26');
	t.is(parseDate('Sept. 5, 2021'), '2021-09-05');
	t.is(parseDate('December 31 2020'), '2020-12-31');
	t.is(parseDate('Updated 10:15 a.m. ET, Mon June 5, 2023'), '2023-06-05');
	t.is(parseDate('Published: Tuesday, Oct. 3, 2023'), '2023-10-03');
	t.is(parseDate('16:40, June 19, 2023'), '2023-06-19');
	t.is(parseDate('May 26, 2023, 11:02 p.m. UTC'), '2023-05-26');
	t.is(parseDate('2023-05-26'), '2023-05-26');
	t.is(parseDate('2023-05-26T08:15:00'), '2023-05-26');
	t.is(parseDate('2023-05-26 08:15'), '2023-05-26');
});

test('lines that only mention a date are not date lines', (t) => {
	t.is(parseDate('The talks began on May 26, 2023, in Moscow.'), undefined);
	t.is(parseDate('Mayday 26, 2023'), undefined);
	t.is(parseDate('2023-05-26 and more'), undefined);
	t.is(parseDate(''), undefined);
});

test('parse takes the date from the first date line, and keeps the line as a time paragraph', (t) => {
	const article = parse('Budget passes\n\nMay 26, 2023\n\nThe council voted on Friday.\n\nJune 1, 2023');
	t.is(article.date, '2023-05-26');
	t.is(article.title, 'Budget passes');
	t.deepEqual(
		article.paragraphs.map((paragraph) => paragraph.kind),
		['headline', 'time', 'body', 'time'],
	);
});

test('parse reads a "date YYYY-MM-DD title" first line as date and title', (t) => {
	const article = parse(' date 2023-05-26 Senior official visits Moscow\n\nBody text.');
	t.is(article.date, '2023-05-26');
	t.is(article.title, 'Senior official visits Moscow');
	t.is(article.paragraphs[0]!.text, 'Senior official visits Moscow');
});

test('an article without a date line has no date', (t) => {
	t.is(parse('Budget passes\n\nThe council voted on May 26, 2023.').date, undefined);
});

test('a paragraph that opens with a date is body text, not a date line', (t) => {
	const line = `May 26, 2023 ${'x'.repeat(100_000)}`;
	t.is(parse(`Title\n\n${line}`).paragraphs[1]!.kind, 'body');
});
