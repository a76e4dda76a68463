import type {Entity} from './entities.js';

/**
 * Where a name look-up finds its candidates. One list per word holding every entity that ever
 * had it as a first or last word grows with the article, and scanning it for every mention made
 * large inputs quadratic; these lists hold only entities whose words can match the look-up.
 * Ties between equally recent candidates go to the one that joined the word's list first.
 * A one-word look-up ("Chen") may match many entities, so it reads a log of mentions per word
 * from the most recent back and stops at the first mention that fits. People and organisations
 * keep separate logs, and an organisation is logged only by its last word (the only one its
 * look-ups match): so every current entry fits, and a look-up for the person "Smith" after many
 * "Smith Holdings" or "X Smith" organisations does not walk past all of them.
 */
export class NameIndex {
	private joins = 0;
	/** By first and last word, or by the one word of a one-word name. */
	private readonly byFull = new Map<string, Entity[]>();

	/** Per word: the people whose first or last word it is, in the order they were mentioned, with the position then. */
	private readonly personMentions = new Map<string, MentionLog>();
	/** Per word: the organisations whose last word it is, likewise. */
	private readonly organisationMentions = new Map<string, MentionLog>();

	/** Call whenever an entity's `mentioned` is set (positions never decrease). */
	mentioned(entity: Entity) {
		// The logs of its words were looked up when its words were set, by add()
		const {logs} = entity;
		for (let i = 0; i < logs.length; i += 2) (logs[i] as MentionLog).push(entity, logs[i + 1] as number);
	}

	/** The logs an entity's mentions go to, with its order for each word: by its last word, and a person's by its first too. */
	private findLogs(entity: Entity): Array<MentionLog | number> {
		const {words} = entity;
		// Descriptions ("the spokesman") are never found by name
		if (words.length === 0 || entity.kind === 'description') return [];
		const last = words.at(-1)!;
		if (entity.kind === 'organisation') return [this.log(this.organisationMentions, last), joinOrder(entity, last)];
		const byLast = this.log(this.personMentions, last);
		if (words.length === 1 || words[0] === last) return [byLast, joinOrder(entity, last)];
		// Array literals of their exact length: pushing would give each of many entities room for 17
		return [byLast, joinOrder(entity, last), this.log(this.personMentions, words[0]!), joinOrder(entity, words[0]!)];
	}

	private log(logs: Map<string, MentionLog>, word: string): MentionLog {
		let log = logs.get(word);
		if (!log) logs.set(word, (log = new MentionLog()));
		return log;
	}

	/** Call whenever an entity's words are set; `full` is their fullKey(), when the caller has it already. */
	add(entity: Entity, full = fullKey(entity.words)) {
		const {words} = entity;
		const first = words[0];
		const last = words.at(-1);
		if (first === undefined || last === undefined) return;
		// concat() makes arrays of the exact length; push() would give each of many entities room for 17
		if (joinOrder(entity, first) === -1) entity.joins = entity.joins.concat(first, this.joins++);
		if (joinOrder(entity, last) === -1) entity.joins = entity.joins.concat(last, this.joins++);
		push(this.byFull, full, entity);
		entity.logs = this.findLogs(entity);
	}

	/**
	 * The most recently mentioned entity of `kind` the name words can mean: "Chen" finds
	 * "Chen Wenqing" (and, for people, a family name written first); "Donald J. Trump" finds
	 * "Donald Trump"; a full name finds a one-word name equal to its last word.
	 */
	find(words: readonly string[], kind: Entity['kind'], full = fullKey(words)): Entity | undefined {
		const key = words.at(-1)!;
		if (words.length === 1) {
			const mentions = kind === 'organisation' ? this.organisationMentions : this.personMentions;
			return mentions.get(key)?.latest(kind, key);
		}

		// Loops rather than a helper taking closures: this runs for every name of the article
		let best: Entity | undefined;
		let bestJoin = 0;
		for (let round = 0; round < 2; round++) {
			const candidates = this.byFull.get(round === 0 ? full : key);
			if (candidates === undefined) continue;
			for (let c = 0; c < candidates.length; c++) {
				const candidate = candidates[c]!;
				if (candidate.kind !== kind || candidate.mergedInto) continue;
				const other = candidate.words;
				// First the full name's first and last word, then a one-word name equal to its last
				const matches = round === 0 ? other.length > 1 && other[0] === words[0] && other.at(-1) === key : other.length === 1 && other[0] === key;
				if (!matches) continue;
				const join = joinOrder(candidate, key);
				if (!best || candidate.mentioned > best.mentioned || (candidate.mentioned === best.mentioned && join < bestJoin)) {
					best = candidate;
					bestJoin = join;
				}
			}
		}

		return best;
	}
}

/** The key a name is filed under: its first and last word. */
export const fullKey = (words: readonly string[]): string => (words.length === 1 ? words[0]! : `${words[0]} ${words.at(-1)}`);

/** When the entity first took `word` as its first or last word (earlier wins ties), or -1. */
function joinOrder(entity: Entity, word: string): number {
	const {joins} = entity;
	for (let i = 0; i < joins.length; i += 2) if (joins[i] === word) return joins[i + 1] as number;
	return -1;
}

/** Whether a one-word look-up `key` for `kind` can mean the entity: its last word, or a person's first. */
const fitsOneWord = (entity: Entity, kind: Entity['kind'], key: string): boolean => {
	const other = entity.words;
	return entity.kind === kind && !entity.mergedInto && (other.at(-1) === key || (kind === 'person' && other.length > 1 && other[0] === key));
};

/** A renamed entity may be pushed twice to one list: harmless, it is the same candidate. */
function push(map: Map<string, Entity[]>, key: string, entity: Entity) {
	const list = map.get(key);
	if (list) list.push(entity);
	else map.set(key, [entity]);
}

/**
 * Mentions of the entities of one word, oldest first; an entry is current while the entity's `mentioned` equals its stamp.
 * Entries of one position form a group, and the latest group's entry of lowest order is kept as it
 * grows: names learnt before attribution all share one position, and searching that whole group
 * for every look-up of the word made an article of many "J. Smith" quadratic.
 */
export class MentionLog {
	private entities: Entity[] = [];
	private stamps: number[] = [];
	private compactedAt = 64;
	private latestBest: Entity | undefined;
	private latestBestOrder = 0;

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

		// Most words belong to one entity: a first entry gets arrays of one, where push() would give them room for 17
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
