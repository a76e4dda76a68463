import type {Entity, NameJoin} from './entity.js';

/**
 * Where a name look-up finds its candidates: lists that hold only entities whose words can match the
 * look-up (not every entity that ever had the word), so that look-ups stay linear in the article.
 * Ties between equally recent candidates go to the one that joined the word's list first.
 * A one-word look-up ("Chen") may match many entities, so it reads a log of mentions per word
 * from the most recent back and stops at the first mention that fits. People and organisations
 * keep separate logs, and an organisation is logged only by its last word (the only one its
 * look-ups match): so every current entry fits, and a look-up for the person "Smith" after many
 * "Smith Holdings" or "X Smith" organisations does not walk past all of them.
 */
export class NameIndex {
	/** Joins made so far: the next join's order. */
	private joinCount = 0;
	/**
	 * Everything filed under a word, found with one look-up in a map of distinct name words (not an entry
	 * and a key string per full name).
	 */
	private readonly words = new Map<string, WordEntry>();
	/**
	 * The entry of the word last passed to word(): a name's last word, which find() and add() need
	 * right after the name is split (a map look-up less each: see known()).
	 */
	private latest: WordEntry | undefined;

	/** Call whenever an entity's `mentioned` is set (positions never decrease). */
	mentioned(entity: Entity) {
		// The logs of its words were looked up when its words were set, by add(); a dormant one is null there
		for (const join of entity.joins) join.log?.push(entity, join.order);
	}

	/** The entry of a word, if it has one: the latest without a map look-up. */
	private known(word: string): WordEntry | undefined {
		const {latest} = this;
		return latest !== undefined && latest.word === word ? latest : this.words.get(word);
	}

	private entryOf(word: string): WordEntry {
		let entry = this.known(word);
		if (!entry) this.words.set(word, (entry = {word, endings: undefined, alone: undefined, people: undefined, organisations: undefined}));
		return entry;
	}

	/**
	 * The index's string of a name word: names of its words compare them by identity, and the look-ups
	 * of its words find their keys without comparing characters.
	 */
	word(word: string): string {
		return (this.latest = this.entryOf(word)).word;
	}

	/** The log a mention of the entity goes to for one of its words: by its last word, and a person's by its first too. */
	private logOf(entity: Entity, word: string, first: WordEntry, last: WordEntry): MentionLog | undefined {
		// Descriptions ("the spokesman") are never found by name
		if (entity.kind === 'description') return undefined;
		if (word === last.word) return entity.kind === 'organisation' ? (last.organisations ??= new MentionLog()) : (last.people ??= new MentionLog());
		return entity.kind === 'person' && word === first.word ? (first.people ??= new MentionLog()) : undefined;
	}

	/** A new join of `word`, of the next order, not logging yet. */
	private join(word: string): NameJoin {
		return {word, order: this.joinCount++, log: undefined};
	}

	/** Call whenever an entity's words are set. */
	add(entity: Entity) {
		const {words} = entity;
		const first = words[0];
		const last = words.at(-1);
		if (first === undefined || last === undefined) return;
		const lastEntry = this.entryOf(last);
		const firstEntry = first === last ? lastEntry : this.entryOf(first);
		if (entity.joins.length === 0) entity.joins = first === last ? [this.join(first)] : [this.join(first), this.join(last)];
		if (joinOrder(entity, first) === -1) entity.joins = [...entity.joins, this.join(first)];
		if (joinOrder(entity, last) === -1) entity.joins = [...entity.joins, this.join(last)];
		// Words it no longer starts or ends with keep their order but no longer log its mentions
		for (const join of entity.joins) {
			const log = this.logOf(entity, join.word, firstEntry, lastEntry);
			join.log = log ? log.file(entity, join.log === null) : undefined;
		}

		if (words.length === 1) lastEntry.alone = filed(lastEntry.alone, entity);
		else lastEntry.endings = fileEnding(lastEntry.endings, first, entity);
	}

