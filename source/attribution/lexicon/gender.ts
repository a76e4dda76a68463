/** The gender a first name tells, from the generated lists in first-names.ts. */
import {femaleFirstNames, maleFirstNames} from './first-names.js';

/** Female or male: what a first name or an honorific tells of a person. */
export type Gender = 'm' | 'f';

/**
 * Whether a list of words one space apart in sorted order holds `word`: a binary search of the string
 * itself: building a Set of the ~14,000 first names would cost every run more than an article's look-ups.
 */
function listed(list: string, word: string): boolean {
	// Positions in the list: `low` and `high` are where words start (or its end). The word read holds or
	// follows the position before the middle, and so starts in [low, middle]: each step narrows the range
	let low = 0;
	let high = list.length;
	while (low < high) {
		const start = list.lastIndexOf(' ', ((low + high) >>> 1) - 1) + 1;
		let end = list.indexOf(' ', start);
		if (end === -1) end = list.length;
		const candidate = list.slice(start, end);
		if (candidate === word) return true;
		if (candidate < word) low = end + 1;
		else high = start;
	}

	return false;
}

/**
 * Look-ups searched in the strings before the lists become Sets: an article names a few dozen people,
 * so building Sets would cost every run; a text of many thousands of new names repays it.
 */
const searchedLookups = 2000;
let lookups = 0;
let sets: {female: Set<string>; male: Set<string>} | undefined;

function genderOf(name: string): Gender | undefined {
	if (sets === undefined && ++lookups <= searchedLookups) return listed(femaleFirstNames, name) ? 'f' : listed(maleFirstNames, name) ? 'm' : undefined;
	sets ??= {female: new Set(femaleFirstNames.split(' ')), male: new Set(maleFirstNames.split(' '))};
	return sets.female.has(name) ? 'f' : sets.male.has(name) ? 'm' : undefined;
}

/** The accents that NFD splits off their letters: "françois" without them is "francois". */
const combiningMarks = /\p{M}/gu;

/**
 * The gender a lower-case first name tells, when it tells one clearly (see first-names.ts): "pete" → m,
 * "françois" → m (accents folded), "mary-kate" → f (by its first part); "jordan", "jean" → undefined.
 */
export function genderOfFirstName(name: string): Gender | undefined {
	const gender = genderOf(name);
	if (gender !== undefined || /^[a-z]*$/.test(name)) return gender;
	const folded = name.normalize('NFD').replaceAll(combiningMarks, '');
	const hyphen = folded.indexOf('-');
	return (folded === name ? undefined : genderOf(folded)) ?? (hyphen > 0 ? genderOf(folded.slice(0, hyphen)) : undefined);
}
