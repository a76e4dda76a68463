/** The types every layer shares: bytes → Article → Attributed → view. */

export type ParagraphKind = 'headline' | 'time' | 'dateline' | 'body' | 'caption' | 'boilerplate';

export type Paragraph = {
	/** 0-based position in the article; the headline is 0 when there is one. */
	index: number;
	kind: ParagraphKind;
	text: string;
	/** "MOSCOW, May 25 (Xinhua) --" when a body paragraph opens with a dateline. */
	dateline?: string;
};

export type Article = {
	title: string | undefined;
	/** ISO date (YYYY-MM-DD) when the article states one. */
	date: string | undefined;
	/** Who wrote it ("Jane Roe"), when a web page says. */
	byline?: string | undefined;
	/** The publication ("The Daily Post"), when a web page says. */
	site?: string | undefined;
	/** Where the article was fetched from. */
	url?: string | undefined;
	/** The language the text looks like when it is not English ("French"): the reader says so. */
	language?: string | undefined;
	paragraphs: Paragraph[];
};

/** What a web page or a Markdown file says about its article besides its text (input/html.ts, input/markdown.ts). */
export type PageMeta = {
	title?: string | undefined;
	date?: string | undefined;
	byline?: string | undefined;
	site?: string | undefined;
	url?: string | undefined;
	language?: string | undefined;
};

export type Mode = 'direct' | 'indirect' | 'mixed';

/** How a statement's speaker was found. */
export type Resolution =
	| 'named' // The speaker is named in the sentence ("Chen Wenqing said")
	| 'alias' // A short form of a name met earlier ("Chen said")
	| 'pronoun' // "he said" → the previous compatible speaker or subject
	| 'description' // "the spokesman said" → the entity it describes
	| 'continuation'; // An unattributed quote that carries on the previous speaker's quote

export type Statement = {
	/** Position in Attributed.statements. */
	id: number;
	/** Speaker.id */
	speaker: string;
	/** Paragraph.index */
	paragraph: number;
	text: string;
	/** UTF-16 offsets in the paragraph's text: text === paragraph.text.slice(start, end). */
	start: number;
	end: number;
	/** The reporting cue, in lower case: "said", "pointed out", "according to", ":". */
	cue: string;
	mode: Mode;
	resolution: Resolution;
	/** The words in the text that stand for the speaker ("he", "the spokesman", "Chen"). */
	mention: string;
};

/** A person, an organisation, a group of people ("officials", "aides") or a document ("the report"). */
export type SpeakerKind = 'person' | 'organisation' | 'group' | 'document';

export type Speaker = {
	/** Stable slug of the name: "chen-wenqing". */
	id: string;
	/** Canonical name: the fullest form the article gives. */
	name: string;
	/** Other forms used in the article ("Chen"). */
	aliases: string[];
	kind: SpeakerKind;
	/** What the article says the speaker is, when it says. */
	role?: string;
	/** For a group of named people who speak together: each one's id (a speakers[].id when that person also speaks alone). */
	members?: string[];
	/** Statement ids, in article order. */
	statements: number[];
};

export type Attributed = {
	article: Article;
	/** In order of first statement. */
	speakers: Speaker[];
	/** In article order. */
	statements: Statement[];
};