	/**
	 * The most recently mentioned entity of `kind` the name words can mean: "Chen" finds
	 * "Chen Wenqing" (and, for people, a family name written first); "Donald J. Trump" finds
	 * "Donald Trump"; a full name finds a one-word name equal to its last word.
	 */
	find(words: readonly string[], kind: Entity['kind']): Entity | undefined {
		const key = words.at(-1)!;
		const entry = this.known(key);
		if (entry === undefined) return undefined;
		if (words.length === 1) return (kind === 'organisation' ? entry.organisations : entry.people)?.wake(key).latest(kind, key);

		// First full names of the same first word, then a one-word name equal to the last
		const fullNames = endingsOf(entry.endings, words[0]!);
		const best = fullNames === undefined ? undefined : latestOf(fullNames, words, kind, true, undefined);
		return entry.alone === undefined ? best : latestOf(entry.alone, words, kind, false, best);
	}
}

/** What the index files under one word. */
type WordEntry = {
	word: string;
	/** The names of two words or more that end in it: see fileEnding(). */
	endings: Endings | undefined;
	/** The one-word names that are this word. */
	alone: Filed | undefined;
	/** The mention logs of the people whose first or last word it is, and of the organisations whose last word it is. */
	people: MentionLog | undefined;
	organisations: MentionLog | undefined;
};

/** The entities filed under one key: most keys have one, kept without an array of its own. */
type Filed = Entity | Entity[];

/** A renamed entity may be filed twice: harmless, it is the same candidate. */
function filed(list: Filed | undefined, entity: Entity): Filed {
	if (list === undefined) return entity;
	if (!Array.isArray(list)) return [list, entity];
	list.push(entity);
	return list;
}

/** The full names ending in one word: a few of them as they come, more by their first word. */
type Endings = Filed | Map<string, Filed>;
/** More full names than this end in one word ("X Smith"): look-ups find them by first word, not by checking each. */
const endingsListed = 8;

function fileEnding(endings: Endings | undefined, first: string, entity: Entity): Endings {
	if (endings instanceof Map) {
		endings.set(first, filed(endings.get(first), entity));
		return endings;
	}

	if (!Array.isArray(endings) || endings.length < endingsListed) return filed(endings, entity);
	// Each by the first word it has now: one no longer ending in this word can never be found here
	const byFirst = new Map<string, Filed>();
	for (const listed of [...endings, entity]) if (listed.words.at(-1) === entity.words.at(-1)) byFirst.set(listed.words[0]!, filed(byFirst.get(listed.words[0]!), listed));
	return byFirst;
}

/**
 * Of the entities filed and `best`, the most recently mentioned of `kind` that `words` can mean now (they
 * are filed under the words they had then): with `full`, by first and last word; else a one-word name
 * equal to the last. Of two mentioned at one position, the one that took the last word first.
 */
function latestOf(filed: Filed, words: readonly string[], kind: Entity['kind'], full: boolean, best: Entity | undefined): Entity | undefined {
	const key = words.at(-1)!;
	const count = Array.isArray(filed) ? filed.length : 1;
	for (let c = 0; c < count; c++) {
		const candidate = Array.isArray(filed) ? filed[c]! : filed;
		if (candidate.kind !== kind || candidate.mergedInto || !matchesNow(candidate.words, words, full)) continue;
		if (best === undefined || candidate.mentioned > best.mentioned || (candidate.mentioned === best.mentioned && joinOrder(candidate, key) < joinOrder(best, key))) best = candidate;
	}

	return best;
}

function matchesNow(other: readonly string[], words: readonly string[], full: boolean): boolean {
	const key = words.at(-1)!;
	return full ? other.length > 1 && other[0] === words[0] && other.at(-1) === key : other.length === 1 && other[0] === key;
}

/** The full names ending in a word that may start with `first`. */
const endingsOf = (endings: Endings | undefined, first: string): Filed | undefined => (endings instanceof Map ? endings.get(first) : endings);

/** When the entity first took `word` as its first or last word (earlier wins ties), or -1. */
function joinOrder(entity: Entity, word: string): number {
	for (const join of entity.joins) if (join.word === word) return join.order;
	return -1;
}

/** Whether a one-word look-up `key` for `kind` can mean the entity: its last word, or a person's first. */
const fitsOneWord = (entity: Entity, kind: Entity['kind'], key: string): boolean => {
	const other = entity.words;
	return entity.kind === kind && !entity.mergedInto && (other.at(-1) === key || (kind === 'person' && other.length > 1 && other[0] === key));
};

