import type {Article, Attributed, Paragraph, Resolution} from '../model.js';
import {build, SettledClaims, type SettledParagraph} from './output/statements.js';
import {ByteArena, Int32Scratch} from './text/buffers.js';
import {Capitals} from './grammar/capitals.js';
import {type Claim, type Frame, modeOfClaim, wordClasses} from './output/mode.js';
import {type Cue, CueList, findCues, isMannerAdverb} from './grammar/cues.js';
import {type Entity, Registry} from './discourse/registry.js';
import {isNameWord, isTitle, type Mention} from './grammar/mention.js';
import {analysePhrase} from './grammar/phrase.js';
import {phraseAfter} from './grammar/phrase-after.js';
import {phraseBefore} from './grammar/phrase-before.js';
import {personNouns} from './lexicon/index.js';
import {type Prepared, PreparedArticle, type PreparedTokens} from './text/units.js';
import type {Sentence} from './text/sentences.js';
import {endOf, type TokenText, textOf, type Token} from './text/tokens.js';
import {Flag, hasFlag} from './text/word-flags.js';

const attributable = new Set<Paragraph['kind']>(['headline', 'body']);

/** Words that open an introductory phrase before a sentence's subject: "On Monday, Chen ..." */
const introducers = new Set(['on', 'in', 'at', 'after', 'during', 'earlier', 'later', 'meanwhile', 'however', 'last', 'this', 'since', 'when', 'while', 'as', 'before', 'following', 'speaking', 'addressing', 'asked', 'by', 'for', 'with', 'from', 'under', 'over', 'despite', 'amid', 'also', 'still', 'so', 'now', 'today', 'yesterday', 'instead', 'afterward', 'afterwards', 'separately', 'similarly', 'likewise', 'indeed', 'finally', 'ultimately', 'nonetheless', 'nevertheless', 'outside', 'inside', 'across', 'around', 'near', 'behind', 'beyond', 'through', 'throughout', 'within', 'among', 'along', 'between', 'against', 'according']);
/** One-word openers a subject may follow without a comma: "But Smith said", "And then, Smith said", "Then Smith said". */
const conjunctions = new Set(['but', 'and', 'yet', 'then']);

/** Names and titled names anywhere in the text, learnt before attribution so that "Chen" finds "Chen Wenqing". */
function learnNames(registry: Registry, {tokens, tokenText}: PreparedTokens) {
	// "Ada Brill Slams Ivo Marsh On ...": in a line in title case, a reporting verb separates two names
	const inName = (token: Token) => (isNameWord(token) && !hasFlag(token, Flag.Reporting)) || isTitle(token);
	for (let i = 0; i < tokens.length; i++) {
		if (!inName(tokens[i]!)) continue;
		let j = i;
		while (j + 1 < tokens.length && inName(tokens[j + 1]!)) j++;
		const mention = analysePhrase(tokens, i, j + 1, tokenText);
		if (mention?.kind === 'name' && !mention.organisation && mention.name!.includes(' ')) {
			// "Chen Wenqing, a member of ... and head of ...,": the apposition is the role
			if (tokens[j + 1]?.text === ',' && !mention.role) {
				const apposition = phraseAfterComma(tokens, j + 2, tokenText);
				if (apposition) mention.role = apposition;
			}

			registry.named(mention, -1);
		}

		i = j;
	}
}

const isNamePart = (token: Token): boolean => isNameWord(token) && !isTitle(token);

/** What a later pass may find in a unit, as the first pass sees it: bits per unit. */
const enum Later {
	/** A name of two words or more, for learnNames: two name words in a row. */
	FullName = 1,
	/**
	 * Anything for the third pass: a cue (its words are flagged), a colon, a quote to carry a claim
	 * on, or a subject to note (a name needs a capital, a pronoun is a subject pronoun).
	 */
	Claims = 2,
}

/**
 * The bits of Later a unit's tokens may give, in one walk. Asked before capitals are demoted, which
 * only takes names away. Units with neither (lower-case word lists: hostile input of a word per
 * line) are not prepared again, only counted.
 */
function laterOf(tokens: Token[]): number {
	let later = 0;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i]!;
		// Two name words have capitals: the third pass has them too
		if (i + 1 < tokens.length && isNamePart(token) && isNamePart(tokens[i + 1]!)) return Later.FullName | Later.Claims;
		if (later === 0 && (token.cap || token.kind === 'quote' || token.text === ':' || hasFlag(token, Flag.Reporting | Flag.MultiWordCueStart | Flag.SubjectPronoun))) later = Later.Claims;
	}

	return later;
}

