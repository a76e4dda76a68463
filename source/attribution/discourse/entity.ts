/** The entities of an article: who or what its mentions stand for. */
import type {Gender} from '../lexicon/index.js';

/** Someone or something the article mentions; it becomes a Speaker only once it has a statement. */
export type Entity = {
	key: number;
	/** The fullest name met so far, or a description for unnamed speakers ("foreign ministry spokesperson"). */
	name: string;
	/** Lower-case name words, for alias matching. */
	words: readonly string[];
	/** Surface forms other than the name (none yet: most entities never get one). */
	aliases: Set<string> | undefined;
	role?: string;
	/** The role's lower-case words, titles spelt out: split once when the role changes, read for every description. */
	roleWords: readonly string[];
	/**
	 * The words a description's head is compared with (a person's role words, an organisation's name
	 * words) as bits of their first two letters (see startBits): most candidates of most descriptions
	 * are ruled out on it, without reading their words.
	 */
	headBits: number;
	gender?: Gender;
	/** A description's head noun when it is not its last word: "officials" in "officials in Beijing" (see headOf). */
	head?: string;
	kind: 'person' | 'organisation' | 'description';
	/** Position (sentence counter) when last a speaker or a narration subject. */
	salience: number;
	/** Position when last mentioned at all. */
	mentioned: number;
	/** Set when a description is later found to be a named entity ("a spokesperson" → Mao Ning). */
	mergedInto?: Entity;
	hasStatements: boolean;
	/** A group of named people who speak together: its members, each a person of its own. */
	members: Entity[] | undefined;
	/** For the name index: each word the entity took as its first or last word, in the order it took them. */
	joins: NameJoin[];
};

/** One of an entity's first or last words, as the name index files it. */
export type NameJoin = {
	readonly word: string;
	/** When the entity took the word, counted by the name index: of equally recent candidates, the earlier wins. */
	readonly order: number;
	/**
	 * Where the entity's mentions are logged for this word: the word's mention log while the entity's look-ups by
	 * it may match, null while that log is dormant (filed, not logging), undefined once the word no longer matches.
	 */
	log: MentionSink | null | undefined;
};

/** What the name index logs an entity's mentions in (its MentionLog). */
export type MentionSink = {
	push(entity: Entity, order: number): void;
};
