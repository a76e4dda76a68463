/*
 * Whether an article is in English, the only language whosaid attributes. Two cheap signals: the
 * script most letters are in, and for Latin script the share of words that are the commonest
 * function words of English and of the other languages news is most often read in. A library that
 * tells hundreds of languages apart (franc) would weigh more than the one question asked here.
 */

/** The commonest short words of each language: articles, prepositions, conjunctions, auxiliaries. */
const functionWords: Record<string, string> = {
	English: 'the of and to in is that for it was on with he as at by said his be from have has are not this but they an who were had will their been would its which after also she her',
	French: 'le la les de des du et est un une que qui dans pour pas sur au aux avec ce il elle été ont sont par plus ne se son sa ses nous cette mais ou comme',
	German: 'der die das und ist nicht ein eine zu den mit von sich des auf für im dem auch es wird sind hat wurde nach bei einer aus wie oder noch',
	Spanish: 'el la los las de del y que en un una es por con para se no su al lo como más fue ha sus pero este esta ya entre',
	Italian: 'il lo la gli le di del della e che in un una è per con non si da al sono ha anche più nel alla dei delle ma come',
	Portuguese: 'o a os as de do da e que em um uma é para com não se por ao dos das foi mais na no pelo pela mas como',
	Dutch: 'de het een en van is dat op te in niet zijn voor met die er maar ook worden werd naar bij aan hij zij',
};

const languages = Object.keys(functionWords);

/** The letters of a lower-case word as the count reads them: a-z and U+00E0–U+00FF, numbered from 1. */
const letterValue = (code: number): number => (code >= 0x61 && code <= 0x7a ? code - 0x60 : code >= 0xe0 && code <= 0xff ? code - 0xe0 + 27 : 0);

/** How many letters a word's key holds at most: the longest function word ("worden"). */
const keyLetters = 6;

/**
 * A short word as a number (its letters in base 59), so that words are looked up without a string made
 * for each: 59^6 is below 2^53, and words of up to five letters are small integers.
 */
function keyOf(word: string): number {
	let key = 0;
	for (let i = 0; i < word.length; i++) key = key * 59 + letterValue(word.charCodeAt(i));
	return key;
}

/** Function word key → a bit for each language that has it (bit 0: English). */
const languagesOfWord = new Map<number, number>();
for (const [bit, language] of languages.entries()) {
	for (const word of functionWords[language]!.split(' ')) {
		// A word the key cannot hold exactly would never be counted
		if (word.length > keyLetters || [...word].some((letter) => letterValue(letter.charCodeAt(0)) === 0)) throw new Error(`not a function word the count can read: ${word}`);
		languagesOfWord.set(keyOf(word), (languagesOfWord.get(keyOf(word)) ?? 0) | (1 << bit));
	}
}

/** Scripts other than Latin, by code point range. */
const scripts: Array<[string, number, number]> = [
	['Chinese', 0x4e_00, 0x9f_ff],
	['Japanese', 0x30_40, 0x30_ff],
	['Korean', 0xac_00, 0xd7_af],
	['Russian', 0x04_00, 0x04_ff],
	['Arabic', 0x06_00, 0x06_ff],
	['Greek', 0x03_70, 0x03_ff],
	['Hebrew', 0x05_90, 0x05_ff],
	['Hindi', 0x09_00, 0x09_7f],
	['Thai', 0x0e_00, 0x0e_7f],
];

/** How much of an article is looked at. */
const sampleLength = 20_000;

/** The language the text looks like when that is not English; undefined for English, or text too short to tell. */
export function notEnglish(text: string): string | undefined {
	const sample = text.slice(0, sampleLength);
	const byScript = new Map<string, number>();
	const counts = new Int32Array(languages.length);
	let latin = 0;
	// The words of sample.toLowerCase() (runs of a-z and U+00E0–U+00FF) counted in the same pass,
	// each character lowered on its own: the letters this counts are the same (wordCounter below)
	const words = new WordCounter(counts);
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if (code < 0x80) {
			if (code >= 0x61 && code <= 0x7a) {
				latin++;
				words.letter(code - 0x60);
			} else if (code >= 0x41 && code <= 0x5a) {
				latin++;
				words.letter(code - 0x40);
			} else words.boundary();
			continue;
		}

		if (code >= 0xc0 && code <= 0x24f) latin++;
		else if (code >= 0x3_70) {
			for (let k = 0; k < scripts.length; k++) {
				const [name, from, to] = scripts[k]!;
				if (code >= from && code <= to) {
					byScript.set(name, (byScript.get(name) ?? 0) + 1);
					break;
				}
			}
		}

		// À–Þ lower to à–þ (but ×, which is no letter), à–ÿ are lower case already
		if (code >= 0xe0 && code <= 0xff) words.letter(code - 0xe0 + 27);
		else if (code >= 0xc0 && code <= 0xde && code !== 0xd7) words.letter(code - 0xc0 + 27);
		else words.lowered(code);
	}

	words.boundary();

	// Japanese mixes kana with Han characters: any kana in a mostly Han text makes it Japanese
	let best: [string, number] | undefined;
	for (const entry of byScript) if (!best || entry[1] > best[1]) best = entry;
	if (best && best[1] > latin) return best[0] === 'Chinese' && (byScript.get('Japanese') ?? 0) * 20 > best[1] ? 'Japanese' : best[0];

	if (words.words < 40) return undefined;
	const english = counts[0]!;
	// English prose is a quarter to a third function words; a tenth is already no English
	if (english * 10 >= words.words) return undefined;
	// The other language with the most function words (the first listed among equals)
	let likeliest = 1;
	for (let k = 2; k < counts.length; k++) if (counts[k]! > counts[likeliest]!) likeliest = k;
	return counts[likeliest]! > english * 2 ? languages[likeliest]! : 'another language';
}

/**
 * Lower case of the characters past ASCII and Latin-1's letters, by code unit, as toLowerCase() makes
 * them ("Ÿ" → "ÿ", "K" (Kelvin) → "k", "İ" → "i" and a combining dot). Lowering a text unit by unit
 * gives the same letters a-z and à-ÿ as lowering it whole: the characters that lower differently in
 * context (Σ) or as pairs of units (outside the BMP) lower to none of them.
 */
const loweredUnits = new Map<number, string>();

/**
 * Counts the words it is given letter by letter (letterValue's numbers, 0 for none), and how many of
 * them are function words of each language into `counts`, in the order of `languages`. No string is
 * made per word: a short word's key is made of its letters as they come.
 */
class WordCounter {
	words = 0;
	private length = 0;
	private key = 0;

	constructor(private readonly counts: Int32Array) {}

	letter(value: number) {
		if (this.length < keyLetters) this.key = this.key * 59 + value;
		this.length++;
	}

	/** A character past Latin-1's letters, as the letters (or boundaries) of its lower case. */
	lowered(code: number) {
		let lower = loweredUnits.get(code);
		if (lower === undefined) loweredUnits.set(code, (lower = String.fromCharCode(code).toLowerCase()));
		for (let i = 0; i < lower.length; i++) {
			const value = letterValue(lower.charCodeAt(i));
			if (value === 0) this.boundary();
			else this.letter(value);
		}
	}

	boundary() {
		if (this.length === 0) return;
		this.words++;
		const bits = this.length <= keyLetters ? languagesOfWord.get(this.key) : undefined;
		if (bits !== undefined) for (let k = 0; k < this.counts.length; k++) if ((bits & (1 << k)) !== 0) this.counts[k]!++;
		this.length = 0;
		this.key = 0;
	}
}