/** ", a member of the Political Bureau ...," → "member of the Political Bureau ..." when it names an office. */
function phraseAfterComma(tokens: Token[], start: number, tokenText: TokenText): string | undefined {
	const first = tokens[start];
	if (!first || first.kind !== 'word' || !['a', 'an', 'the'].includes(first.lower)) return undefined;
	let end = start;
	let depth = 0;
	while (end < tokens.length && end - start < 60) {
		const token = tokens[end]!;
		if (token.text === '(') depth++;
		else if (token.text === ')') depth--;
		else if (depth === 0 && (token.text === ',' || token.text === '.' || token.text === ';' || token.kind === 'quote')) break;
		end++;
	}

	if (tokens[end]?.text !== ',' || !tokens.slice(start, end).some((token) => isTitle(token))) return undefined;
	return textOf(tokens, start + 1, end, tokenText);
}

/** The grammatical subject a sentence opens with, after an introductory phrase. */
function subjectOf(tokens: Token[], sentence: Sentence, tokenText: TokenText): Mention | undefined {
	let start = sentence.from;
	if (tokens[start]?.kind === 'quote') return undefined;
	// A conjunction or two, each perhaps with its comma, before any introductory phrase: "And then, on Monday, Smith ..."
	for (let k = 0; k < 2 && start < sentence.to && conjunctions.has(tokens[start]!.lower); k++) {
		start++;
		if (tokens[start]?.text === ',') start++;
		// "But a few days later, Smith ...": a time phrase of its own words
		const comma = commaAfter(tokens, start, sentence.to);
		if (comma !== -1 && timeWords.has(tokens[comma - 1]!.lower)) start = comma + 1;
	}

	if (start < sentence.to && introducers.has(tokens[start]!.lower)) {
		const comma = commaAfter(tokens, start, sentence.to);
		if (comma === -1) return undefined;
		start = comma + 1;
	}

	return phraseAfter(tokens, start, sentence.to, tokenText);
}

/** "As for Smith, he said ...": the name the sentence is about, which a pronoun after it means. */
function topicOf(tokens: Token[], sentence: Sentence, tokenText: TokenText): Mention | undefined {
	const {from} = sentence;
	if (tokens[from]?.lower !== 'as' || tokens[from + 1]?.lower !== 'for') return undefined;
	const comma = commaAfter(tokens, from + 2, sentence.to);
	const topic = comma === -1 ? undefined : analysePhrase(tokens, from + 2, comma, tokenText);
	return topic?.kind === 'name' ? topic : undefined;
}

/**
 * Where a sentence's statement starts when it opens with the question put to its speaker ("When asked
 * by a reporter whether ..., Smith said ..."): after that clause, which is the asker's, not the
 * speaker's. Otherwise the sentence's start.
 */
function afterQuestion(tokens: Token[], inside: Int32Array, sentence: Sentence, speakerFrom: number): number {
	const {from} = sentence;
	const asked = tokens[from]!.lower === 'asked' ? from : subordinators.has(tokens[from]!.lower) && tokens[from + 1]?.lower === 'asked' ? from + 1 : -1;
	if (asked === -1) return from;
	const comma = commaOutsideQuotes(tokens, inside, asked + 1, Math.min(speakerFrom, asked + 60));
	return comma === -1 ? from : comma + 1;
}

/** The first comma in tokens [from, to) that is not inside a quote, or -1. */
function commaOutsideQuotes(tokens: Token[], inside: Int32Array, from: number, to: number): number {
	for (let k = from; k < to; k++) if (tokens[k]!.text === ',' && inside[k] === -1) return k;
	return -1;
}

/** Relative pronouns before a clause's subject: "the plan, which Smith said ...". */
const relativePronouns = new Set(['which', 'whom']);

/** The comma that ends an introductory phrase from `start` (20 tokens at most), or -1. */
function commaAfter(tokens: Token[], start: number, end: number): number {
	for (let k = start; k < end && k - start < 20; k++) if (tokens[k]!.text === ',') return k;
	return -1;
}

function resolve(registry: Registry, mention: Mention, position: number): {entity: Entity; resolution: Resolution} | undefined {
	switch (mention.kind) {
		case 'name': {
			const {entity, alias} = registry.named(mention, position);
			return {entity, resolution: alias ? 'alias' : 'named'};
		}

		case 'pronoun': {
			const entity = registry.pronoun(mention.head!, position);
			return entity ? {entity, resolution: 'pronoun'} : undefined;
		}

		case 'description': {
			const {entity} = registry.described(mention, position);
			return {entity, resolution: 'description'};
		}
	}
}

/** Said-verbs that also take their speaker after them: "..., said Xi." */
const invertible = new Set(['said', 'says', 'added', 'asked', 'continued', 'wrote', 'explained', 'noted', 'recalled', 'replied', 'responded', 'stressed', 'insisted', 'argued', 'declared', 'warned', 'told', 'concluded', 'acknowledged', 'observed', 'remarked', 'quipped', 'joked', 'tweeted', 'answered', 'countered']);

