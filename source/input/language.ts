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

const wordSets = Object.entries(functionWords).map(([language, words]) => [language, new Set(words.split(' '))] as const);

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
	let latin = 0;
	for (let i = 0; i < sample.length; i++) {
		const code = sample.charCodeAt(i);
		if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) {
			latin++;
			continue;
		}

		if (code < 0x3_70) continue;
		for (const [name, from, to] of scripts) {
			if (code >= from && code <= to) {
				byScript.set(name, (byScript.get(name) ?? 0) + 1);
				break;
			}
		}
	}

	// Japanese mixes kana with Han characters: any kana in a mostly Han text makes it Japanese
	let best: [string, number] | undefined;
	for (const entry of byScript) if (!best || entry[1] > best[1]) best = entry;
	if (best && best[1] > latin) return best[0] === 'Chinese' && (byScript.get('Japanese') ?? 0) * 20 > best[1] ? 'Japanese' : best[0];

	const words = sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
	if (words.length < 40) return undefined;
	const counts = wordSets.map(([language, set]) => [language, words.filter((word) => set.has(word)).length] as const);
	const english = counts[0]![1];
	// English prose is a quarter to a third function words; a tenth is already no English
	if (english * 10 >= words.length) return undefined;
	const [language, count] = counts.slice(1).reduce((a, b) => (b[1] > a[1] ? b : a));
	return count > english * 2 ? language : 'another language';
}
