import test from 'ava';
import fc from 'fast-check';
import {analyse} from '../../source/analyse.js';
import {lines} from '../helpers/attribute.js';

// Issue 13 item 5: a text that opens with "of" made the speaker phrase read the token before the first
test('a text that starts mid-sentence with "of" is analysed, not a crash', (t) => {
	const model = analyse('of war. Tunisian forces have also');
	t.is(model.article.paragraphs.length, 1);
	t.deepEqual(model.statements, []);
});

test('a sentence after a fragment that starts with "of" keeps its speaker', (t) => {
	t.deepEqual(lines(analyse('of war. Ivo Marsh said the port is closed.')), ['Ivo Marsh: Ivo Marsh said the port is closed.']);
});

/** Invented news prose in the shapes the rules read: names, titles, appositions, quotes of each style, colons, dashes. */
const prose = `Lune Harbour Reopens After Storm

VALE, March 3 (Lune Wire) -- The port of Vale reopened on Monday, Harbour Master Ivo Marsh said.

"We were lucky," Marsh told reporters. "The wall held, and the cranes are safe."

A spokeswoman for the Ministry of Transport, Lena Voss, said the ministry would pay for repairs, adding that crews had worked through the night.

According to Oda Venn, a dock worker of 31 years, the water rose faster than in 1998. "It came over the wall in minutes," she said.

Officials in Vale, who asked not to be named, said the damage ran into the millions. About 4 in 10 residents say they were never warned.

Mayor Ari Sol: "The town owes the crews a great deal."

But Sen. Tomas Orr (R-Lune) -- a critic of the port authority -- questioned the timing, calling the warnings "too little, too late."

„Wir bauen höher“, sagte Ilse Varga. «On reconstruira», a dit Jean Roux. Marsh, asked whether the port would close again, replied that it would not.

The company, Acme Corp., declined to comment. He said it was over. of Smith`;

const words = prose.split(/(\s+)/);

test('analyse() never throws on prose cut at any word or character, lower-cased or not', (t) => {
	fc.assert(
		fc.property(fc.nat(words.length), fc.nat(words.length), fc.boolean(), fc.nat(40), (a, b, lower, trim) => {
			const [from, to] = a <= b ? [a, b] : [b, a];
			let text = words.slice(from, to).join('').slice(trim);
			if (lower) text = text.toLowerCase();
			const model = analyse(text);
			// Every statement is the span of its paragraph it says it is
			for (const statement of model.statements) {
				const paragraph = model.article.paragraphs.find((p) => p.index === statement.paragraph)!;
				if (paragraph.text.slice(statement.start, statement.end) !== statement.text) return false;
			}

			return true;
		}),
		{numRuns: 600},
	);
	t.pass();
});

test('analyse() never throws on any slice of the prose by characters', (t) => {
	fc.assert(
		fc.property(fc.nat(prose.length), fc.nat(prose.length), (a, b) => {
			analyse(prose.slice(Math.min(a, b), Math.max(a, b)));
		}),
		{numRuns: 600},
	);
	t.pass();
});

test('analyse() never throws on the prose\'s words shuffled into new sentences', (t) => {
	const tokens = prose.split(/\s+/);
	fc.assert(
		fc.property(fc.array(fc.nat(tokens.length - 1), {maxLength: 40}), fc.constantFrom(' ', '\n\n', ', '), (picks, glue) => {
			analyse(picks.map((k) => tokens[k]).join(glue));
		}),
		{numRuns: 600},
	);
	t.pass();
});

test('a lone capital, a name as the last word and a lone quote mark are analysed', (t) => {
	for (const text of ['A', 'Marsh', 'said Marsh', 'Marsh said', '"', '“', '” he said', 'of', ', said', 'Mr.', 'according to', ':', 'Ivo Marsh:', '— a teacher —', '(R-Lune) said']) {
		t.notThrows(() => analyse(text), text);
	}
});

test('analyse() never throws on the prose with quote marks of every style and format characters put anywhere', (t) => {
	const marks = ['"', '“', '”', '„', '«', '»', '‚', '‘', '’', '‹', '›', '「', '」', '『', '』', "''", '``', '\u200D', '\u200C', '\uFE0F', '\u{E0100}'];
	fc.assert(
		fc.property(fc.array(fc.tuple(fc.nat(prose.length), fc.constantFrom(...marks)), {maxLength: 12}), fc.nat(prose.length), (insertions, cut) => {
			let text = prose.slice(cut);
			for (const [at, mark] of insertions) text = text.slice(0, at % (text.length + 1)) + mark + text.slice(at % (text.length + 1));
			const model = analyse(text);
			return model.statements.every((statement) => model.article.paragraphs.find((p) => p.index === statement.paragraph)!.text.slice(statement.start, statement.end) === statement.text);
		}),
		{numRuns: 300},
	);
	t.pass();
});