/** The source of one cue, or undefined when it has none we can name. */
function sourceOf(prepared: Prepared, sentence: Sentence, cue: Cue): Mention | undefined {
	const {tokens, tokenText} = prepared;
	if (cue.kind === 'according') return phraseAfter(tokens, cue.to, sentence.to, tokenText);
	if (cue.kind === 'participle') return subjectOf(tokens, sentence, tokenText);
	let start = cue.from;
	// Whether a word in -ly was taken for an adverb: "quick and widely shared" is no second verb of the subject
	let adverb = false;
	// A few rounds at most: fillers and time phrases interleave ("also on Monday", "on Monday again")
	for (let moved = true, round = 0; moved && round < 3; round++) {
		moved = false;
		for (; start > sentence.from && tokens[start - 1]!.kind === 'word'; start--) {
			const word = tokens[start - 1]!;
			if (subjectVerbFillers.has(word.lower)) continue;
			if (!isMannerAdverb(word)) break;
			adverb = true;
		}
		const time = timePhraseBefore(tokens, start, sentence.from);
		if (time < start) {
			start = time;
			moved = true;
		}
	}

	const before = phraseBefore(tokens, start, sentence.from, tokenText);
	if (before) return before;
	// "Smith was forced to retreat and said that ...": a second verb of the sentence's subject
	if (!adverb && start - 1 > sentence.from && (tokens[start - 1]!.lower === 'and' || tokens[start - 1]!.lower === 'but')) return subjectOf(tokens, sentence, tokenText);
	const previous = cue.from > 0 ? tokens[cue.from - 1] : undefined;
	if (invertible.has(tokens[cue.from]!.lower) && cue.to - cue.from === 1 && previous && (previous.text === ',' || previous.kind === 'quote')) {
		const after = phraseAfter(tokens, cue.to, sentence.to, tokenText);
		// "..., said the United States should ...": "the" and capitals cut short are a clause's subject, not the speaker
		return after && hasFlag(tokens[after.from]!, Flag.Determiner) && tokens[after.to]?.kind === 'word' && tokens[after.to]!.cap ? undefined : after;
	}

	return undefined;
}

/** Words that stand between a subject and its reporting verb: "Chen also said", "she has repeatedly said", "Chen himself said". */
const subjectVerbFillers = new Set(['also', 'has', 'have', 'had', 'later', 'then', 'further', 'once', 'previously', 'repeatedly', 'recently', 'reportedly', 'again', 'already', 'separately', 'publicly', 'privately', 'simply', 'flatly', 'bluntly', 'earlier', 'frequently', 'often', 'firmly', 'openly', 'specifically', 'explicitly', 'directly', 'personally', 'finally', 'initially', 'first', 'just', 'even', 'always', 'is', 'was', 'are', 'were', 'today', 'yesterday', 'tonight', 'himself', 'herself', 'itself', 'themselves']);
const timeNouns = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'day', 'summer', 'fall', 'autumn', 'winter', 'spring']);
/** Words that end a time phrase: "a few days later", "two weeks ago", "on Monday". */
const timeWords = new Set([...timeNouns, 'later', 'earlier', 'ago', 'afterward', 'afterwards', 'before', 'days', 'weeks', 'months', 'years']);

/** Start of a time phrase ending just before `end` ("on Tuesday", "last week", "on Thursday evening"), or `end`. */
function timePhraseBefore(tokens: Token[], end: number, floor: number): number {
	let k = end;
	while (k > floor && end - k < 3 && timeNouns.has(tokens[k - 1]!.lower)) k--;
	if (k === end || k <= floor) return end;
	const opener = tokens[k - 1]!.lower;
	return ['on', 'last', 'this', 'late', 'early', 'earlier', 'later', 'over'].includes(opener) ? k - 1 : end;
}

/** Words after a comma that open a second clause: ", and Smith said ...". */
const clauseOpeners = new Set(['and', 'but', 'while', 'whereas', 'though', 'although']);

/** Where a second speaker's clause may start at token k: after it (";", ", and"), at it ("while"), or -1. */
function clauseMark(tokens: Token[], k: number): number {
	const token = tokens[k]!;
	if (token.text === ';') return k + 1;
	if (token.text === ',' && clauseOpeners.has(tokens[k + 1]?.lower ?? '')) return k + 1;
	return token.lower === 'while' || token.lower === 'whereas' ? k : -1;
}

const lastMarks = new Int32Scratch();

/**
 * The clause marks of a sentence, for clauseStart(): at i - sentence.from, the last token at or
 * before i that is one, or -1. Found once per sentence that needs them, not once per cue: a sentence
 * of thousands of cues walked back up to 60 tokens per cue.
 */
function clauseMarks(tokens: Token[], sentence: Sentence, inside: Int32Array): Int32Array {
	const marks = lastMarks.atLeast(sentence.to - sentence.from);
	// "After Smith argued ..., Jones said ...": the comma that closes an opening subordinate clause is a mark too
	let opening = subordinators.has(tokens[sentence.from]!.lower);
	let last = -1;
	for (let k = sentence.from; k < sentence.to; k++) {
		if (clauseMark(tokens, k) !== -1) last = k;
		else if (opening && tokens[k]!.text === ',' && inside[k] === -1) {
			last = k;
			opening = false;
		}

		marks[k - sentence.from] = last;
	}

	return marks;
}