/**
 * Mentions of the entities of one word, oldest first; an entry is current while the entity's `mentioned` equals its stamp.
 * Entries of one position form a group, and the latest group's entry of lowest order is kept as it
 * grows: names learnt before attribution all share one position, and an article of many "J. Smith"
 * must not search that whole group for every look-up of the word.
 */
export class MentionLog {
	/**
	 * Until the first one-word look-up of its word, the log is dormant: it keeps the entities filed
	 * in it, not their mentions, which most words (of names always written in full) never need.
	 * A filed entity's slot in its joins is null meanwhile, so that its mentions cost nothing here.
	 */
	private filed: Entity[] | undefined = [];
	private entities: Entity[] = [];
	private stamps: number[] = [];
	private compactedAt = 64;
	private latestBest: Entity | undefined;
	private latestBestOrder = 0;

	/**
	 * The entity's slot for this log in its joins: the log itself, or null while the log is dormant.
	 * `filed` says whether it is filed already (its slot was null).
	 */
	file(entity: Entity, filed: boolean): MentionLog | null {
		if (this.filed === undefined) return this;
		if (!filed) this.filed.push(entity);
		return null;
	}

	/**
	 * Wakes a dormant log of `word`: the entities still filed in it are logged as if each had been at
	 * its latest mention (all a look-up reads: the current entries), and log their mentions from now on.
	 */
	wake(word: string): this {
		const {filed} = this;
		if (filed === undefined) return this;
		this.filed = undefined;
		const current: Entity[] = [];
		for (const entity of filed) {
			for (const join of entity.joins) {
				// Filed twice when it left the log and came back: logged once
				if (join.word !== word || join.log !== null) continue;
				join.log = this;
				current.push(entity);
			}
		}

		current.sort((a, b) => a.mentioned - b.mentioned);
		for (const entity of current) this.push(entity, joinOrder(entity, word));
		return this;
	}

	/** `order` is the entity's tie-break rank for this word. */
	push(entity: Entity, order: number) {
		const stamp = entity.mentioned;
		const last = this.entities.length - 1;
		if (last >= 0 && this.entities[last] === entity) {
			// Mentioned again, and nothing else since: its entry moves on instead of a new one piling up
			if (this.stamps[last] !== stamp) {
				this.stamps[last] = stamp;
				this.latestBest = entity;
				this.latestBestOrder = order;
			}

			return;
		}

		if (this.stamps[last] !== stamp || !this.latestBest || order < this.latestBestOrder) {
			this.latestBest = entity;
			this.latestBestOrder = order;
		}

		// Most words belong to one entity: a first entry gets arrays of one
		if (this.entities.length === 0) {
			this.entities = [entity];
			this.stamps = [stamp];
			return;
		}

		this.entities.push(entity);
		this.stamps.push(stamp);
		if (this.entities.length > 2 * this.compactedAt) this.compact();
	}

	/** Among the current entries that fit a one-word look-up, those of the latest position; of them the one that took `key` first. */
	latest(kind: Entity['kind'], key: string): Entity | undefined {
		// The lowest order of the whole latest group is the answer whenever it is current and fits
		const best = this.latestBest;
		if (best && best.mentioned === this.stamps.at(-1) && fitsOneWord(best, kind, key)) return best;
		let i = this.entities.length - 1;
		while (i >= 0) {
			const stamp = this.stamps[i]!;
			let best: Entity | undefined;
			let bestOrder = 0;
			for (; i >= 0 && this.stamps[i] === stamp; i--) {
				const entity = this.entities[i]!;
				if (entity.mentioned !== stamp || !fitsOneWord(entity, kind, key)) continue;
				const rank = joinOrder(entity, key);
				if (!best || rank < bestOrder) {
					best = entity;
					bestOrder = rank;
				}
			}

			if (best) return best;
		}

		return undefined;
	}

	/** Drops entries that a later mention made stale, so the log stays about as long as the word's entities. */
	private compact() {
		const entities: Entity[] = [];
		const stamps: number[] = [];
		for (const [i, entity] of this.entities.entries()) {
			if (entity.mentioned !== this.stamps[i]) continue;
			entities.push(entity);
			stamps.push(this.stamps[i]!);
		}

		this.entities = entities;
		this.stamps = stamps;
		this.compactedAt = Math.max(64, entities.length);
	}
}
