import {companyHeads, companySuffixes, type Gender, genderOfFirstName, organisationWords, personNouns, protagonistHeads, spelledOut} from '../lexicon/index.js';
import {type Mention, withoutArticle} from '../grammar/mention.js';
import {withoutFormat} from '../text/tokens.js';
import type {Entity} from './entity.js';
import {NameIndex} from './name-index.js';


/** Lower-case words of a name or role, without possessive 's, abbreviation periods and middle initials: a new array. */
function splitName(name: string): string[] {
	if (letterWords(name) === 0) return splitAnyName(name);
	return withoutInitials(name.toLowerCase().split(' '));
}

/** The number of words of a plain name (ASCII letters in words one space apart, as most names are), or 0. */
export function plainWords(name: string): number {
	let letter = false;
	let words = 0;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i) | 0x20;
		if (code >= 0x61 && code <= 0x7a) {
			if (!letter) words++;
			letter = true;
		} else if (name.charCodeAt(i) === 0x20 && letter) letter = false;
		else return 0;
	}

	return letter ? words : 0;
}

/** The words of more than one letter, as splitName keeps them: the array itself when all are. */
const withoutInitials = (words: string[]): string[] => (words.every((word) => word.length > 1) ? words : words.filter((word) => word.length > 1));

/** Letters of any script in words one space apart ("Мао Нин"): no apostrophe, period or other space for the patterns below to find. */
const lettersOnly = /^\p{L}+(?: \p{L}+)*$/u;

/**
 * The number of words of a name of letters (of any script) one space apart, as lettersOnly matches
 * them, or 0. Each such word is one token, whose lower case is the word's (a space ends the context
 * of a Greek final sigma). Letters are known by code unit, not by the pattern, which cost more than
 * the rest of a name's look-up; a name with surrogates (letters beyond the first plane) asks it.
 */
function letterWords(name: string): number {
	let letter = false;
	let words = 0;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (code === 0x20 && letter) letter = false;
		else if (code >= 0xd8_00 && code <= 0xdf_ff) return lettersOnly.test(name) ? name.split(' ').length : 0;
		else if (isLetter(code)) {
			if (!letter) words++;
			letter = true;
		} else return 0;
	}

	return letter ? words : 0;
}

/** Per code unit, whether it is a letter: 0 not asked yet, 1 a letter, 2 not. */
const letterCodes = new Uint8Array(0x1_00_00);
const letterPattern = /\p{L}/u;

function isLetter(code: number): boolean {
	if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
	let known = letterCodes[code]!;
	if (known === 0) letterCodes[code] = known = letterPattern.test(String.fromCharCode(code)) ? 1 : 2;
	return known === 1;
}