/** Words that open a subordinate clause before the main one: "After Smith argued ..., Jones said ...". */
const subordinators = new Set(['after', 'when', 'although', 'though', 'as', 'before', 'since', 'because', 'if', 'once', 'unless', 'until']);

/**
 * Clause boundary before token `at` and after token `from` (within 60 tokens of `at`): where a second
 * speaker's clause may start in one sentence. The nearest mark before `at` decides.
 */
function clauseStart(tokens: Token[], marks: Int32Array, sentence: Sentence, from: number, at: number): number | undefined {
	if (at - 1 < sentence.from) return undefined;
	const k = marks[at - 1 - sentence.from]!;
	if (k <= from || at - k > 60) return undefined;
	// A mark that clauseMark() does not know is the comma after an opening subordinate clause
	const start = clauseMark(tokens, k);
	return start === -1 ? k + 1 : start;
}

/** Colon cues: "Mao Ning: ..." and, in headlines, "China opposes ...: spokesperson". */
function colonSource(prepared: Prepared, sentence: Sentence): {mention: Mention; cue: number} | undefined {
	const {tokens, inside, paragraph} = prepared;
	// Trailing punctuation is trimmed once, not once per colon (a line of colons stays linear)
	let trimmed = sentence.to;
	while (trimmed > sentence.from && tokens[trimmed - 1]!.kind === 'punct') trimmed--;
	for (let c = sentence.from + 1; c < sentence.to - 1; c++) {
		if (tokens[c]!.text !== ':' || inside[c] !== -1) continue;
		if (c - sentence.from <= 6) {
			// "Mao Ning: ...", not "Poll: ..." or "Update: ...": only a person or an organisation speaks before a colon
			const left = phraseBefore(tokens, c, sentence.from, prepared.tokenText);
			if (left && left.from === sentence.from && (left.kind === 'name' || personNouns.has(left.head ?? ''))) return {mention: left, cue: c};
		}

		const end = Math.max(trimmed, c + 1);
		if (paragraph.kind === 'headline' && end - c - 1 <= 5 && end > c + 1) {
			const right = phraseAfter(tokens, c + 1, end, prepared.tokenText);
			if (right && right.to === end && right.kind !== 'pronoun') return {mention: right, cue: c};
		}
	}

	return undefined;
}

/** Whether a sentence is a quotation and little else: `"We will win."` */
function isQuoteSentence(prepared: Prepared, sentence: Sentence): boolean {
	const {tokens, inside} = prepared;
	let words = 0;
	let quoted = 0;
	for (let i = sentence.from; i < sentence.to; i++) {
		if (tokens[i]!.kind !== 'word') continue;
		words++;
		if (inside[i] !== -1) quoted++;
	}

	return words > 0 && quoted / words >= 0.75;
}

/**
 * "..., X said." or "..., said X on Monday.": the source and cue close the sentence after its content,
 * not "In an interview, he said his ..." where the content follows.
 */
function isTrailing(tokens: Token[], sentence: Sentence, mention: Mention, cue: Cue): boolean {
	const first = Math.min(mention.from, cue.from);
	// Bounds first: tokens[-1] (a paragraph's first sentence starts at 0) is no array element, but a slow look-up of a property "-1"
	if (first <= sentence.from) return false;
	const before = tokens[first - 1]!;
	if (!(before.text === ',' || before.kind === 'quote' || before.text === '--' || before.text === '—')) return false;
	const after = Math.max(mention.to, cue.to);
	// What follows may say where or when ("in a statement", "on Monday"), not what was said
	const next = tokens[after];
	if (next?.kind === 'word' && !afterCue.has(next.lower) && !timeNouns.has(next.lower)) return false;
	let words = 0;
	for (let k = after; k < sentence.to; k++) {
		const token = tokens[k]!;
		if (token.lower === 'that' || token.text === ':' || token.kind === 'quote') return false;
		if (token.kind === 'word' && ++words > 8) return false;
	}

	return true;
}

/**
 * "Lune urged restraint ..., a ministry spokesperson said.": the closing cue of a sentence with several
 * is its outer source, and the cues before it are inside its content. The first cue to read: the
 * closing one when it trails its sentence, else the first.
 */
function outerCue(prepared: Prepared, sentence: Sentence, cues: CueList): number {
	if (cues.length < 2) return 0;
	const last = cues.at(cues.length - 1);
	const {tokens} = prepared;
	if (last.kind !== 'verb' || !outerVerbs.has(tokens[last.from]!.lower)) return 0;
	// After a quote, a closing cue says who said the quote, not the sentence
	for (let k = sentence.from; k < last.from; k++) if (tokens[k]!.kind === 'quote') return 0;
	const mention = sourceOf(prepared, sentence, last);
	// The speaker right after the comma: ", a spokesperson said", not ", a point Smith acknowledged"
	if (!mention || tokens[mention.from - 1]?.text !== ',') return 0;
	return isTrailing(tokens, sentence, mention, last) ? cues.length - 1 : 0;
}

