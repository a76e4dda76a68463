import type {Attributed} from '../model.js';

/**
 * Speakers across articles, merged by name and alias: "Nikolai Patrushev" in one story and
 * "Patrushev" in another are one speaker. Pure: models in, merged speakers out.
 *
 * Rules, in order:
 * 1. Speakers whose canonical names are equal once folded (case, accents, spacing) are one.
 * 2. A speaker named by one word only ("Patrushev") joins the one multi-word name that has that
 *    word as an alias or as its last word in some article; when several do ("Chen Wenqing",
 *    "Chen Jining") it stays apart, as the articles do not say which is meant.
 * Aliases alone never join two full names: two people called "Chen" share that alias.
 */

/** A statement of the corpus: article index and statement id in that article's model. */
export type StatementRef = {article: number; statement: number};

export type CorpusSpeaker = {
	/** The fullest name any article gives. */
	name: string;
	/** Every other form used, in any article. */
	aliases: string[];
	role?: string;
	/** Statements per article, in article order: the article index, its speaker id there, how many. */
	articles: Array<{article: number; speaker: string; count: number}>;
	/** Total statements across articles. */
	total: number;
};

const mark = /\p{M}/gu;

/** A name as compared: accents removed, lower case, one space between words. */
export function foldName(name: string): string {
	return name.normalize('NFD').replaceAll(mark, '').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

const words = (folded: string) => folded.split(' ').length;

/** The speakers of `models` merged (see above), most statements first, then by name. */
export function mergeSpeakers(models: ReadonlyArray<Attributed | undefined>): CorpusSpeaker[] {
	// Rule 1: groups by folded canonical name, in order of first appearance
	const groups = new Map<string, Array<{article: number; index: number}>>();
	models.forEach((model, article) => {
		model?.speakers.forEach((speaker, index) => {
			const key = foldName(speaker.name);
			const group = groups.get(key);
			if (group) group.push({article, index});
			else groups.set(key, [{article, index}]);
		});
	});

	// Rule 2: which multi-word names each single word may stand for
	const fullFor = new Map<string, Set<string>>();
	const claim = (word: string, full: string) => {
		let set = fullFor.get(word);
		if (!set) {
			set = new Set();
			fullFor.set(word, set);
		}

		set.add(full);
	};

	for (const [key, members] of groups) {
		if (words(key) < 2) continue;
		claim(key.split(' ').at(-1)!, key);
		for (const {article, index} of members) {
			for (const alias of models[article]!.speakers[index]!.aliases) {
				const folded = foldName(alias);
				if (words(folded) === 1) claim(folded, key);
			}
		}
	}

	const target = new Map<string, string>();
	for (const key of groups.keys()) {
		const fulls = words(key) === 1 ? fullFor.get(key) : undefined;
		target.set(key, fulls?.size === 1 ? [...fulls][0]! : key);
	}

	const merged = new Map<string, Array<{article: number; index: number}>>();
	for (const [key, members] of groups) {
		const into = target.get(key)!;
		const list = merged.get(into);
		if (list) list.push(...members);
		else merged.set(into, [...members]);
	}

	const out: CorpusSpeaker[] = [];
	for (const members of merged.values()) {
		members.sort((a, b) => a.article - b.article || a.index - b.index);
		const speakers = members.map(({article, index}) => models[article]!.speakers[index]!);
		// The fullest name: most words, then the longest, then the first met
		const name = speakers.map((speaker) => speaker.name).reduce((best, next) => (words(foldName(next)) > words(foldName(best)) || (words(foldName(next)) === words(foldName(best)) && next.length > best.length) ? next : best));
		const seen = new Set([foldName(name)]);
		const aliases: string[] = [];
		for (const form of speakers.flatMap((speaker) => [speaker.name, ...speaker.aliases])) {
			const folded = foldName(form);
			if (seen.has(folded)) continue;
			seen.add(folded);
			aliases.push(form);
		}

		const role = speakers.find((speaker) => speaker.role)?.role;
		const articles = members.map(({article}, i) => ({article, speaker: speakers[i]!.id, count: speakers[i]!.statements.length}));
		const total = articles.reduce((sum, one) => sum + one.count, 0);
		out.push({name, aliases, ...(role ? {role} : {}), articles, total});
	}

	const collator = new Intl.Collator();
	return out.sort((a, b) => b.total - a.total || collator.compare(a.name, b.name));
}