function splitAnyName(name: string): string[] {
	return withoutFormat(name)
		.toLowerCase()
		.replaceAll(/['’]s\b/g, '')
		.split(/[\s]+/)
		.filter((word) => word.length > 1 || /\w/.test(word))
		.map((word) => word.replace(/\.$/, ''))
		.filter((word) => !/^[a-z]$/.test(word)); // Middle initials
}


/**
 * Roles and descriptions repeat through an article, and coreference reads each of them many
 * times (every candidate of every description): remember what was read instead of running the
 * patterns again. Bounded, so that endless distinct texts cannot grow it without end.
 * (Names are split every time: see Registry.wordsOf.)
 * The arrays are shared: callers must not change them.
 */
class SplitCache<T> {
	private readonly cache = new Map<string, T>();
	constructor(private readonly split: (text: string) => T) {}

	get(text: string): T {
		let words = this.cache.get(text);
		if (words === undefined) {
			words = this.split(text);
			if (this.cache.size >= 50_000) this.cache.clear();
			this.cache.set(text, words);
		}

		return words;
	}
}

/** What coreference reads of a description's text ("the Chinese foreign minister"): made once per text, not per mention. */
const descriptions = new SplitCache((text) => {
	const bare = withoutArticle(text);
	return {
		/** Without its article: "Chinese foreign minister". */
		bare,
		words: splitName(bare),
		/** What an unnamed entity of this description is kept by: made when first needed (see keyOf). */
		key: undefined as string | undefined,
		/** The words before the head, but those naming an organisation: made when first needed (see modifiersOf). */
		modifiers: undefined as readonly string[] | undefined,
		/** "the ...", "this ...", "Smith's ...": someone already met. */
		definite: /^(?:the|this|that)\s/i.test(text) || /['’]s\s/.test(text),
		oneWord: !/\s/.test(text),
		/** The name it gives an entity it turns out to be. */
		alias: text.replace(/^(?:the|this|that)\s+/i, ''),
	};
});
type Description = ReturnType<typeof descriptions.get>;

/**
 * A description's key and modifiers are kept once made, but made only when needed: an article of many
 * distinct descriptions (whose entries fill the cache and are dropped) needs one or the other.
 */
const keyOf = (description: Description): string => (description.key ??= description.words.join(' '));

function modifiersOf(description: Description): readonly string[] {
	if (description.modifiers) return description.modifiers;
	const {words} = description;
	const modifiers = words.length > 1 ? words.slice(0, -1) : noWords;
	return (description.modifiers = modifiers.some((word) => organisationWords.has(word)) ? modifiers.filter((word) => !organisationWords.has(word)) : modifiers);
}

/** What is read of a role ("Sen.", "foreign ministry spokesperson"): one look-up per mention, however many uses. */
const roles = new SplitCache((role) => {
	const words = splitName(role);
	return {
		words,
		/** Titles spelt out, for the entity's roleWords. */
		spelledOut: words.map((word) => spelledOut.get(word) ?? word),
		/** The head nouns it may share with a description: each word, its plural and its singular. */
		heads: words.flatMap((word) => (word.endsWith('s') ? [word, `${word}s`, word.slice(0, -1)] : [word, `${word}s`])),
	};
});

/** Whether some word starts with the first five letters of `word` ("ministers" fits "minister"). */
const hasPrefix = (words: readonly string[], word: string): boolean => {
	const stem = word.slice(0, 5);
	return words.some((other) => other.startsWith(stem));
};

/** Whether every modifier starts like a word of one list or the other. */
function allPrefixed(modifiers: readonly string[], words: readonly string[], otherWords: readonly string[]): boolean {
	for (const modifier of modifiers) if (!hasPrefix(words, modifier) && !hasPrefix(otherWords, modifier)) return false;
	return true;
}

/** "official" and "officials" are one head noun. */
const sameOrPlural = (a: string, b: string) =>
	a === b || (a.length === b.length + 1 && a.endsWith('s') && a.startsWith(b)) || (b.length === a.length + 1 && b.endsWith('s') && b.startsWith(a));

/**
 * A bit for the first two letters of a word (all bits for a shorter one): a word that is another or
 * its plural or singular has the other's bit. Hashed, as many words share their first letter.
 */
const startBit = (word: string): number => (word.length < 2 ? -1 : 1 << (Math.imul((word.charCodeAt(0) << 16) | word.charCodeAt(1), 0x9e_37_79_b1) >>> 27));

function startBits(words: readonly string[]): number {
	let bits = 0;
	for (let i = 0; i < words.length; i++) bits |= startBit(words[i]!);
	return bits;
}

/** What a description's head is compared with, for headBits: an organisation's name words, a person's role words. */
const haystackOf = (entity: Entity): readonly string[] => (entity.kind === 'organisation' ? entity.words : entity.roleWords);


/** An organisation whose name ends as a company's does ("Acme Corp.", "Lenk Ltd"): a name word never keeps its period. */
const isCompany = (entity: Entity): boolean => entity.kind === 'organisation' && companySuffixes.has(entity.words.at(-1)!);

/**
 * Whether some word is `head` or its plural or singular. Such a word starts with the head's first
 * letter: the others (most words of most roles, read for every description) are passed over on it.
 */
function hasHead(words: readonly string[], head: string): boolean {
	const first = head.charCodeAt(0);
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		if (word.charCodeAt(0) === first && sameOrPlural(word, head)) return true;
	}

	return false;
}

const pointsToProtagonist = (head: string): boolean => protagonistHeads.has(head);
/** A person fits a head when its role says so, or says nothing that contradicts it. */
/** The head noun of a description ("spokesman" in "the foreign ministry spokesman", "officials" in "officials in Beijing"). */
const headOf = (entity: Entity): string => entity.head ?? entity.words.at(-1) ?? '';

const fitsRole = (entity: Entity, head: string): boolean => {
	const words = entity.roleWords;
	return words.length === 0 || words.some((word) => sameOrPlural(word, head)) || !words.some((word) => personNouns.has(word));
};

/** The role words of an entity without a role: one array for all of them. */
const noWords: readonly string[] = [];
/** The joins of an entity not in the name index yet (descriptions never are): NameIndex.add() replaces them, never grows them. */
const noJoins: Entity['joins'] = [];

/** The entities of one article, with the coreference rules that find them again. */
export class Registry {
	readonly entities: Entity[] = [];
	/** Alias look-up without scanning every entity. */
	private readonly names = new NameIndex();
	private readonly descriptions = new Map<string, Entity>();
	/** The latest person of each gender by surname: see namesake(). A map per gender, so that a look-up makes no key. */
	private readonly namesakes = {m: new Map<string, Entity>(), f: new Map<string, Entity>()};
	/** The same, by head noun ("spokesman"), without those merged into a named entity: what a role is checked against. */
	private readonly descriptionsByHead = new Map<string, Entity[]>();
	/** Most recent first, bounded: coreference looks back a few dozen entities, never the whole article. */
	private readonly recentlySalient: Entity[] = [];
	private readonly recentlyMentioned: Entity[] = [];
	/** The position of the first sentence of the paragraph being read. */
	paragraphStart = 0;

	/** Follows merges to the entity that stands for the others. */
	static canonical(entity: Entity): Entity {
		let current = entity;
		while (current.mergedInto) current = current.mergedInto;
		return current;
	}

	/** Finds or creates the entity a name refers to. "Chen" finds "Chen Wenqing"; "Donald J. Trump" finds "Donald Trump". */
	named(mention: Mention, position: number): {entity: Entity; alias: boolean} {
		const name = mention.name!;
		const words = this.wordsOf(name, mention.nameLowers);
		let found = this.names.find(words, mention.organisation ? 'organisation' : 'person');
		// "Mr. Vance" when the Vance found is a woman: another person of that surname
		if (found?.gender !== undefined && mention.honorific !== undefined && found.gender !== mention.honorific && words.length === 1) found = this.namesake(name, words, mention.honorific, position);
		if (found) {
			const entity = found;
			const alias = name !== entity.name;
			if (words.length > entity.words.length && words.includes(entity.words.at(-1)!)) {
				// A fuller form of the name: it becomes canonical and the old one an alias
				addAlias(entity, entity.name);
				entity.name = name;
				entity.words = this.indexWords(words);
				entity.headBits = startBits(haystackOf(entity));
				this.names.add(entity);
				this.enrich(entity, mention, true);
			} else {
				if (alias) addAlias(entity, name);
				this.enrich(entity, mention, false);
			}

			this.mention(entity, position);
			return {entity, alias: alias && words.length < entity.words.length};
		}

		const entity = this.create(name, this.indexWords(words), mention.organisation ? 'organisation' : 'person', position);
		this.names.add(entity);
		this.enrich(entity, mention, true);
		this.mention(entity, position);
		return {entity, alias: false};
	}

	/**
	 * The person a surname with an honorific names when the one the name index found has the other
	 * gender ("Mr. Vance" after "Leila Vance"): the latest person of the honorific's gender and
	 * that surname ("Omar Vance"), or a new one.
	 */
	private namesake(name: string, words: string[], honorific: Gender, position: number): Entity {
		const other = this.namesakes[honorific].get(words[0]!);
		// Filed under that gender, it may have taken the other since (an honorific sets it)
		if (other && Registry.canonical(other).gender === honorific) return Registry.canonical(other);
		const entity = this.create(name, this.indexWords(words), 'person', position);
		entity.gender = honorific;
		this.names.add(entity);
		this.noteGender(entity);
		return entity;
	}

	/** Files a person whose gender is known by gender and surname, for namesake(). */
	private noteGender(entity: Entity) {
		if (entity.kind === 'person' && entity.gender !== undefined) this.namesakes[entity.gender].set(entity.words.at(-1)!, entity);
	}

	/**
	 * A name's words: split every time, as a split of a plain name costs less than a look-up in a
	 * cache of all the names of an article. A name of letters one space apart (see letterWords), in
	 * any script, whose tokens are its words (`lowers`, a new array) takes their lower case: the
	 * tokens' strings, shared by all occurrences, are found in the index without lower-casing and
	 * hashing a new string per word. (A new array, which indexWords() may change.)
	 */
	private wordsOf(name: string, lowers: string[] | undefined): string[] {
		return lowers !== undefined && lowers.length === letterWords(name) ? withoutInitials(lowers) : splitName(name);
	}

	/**
	 * The words an entity keeps, as the index's strings of them (one string per word): names of its
	 * words compare them by identity. Made only when an entity takes the words: a look-up compares
	 * the words it is given by content, as the index's keys do, and most look-ups (a name met again)
	 * need no index string of a word but its last, which find() looks up anyway.
	 */
	private indexWords(words: string[]): readonly string[] {
		for (let i = 0; i < words.length; i++) words[i] = this.names.word(words[i]!);
		return words;
	}

	/** A new entity, every field set so that all entities share one object shape (keeps hot code fast). */
	private create(name: string, words: readonly string[], kind: Entity['kind'], position: number): Entity {
		const entity: Entity = {
			key: this.entities.length,
			name,
			words,
			aliases: undefined,
			kind,
			role: undefined,
			roleWords: noWords,
			headBits: 0,
			gender: undefined,
			head: undefined,
			salience: -1,
			mentioned: position,
			mergedInto: undefined,
			hasStatements: false,
			joins: noJoins,
			members: undefined,
		};
		entity.headBits = startBits(haystackOf(entity));
		this.entities.push(entity);
		return entity;
	}

	/** Marks an entity as the subject or speaker of the sentence at `position`. */
	touch(entity: Entity, position: number) {
		entity.salience = position;
		// Mostly resolved at this position just now (a claim's speaker, a narration's subject): the name index has the mention
		if (entity.mentioned !== position) {
			entity.mentioned = position;
			this.names.mentioned(entity);
		}

		bump(this.recentlySalient, entity);
		bump(this.recentlyMentioned, entity);
	}

	mention(entity: Entity, position: number) {
		entity.mentioned = position;
		this.names.mentioned(entity);
		bump(this.recentlyMentioned, entity);
	}

	/** `renamed`: the entity is new, or its words have just changed. */
	private enrich(entity: Entity, mention: Mention, renamed: boolean) {
		if (mention.role && (!entity.role || mention.role.length > entity.role.length)) {
			entity.role = mention.role;
			entity.roleWords = roles.get(mention.role).spelledOut;
			entity.headBits = startBits(haystackOf(entity));
		}

		if (mention.honorific) entity.gender = mention.honorific;
		// By the first name, looked up only when it may be new: a look-up that found nothing finds nothing again.
		// A name of one word is most often a surname ("Warren", "Christie"): it tells nothing
		else if (!entity.gender && entity.kind === 'person' && renamed && entity.words.length > 1) entity.gender = genderOfFirstName(entity.words[0]!);
		if (renamed || mention.honorific) this.noteGender(entity);

		if (mention.role) this.absorbDescriptions(entity, mention.role);
	}

	/**
	 * "A foreign ministry spokesperson said ..." then "spokesperson Mao Ning told ...":
	 * an unnamed speaker whose head noun the named entity's role repeats is that entity.
	 */
	private absorbDescriptions(entity: Entity, role: string) {
		if (entity.kind !== 'person' || this.descriptionsByHead.size === 0) return;
		const {words: roleWords, heads} = roles.get(role);
		// The one unnamed speaker whose head noun the role names (or its plural); of two or more, none.
		// Looked up by head, not checked one by one, so that many descriptions and roles stay linear
		let description: Entity | undefined;
		for (const head of heads) {
			const list = this.descriptionsByHead.get(head);
			if (!list) continue;
			dropMerged(list);
			for (const candidate of list) {
				if (!candidate.hasStatements || candidate === description) continue;
				if (description) return;
				description = candidate;
			}
		}

		if (!description) return;
		const head = headOf(description);
		if (head.endsWith('s') && !roleWords.includes(head)) return; // Plural "officials" is not one person
		description.mergedInto = entity;
		addAlias(entity, description.name);
		entity.hasStatements = true;
	}

	/**
	 * "Senators Ada Voss, Ivo Marsh and Lena Holt": several named people who speak together, one group of its own whose
	 * members are the persons (each found or created as a name is). Never found again by a name or a description.
	 */
	group(mention: Mention, position: number): Entity {
		const members = mention.members!.map((member) => this.named(member, position).entity);
		const entity = this.create(mention.text, members.flatMap((member) => member.words), 'description', position);
		entity.members = members;
		// "they" after the group means it (a plural head)
		entity.head = 'people';
		if (mention.role) entity.role = mention.role;
		this.mention(entity, position);
		return entity;
	}

	/** "the spokesman", "the Chinese foreign minister", "the ministry": the most recent entity the description fits, or a new unnamed one. */
	describedBy(mention: Mention, position: number): {entity: Entity; resolved: boolean} {
		const head = mention.head!;
		const description = descriptions.get(mention.text);
		const {bare, words, definite, oneWord, alias} = description;
		let best: Entity | undefined;
		if (definite || oneWord) {
			// Every other word of the description must fit too: "the Chinese foreign minister"
			const modifiers = modifiersOf(description);
			// "the company" is an organisation, not the executive whose role mentions one
			const namesOrganisation = organisationWords.has(head) && !personNouns.has(head);
			const headBit = startBit(head);
			// "the company", "the firm": also an organisation named as a company is ("Acme Inc")
			const companyHead = companyHeads.has(head);
			for (const candidate of this.recentlyMentioned) {
				if (candidate.mergedInto || candidate.kind === 'description') continue;
				const company = companyHead && isCompany(candidate);
				if (!company && (candidate.headBits & headBit) === 0) continue;
				if (candidate.kind === 'person' && namesOrganisation) continue;
				const role = candidate.roleWords;
				const haystack = haystackOf(candidate);
				if (!(company || hasHead(haystack, head)) || !allPrefixed(modifiers, haystack, role)) continue;
				if (!best || candidate.mentioned > best.mentioned) best = candidate;
			}
		}

		// "the Texas senator", "the billionaire businessman": a description that names an office or a
		// standing rather than a job of the staff is the person the story is about, if one is salient
		best ??= definite && pointsToProtagonist(head) ? this.mostRecent((candidate) => candidate.kind === 'person' && fitsRole(candidate, head), 'salience', position, 6) : undefined;
		if (best) {
			// The description is one more way the article names them ("Texas senator")
			const known = best.roleWords;
			if (best.kind === 'person' && !words.every((word) => known.includes(word))) addAlias(best, alias);
			this.mention(best, position);
			return {entity: best, resolved: true};
		}

		const key = keyOf(description);
		let entity = this.descriptions.get(key);
		if (entity) entity = Registry.canonical(entity);
		else {
			entity = this.create(bare, words, 'description', position);
			if (head !== words.at(-1)) entity.head = head;
			this.descriptions.set(key, entity);
			const list = this.descriptionsByHead.get(head);
			if (list) list.push(entity);
			else this.descriptionsByHead.set(head, [entity]);
		}

		this.mention(entity, position);
		return {entity, resolved: false};
	}

	/** he/she: the most recent compatible speaker or narration subject; failing that, the most recent compatible person named. */
	pronoun(pronoun: string, position: number, window = 40): Entity | undefined {
		// "they" is a group that spoke or acted within the last few sentences: further back, the group meant is too often another
		if (pronoun === 'they') return this.mostRecent((entity) => entity.kind === 'description' && headOf(entity).endsWith('s'), 'salience', position, theyWindow);
		if (pronoun === 'it') return this.mostRecent((entity) => entity.kind === 'organisation', 'salience', position, window);
		if (pronoun !== 'he' && pronoun !== 'she') return undefined;
		const gender: Gender = pronoun === 'he' ? 'm' : 'f';
		// A description must be one person ("the spokesman", not "officials"); a name may end in s ("Sanders")
		const fits = (entity: Entity) =>
			(entity.kind === 'person' || (entity.kind === 'description' && personNouns.has(headOf(entity)))) && (entity.gender === undefined || entity.gender === gender);
		let entity = this.mostRecent(fits, 'salience', position, window);
		// A name of unknown gender from an earlier paragraph, just ahead of one whose gender agrees: either may be
		// meant (the first is often no person, "Young Latinos"; often it is), and a wrong speaker is worse than none,
		// so he/she stays unresolved. One that spoke or acted in this paragraph is meant.
		if (entity && entity.gender === undefined && entity.salience < this.paragraphStart) {
			const agreeing = this.mostRecent((candidate) => fits(candidate) && candidate.gender === gender, 'salience', position, window);
			if (agreeing && entity.salience - agreeing.salience <= 2) return undefined;
		}

		entity ??= this.mostRecent((candidate) => candidate.kind === 'person' && fits(candidate), 'mentioned', position, window);
		if (entity && entity.gender === undefined && entity.kind === 'person') {
			entity.gender = gender;
			this.noteGender(entity);
		}
		return entity;
	}

	mostRecent(fits: (entity: Entity) => boolean, by: 'salience' | 'mentioned', position: number, window: number): Entity | undefined {
		const list = by === 'salience' ? this.recentlySalient : this.recentlyMentioned;
		for (const candidate of list) {
			if (candidate.mergedInto || candidate[by] < 0 || !fits(candidate)) continue;
			// The lists are most recent first: the first fit is the answer, if it is near enough
			return position - candidate[by] > window ? undefined : candidate;
		}

		return undefined;
	}
}

/** Removes the entities merged into another: they never come back. */
function dropMerged(list: Entity[]) {
	let kept = 0;
	for (const entity of list) if (!entity.mergedInto) list[kept++] = entity;
	list.length = kept;
}

function addAlias(entity: Entity, alias: string) {
	entity.aliases ??= new Set();
	entity.aliases.add(alias);
}

const recentLimit = 32;

/** How many sentences back "they" looks for its group. */
const theyWindow = 3;

/** Moves an entity to the front of a most-recent-first list of bounded length. */
function bump(list: Entity[], entity: Entity) {
	let at = list.indexOf(entity);
	if (at === 0) return;
	// Shifted in place: no new array per mention
	if (at === -1) {
		if (list.length < recentLimit) list.push(entity);
		at = list.length - 1;
	}

	for (let k = at; k > 0; k--) list[k] = list[k - 1]!;
	list[0] = entity;
}