/** Plain verbs of saying and reporting that close a sentence as its source: "..., officials said". */
const outerVerbs = new Set(['said', 'says', 'say', 'told', 'added', 'reported', 'wrote']);

/** Words that may follow a closing cue without starting its content. */
const afterCue = new Set(['in', 'on', 'at', 'of', 'during', 'after', 'before', 'to', 'from', 'with', 'by', 'about', 'while', 'when', 'as', 'last', 'this', 'earlier', 'later', 'recently', 'today', 'yesterday', 'tonight', 'then', 'again', 'afterward', 'afterwards', 'told', 'through', 'via', 'over', 'under', 'for']);

/** Nouns for what a speaker sends or publishes: "released a statement saying", "sent an email urging". */
const documentNouns = new Set(['statement', 'letter', 'email', 'e-mail', 'memo', 'tweet', 'post', 'message', 'note', 'release', 'video', 'ad', 'advertisement', 'op-ed', 'column', 'essay', 'report', 'filing', 'petition']);

/**
 * "Smith released a statement Wednesday saying ...": a participle after a document the subject issued
 * reports what the subject said. The document must be within a few words before the participle.
 */
function documentSource(prepared: Prepared, sentence: Sentence, cue: Cue): Mention | undefined {
	const {tokens} = prepared;
	if (!hasFlag(tokens[cue.from]!, Flag.ParticipleCue)) return undefined;
	let k = cue.from - 1;
	const floor = Math.max(sentence.from, cue.from - 3);
	while (k > floor && (timeNouns.has(tokens[k]!.lower) || tokens[k]!.lower === 'on')) k--;
	if (k <= sentence.from || !documentNouns.has(tokens[k]!.lower)) return undefined;
	const subject = subjectOf(tokens, sentence, prepared.tokenText);
	return subject && subject.to < k ? subject : undefined;
}

/** Prepositions whose object may carry a participle: "in a statement saying", "from an ad claiming". */
const prepositionsBeforeNoun = new Set(['in', 'on', 'at', 'from', 'with', 'by', 'under', 'through', 'via', 'during', 'into', 'after']);

const nounDeterminers = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

/** The cues of the sentence at hand (findCues' list, reused). */
const sentenceCues = new CueList();

/** Claims for one sentence, its cues with the sources they name, added to the unit's `claims`: how many. */
function claimSentence(registry: Registry, prepared: Prepared, index: number, position: number, claims: ClaimList): number {
	const sentence = prepared.sentences[index]!;
	const {tokens, inside} = prepared;
	const first = claims.length;
	// "Lune urges restraint: spokesperson": a headline's colon names its source, whatever verb comes before it
	if (prepared.paragraph.kind === 'headline') {
		claimColon(registry, prepared, index, position, claims);
		if (claims.length > first) return claims.length - first;
	}

	const cues = findCues(tokens, inside, sentence.from, sentence.to, sentenceCues);
	let participle: Cue | undefined;
	let relative: {cue: Cue; mention: Mention} | undefined;
	/** clauseMarks() of the sentence, once there is a claim before a cue. */
	let marks: Int32Array | undefined;
	const start = outerCue(prepared, sentence, cues);
	for (let c = start; c < cues.length; c++) {
		const cue = cues.at(c);
		if (cue.kind === 'participle') {
			participle ??= cue;
			continue;
		}

		const previous = claims.length > first ? claims.at(claims.length - 1) : undefined;
		if (previous) {
			marks ??= clauseMarks(tokens, sentence, inside);
			// No clause starts after the previous claim's source: this cue is inside its content, whatever its source
			if (marks[sentence.to - 1 - sentence.from]! <= previous.frame[1]!) continue;
		}

		const mention = documentSource(prepared, sentence, cue) ?? sourceOf(prepared, sentence, cue);
		if (!mention) continue;
		// "..., which Lune officials have said was ...": a cue in a relative clause reports on a noun of the sentence, not the
		// sentence: it claims its clause only, and only if nothing else in the sentence speaks
		if (mention.from - 1 > sentence.from && relativePronouns.has(tokens[mention.from - 1]!.lower)) {
			relative ??= {cue: {...cue}, mention};
			continue;
		}

		// "in a release announcing ...": a participle after the object of a preposition modifies that noun, it is not the sentence's verb
		if (cue.kind === 'verb' && tokens[cue.from]!.lower.endsWith('ing') && mention.from > 0 && prepositionsBeforeNoun.has(tokens[mention.from - 1]!.lower) && nounDeterminers.has(tokens[mention.from]!.lower)) continue;
		// A cue inside the content of an earlier claim reports what that speaker said ("X said Y told him")
		const boundary = previous ? clauseStart(tokens, marks!, sentence, previous.frame[1]!, mention.from) : undefined;
		if (previous && boundary === undefined) continue;
		// "Smith, who ..., rallied voters with calls that he says ...": the sentence's named subject is met before the pronoun
		// "Acme Corp will cut jobs, the company said": the sentence's named subject is met before the description too
		if (mention.kind === 'description' && mention.from > sentence.from) {
			const subject = subjectOf(tokens, sentence, prepared.tokenText);
			if (subject?.kind === 'name' && subject.organisation && subject.to <= mention.from) registry.touch(registry.named(subject, position).entity, position);
		}

		if (mention.kind === 'pronoun' && mention.from > sentence.from) {
			const subject = topicOf(tokens, sentence, prepared.tokenText) ?? subjectOf(tokens, sentence, prepared.tokenText);
			// Only a person who may be that pronoun: a known gender that agrees, or a full name ("China ... he said" is not China)
			const gender = mention.head === 'he' ? 'm' : mention.head === 'she' ? 'f' : undefined;
			const entity = gender && subject?.kind === 'name' && subject.to <= mention.from ? registry.named(subject, position).entity : undefined;
			if (entity?.kind === 'person' && (entity.gender === gender || (entity.gender === undefined && entity.words.length > 1))) registry.touch(entity, position);
		}

		const resolved = resolve(registry, mention, position);
		if (!resolved) continue;
		const trailing = c === start && isTrailing(tokens, sentence, mention, cue); // Cues come in text order
		const frame: Frame = [mention.from, mention.to, cue.from, cue.to];
		if (previous && boundary !== undefined) {
			if (resolved.entity === previous.entity) continue;
			previous.to = boundary;
		}

		claims.push({sentence: index, from: previous ? boundary! : afterQuestion(tokens, inside, sentence, mention.from), to: sentence.to, entity: resolved.entity, resolution: resolved.resolution, cue: cue.text, mention: mention.text, frame, trailing});
	}

	if (claims.length === first && relative) {
		const {cue, mention} = relative;
		const resolved = resolve(registry, mention, position);
		const comma = commaOutsideQuotes(tokens, inside, cue.to, sentence.to);
		if (resolved) claims.push({sentence: index, from: mention.from - 1, to: comma === -1 ? sentence.to : comma, entity: resolved.entity, resolution: resolved.resolution, cue: cue.text, mention: mention.text, frame: [mention.from, mention.to, cue.from, cue.to], trailing: false});
	}

	if (claims.length === first && participle) {
		const mention = sourceOf(prepared, sentence, participle);
		const resolved = mention && resolve(registry, mention, position);
		if (mention && resolved) claims.push({sentence: index, from: sentence.from, to: sentence.to, entity: resolved.entity, resolution: resolved.resolution, cue: participle.text, mention: mention.text, frame: [mention.from, mention.to, participle.from, participle.to], trailing: false});
	}

	if (claims.length === first) claimColon(registry, prepared, index, position, claims);
	return claims.length - first;
}

/** The claim of a colon cue ("Mao Ning: ...", "...: spokesperson") of sentence `index`, if it has one. */
function claimColon(registry: Registry, prepared: Prepared, index: number, position: number, claims: ClaimList) {
	const sentence = prepared.sentences[index]!;
	const colon = colonSource(prepared, sentence);
	const resolved = colon && resolve(registry, colon.mention, position);
	if (colon && resolved) {
		claims.push({sentence: index, from: sentence.from, to: sentence.to, entity: resolved.entity, resolution: resolved.resolution, cue: ':', mention: colon.mention.text, frame: [colon.mention.from, colon.mention.to, colon.cue, colon.cue + 1], trailing: false});
	}
}

/** Keeps salience and recency up to date for sentences that are narration. */
function noteNarration(registry: Registry, prepared: Prepared, sentence: Sentence, position: number) {
	const topic = topicOf(prepared.tokens, sentence, prepared.tokenText);
	if (topic) registry.touch(registry.named(topic, position).entity, position);
	const subject = subjectOf(prepared.tokens, sentence, prepared.tokenText);
	if (!subject) return;
	const resolved = subject.kind === 'description' ? undefined : resolve(registry, subject, position);
	if (resolved) registry.touch(resolved.entity, position);
}

/**
 * Three passes over the paragraphs, each preparing one paragraph at a time and dropping it:
 * case evidence from every paragraph, then the names the article gives in full, then the claims.
 * The text is tokenised once, compactly; only the claims (with one byte per token for their mode)
 * outlive their paragraph's token arrays. (A paragraph too long to be one is cut into units:
 * prepare.ts. The passes walk units, which are the paragraphs in any real article.)
 */
export function attribute(article: Article): Attributed {
	const paragraphs = new PreparedArticle(article.paragraphs);
	const later = observeCapitals(paragraphs);
	const registry = new Registry();
	learnAllNames(registry, paragraphs, later);
	const claims = findAllClaims(registry, paragraphs, later);
	return build(article, claims.settled, claims.claims);
}

/*
 * Each pass's loop is a function that returns when it ends. Optimised while it runs (on-stack
 * replacement), a function is thrown out at the first code after its loop, which had not run yet
 * (the type feedback the optimising compiler goes by is missing there).
 */

/**
 * The first pass: case evidence from every unit, then capitals lowered once in the token store (the
 * later passes never see them). Returns what each unit may hold for the later passes (bits of
 * Later): a pass need not prepare again a unit that has nothing for it.
 */
function observeCapitals(paragraphs: PreparedArticle): Uint8Array {
	const capitals = new Capitals();
	const later = observeAll(capitals, paragraphs);
	capitals.demote(paragraphs);
	return later;
}

/** Case evidence from every unit, and what each unit may hold for the later passes. */
function observeAll(capitals: Capitals, paragraphs: PreparedArticle): Uint8Array {
	const later = new Uint8Array(paragraphs.units);
	// Index loops in the passes: entries() iterators showed up among the largest allocations
	for (let u = 0; u < paragraphs.units; u++) {
		const prepared = paragraphs.prepare(u);
		capitals.observe(prepared);
		if (attributable.has(prepared.paragraph.kind)) later[u] = laterOf(prepared.tokens);
	}

	return later;
}

/** The second pass: the names given in full. */
function learnAllNames(registry: Registry, paragraphs: PreparedArticle, later: Uint8Array) {
	for (let u = 0; u < paragraphs.units; u++) if ((later[u]! & Later.FullName) !== 0) learnNames(registry, paragraphs.tokensOf(u));
}

/** The third pass: the claims of each attributable unit, in text order, settled as they are found. */
function findAllClaims(registry: Registry, paragraphs: PreparedArticle, later: Uint8Array): ClaimPass {
	const claims = new ClaimPass(registry);
	for (let u = 0; u < paragraphs.units; u++) {
		const paragraph = paragraphs.paragraphOf(u);
		if (!attributable.has(paragraph.kind)) continue;
		if ((later[u]! & Later.Claims) === 0) claims.skip(paragraph, paragraphs.sentenceCount(u));
		else claims.unit(u, paragraphs.prepare(u));
	}

	return claims;
}

/** The claims of the units, in text order, settled as they are found. */
class ClaimPass {
	readonly settled: SettledParagraph[] = [];
	readonly claims = new SettledClaims();
	private readonly classArena = new ByteArena();
	/** Sentences met so far: what salience and recency count in. */
	private position = 0;
	/**
	 * The last claim of unit `openUnit`, when a quote that opens the next unit may carry it on. (Two
	 * fields, not an object per unit with claims.)
	 */
	private openClaim: Claim | undefined;
	private openUnit = -1;
	/**
	 * The unit's claims, and the last claim of each of its sentences (or undefined): buffers reused
	 * from unit to unit (arrays per unit were among this pass's largest allocations), read below the
	 * unit's claim and sentence counts only.
	 */
	private readonly unitClaims = new ClaimList();
	private readonly bySentence: Array<Claim | undefined> = [];

	constructor(private readonly registry: Registry) {}

	unit(u: number, item: Prepared) {
		const {registry, unitClaims, bySentence} = this;
		unitClaims.length = 0;
		registry.paragraphStart = this.position + 1;
		for (let s = 0; s < item.sentences.length; s++) {
			const position = ++this.position;
			const found = claimSentence(registry, item, s, position, unitClaims);
			// Every sentence's entry written: the buffer holds the unit before's
			bySentence[s] = found > 0 ? unitClaims.at(unitClaims.length - 1) : undefined;
			if (found === 0) {
				noteNarration(registry, item, item.sentences[s]!, position);
				continue;
			}

			for (let k = unitClaims.length - found; k < unitClaims.length; k++) {
				const claim = unitClaims.at(k);
				registry.touch(claim.entity, position);
				claim.entity.hasStatements = true;
			}
		}

		// Without a claim of its own, only the unit before's last claim may carry on here (into a quote that opens it)
		if (unitClaims.length === 0 && !this.openBefore(u)) {
			this.settleNone(item.paragraph);
			return;
		}

		this.carryOn(u, item);
		extendTrailing(item, bySentence, unitClaims);
		this.settle(u, item, unitClaims.sortedByFrom(), unitClaims.length);
	}

	/**
	 * Quotes with no cue of their own carry on a speaker: the previous one in the paragraph, the next
	 * one, or the last one of the paragraph before. (Nearest claims kept as we go, not searched per
	 * sentence: a paragraph of cue-less quotes stays linear.)
	 */
	private carryOn(u: number, item: Prepared) {
		const {bySentence} = this;
		const sentences = item.sentences.length;
		/** The first sentence after s with a claim found in it (not carried on), once looked for; or `sentences`. */
		let next = 0;
		let preceding: Claim | undefined;
		for (let s = 0; s < sentences; s++) {
			if (s > 0) preceding = bySentence[s - 1] ?? preceding;
			if (bySentence[s]) continue;
			if (!preceding && next <= s) {
				// Only sentences up to s have been given claims carried on: those after hold what was found
				next = s + 1;
				while (next < sentences && !bySentence[next]) next++;
			}

			const carried = preceding ?? (next < sentences ? bySentence[next] : undefined) ?? (s === 0 ? this.openBefore(u) : undefined);
			if (!carried || !isQuoteSentence(item, item.sentences[s]!)) continue;
			const claim = this.continuation(item, s, carried);
			bySentence[s] = claim;
			this.unitClaims.push(claim);
		}
	}

	/** A unit with nothing for this pass (laterOf): its sentences counted, and no claims. */
	skip(paragraph: Paragraph, sentences: number) {
		this.position += sentences;
		this.settleNone(paragraph);
	}

	/** The last claim of the unit right before `u`, if it runs on. */
	private openBefore(u: number): Claim | undefined {
		return this.openUnit === u - 1 ? this.openClaim : undefined;
	}

	/** Sentence s, a quote without a cue, said by the source of the claim it carries on. */
	private continuation(item: Prepared, s: number, carried: Claim): Claim {
		const sentence = item.sentences[s]!;
		this.registry.touch(carried.entity, this.position);
		return {sentence: s, from: sentence.from, to: sentence.to, entity: carried.entity, resolution: 'continuation', cue: carried.cue, mention: carried.mention, frame: [], trailing: false};
	}

	/** Keeps a unit's claims (`count` of them, sorted), with the word classes their modes are read from, and notes whether its last one runs on. */
	private settle(u: number, item: Prepared, unitClaims: readonly Claim[], count: number) {
		if (count === 0) {
			this.settleNone(item.paragraph);
			return;
		}

		const last = unitClaims[count - 1]!;
		const at = this.classArena.take(item.tokens.length);
		const classes = this.classArena.chunk;
		wordClasses(item.tokens, item.inside, classes, at);
		const lastSentence = item.sentences.length - 1;
		const open = last.sentence === lastSentence && modeOfClaim(classes, at, last.from, last.to, last.frame) !== 'indirect';
		this.openClaim = open || item.inside[item.tokens.length - 1] !== -1 ? last : undefined;
		this.openUnit = u;
		const first = this.claims.length;
		for (let k = 0; k < count; k++) {
			const claim = unitClaims[k]!;
			this.claims.add(claim, item.tokenText.starts[claim.from]!, endOf(item.tokens, item.tokenText, claim.to - 1));
		}

		this.settled.push({paragraph: item.paragraph, first, count, classes, classesAt: at});
	}

	/** A unit without claims: a body paragraph ends what the one before may carry on (a headline does not). */
	private settleNone(paragraph: Paragraph) {
		if (paragraph.kind === 'body') this.openClaim = undefined;
	}
}

/** A list of claims in a buffer reused from unit to unit: `length` of them, from 0. */
class ClaimList {
	private readonly buffer: Claim[] = [];
	length = 0;

	push(claim: Claim) {
		this.buffer[this.length++] = claim;
	}

	at(k: number): Claim {
		return this.buffer[k]!;
	}

	/** The claims sorted by start: the buffer itself when they are (mostly: they come in text order), else a sorted copy. */
	sortedByFrom(): readonly Claim[] {
		const {buffer, length} = this;
		for (let i = 1; i < length; i++) if (buffer[i]!.from < buffer[i - 1]!.from) return buffer.slice(0, length).sort(byFrom);
		return buffer;
	}
}

const byFrom = (a: Claim, b: Claim) => a.from - b.from;

/**
 * "A. B, Mao said.": a trailing cue covers the unquoted sentences before it, back to one whose subject
 * names someone else ("Chen met the envoys. A. B, Mao said.": what Chen did is not Mao's to say).
 */
function extendTrailing(item: Prepared, bySentence: Array<Claim | undefined>, unitClaims: ClaimList) {
	for (let s = item.sentences.length - 1; s > 0; s--) {
		const claim = bySentence[s];
		if (!claim?.trailing || claim.resolution === 'continuation') continue;
		const speaker = Registry.canonical(claim.entity);
		for (let k = s - 1; k >= 0 && !bySentence[k] && findCues(item.tokens, item.inside, item.sentences[k]!.from, item.sentences[k]!.to, sentenceCues).length === 0; k--) {
			const sentence = item.sentences[k]!;
			const subject = subjectOf(item.tokens, sentence, item.tokenText);
			if (subject?.kind === 'name' && !mayName(subject, speaker)) break;
			const extended: Claim = {sentence: k, from: sentence.from, to: sentence.to, entity: claim.entity, resolution: claim.resolution, cue: claim.cue, mention: claim.mention, frame: [], trailing: false};
			bySentence[k] = extended;
			unitClaims.push(extended);
		}
	}
}

/** Whether a name mention may stand for the entity: its last word ("Varga", "Mrs. Varga") is one of the entity's, or it is an alias. */
function mayName(mention: Mention, entity: Entity): boolean {
	const last = mention.nameLowers?.at(-1);
	return (last !== undefined && entity.words.includes(last)) || (mention.name !== undefined && entity.aliases?.has(mention.name) === true);
}
