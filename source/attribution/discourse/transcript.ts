/**
 * Press-conference and interview transcripts: a turn opened by "Lin Vale:", "Lune Daily:", "Q:" or "A:" holds every
 * sentence up to the next turn that claims nothing of its own, across paragraphs. "A:" is the person the transcript
 * names as answering (the one its headline names, "Spokesperson Lin Vale's Regular Press Conference"; else the person
 * who last spoke or acted before the first answer), "Q:" the questioner. Turns hold more than their first sentence only
 * in a transcript: an article where one turn's label opens two paragraphs or more (noted by the first pass, see
 * TurnLabels), as the answerer's does; one "Trump: ..." line in a story, or headings "Ada Voss: Water" / "Ivo Marsh: Roads"
 * in a list of candidates, take no narration after them. And a turn runs on only up to the transcript's last turn: the
 * paragraphs after that are the story's again (a transcript quoted in the middle of an article).
 */
import {isNameWord, isPossessive, isTitle, type Mention, possessorNameOf, newMention} from '../grammar/mention.js';
import {analysePhrase} from '../grammar/phrase.js';
import type {Token, TokenText} from '../text/tokens.js';
import {startsWithDigit} from '../text/word-flags.js';
import type {Claim} from './claim.js';
import type {Entity} from './entity.js';
import type {Registry} from './registry.js';

/** The labels of a question-and-answer transcript's turns, as written. */
const questionLabels = new Set(['Q', 'Question', 'QUESTION']);
const answerLabels = new Set(['A', 'Answer', 'ANSWER']);

/** Most words before the colon of a turn: "Foreign Ministry Spokesperson Lin Vale:". */
const maxTurnWords = 6;

/**
 * The labels of the units that open like a turn (up to six capitalised words and a colon, then a word: "Lin Vale: We ...",
 * not "Clinton: 547."), read by the first pass before capitals are demoted; repeated says the article is a transcript.
 */
export class TurnLabels {
	private readonly seen = new Set<string>();
	repeated = false;
	/** The last unit that opens like a turn, or -1. */
	last = -1;

	/** Notes unit `u`'s label, if it opens like a turn. */
	note(tokens: Token[], u: number) {
		for (let k = 0; k < tokens.length && k <= maxTurnWords; k++) {
			const token = tokens[k]!;
			if (token.text === ':') {
				const next = tokens[k + 1];
				if (k === 0 || next?.kind !== 'word' || startsWithDigit(next.text)) return;
				this.last = u;
				if (!this.repeated) this.add(tokens, k);
				return;
			}

			if (token.kind !== 'word' || !token.cap) return;
		}
	}

	private add(tokens: Token[], colon: number) {
		let label = '';
		for (let k = 0; k < colon; k++) label += `${tokens[k]!.lowerId} `;
		const size = this.seen.size;
		this.seen.add(label);
		this.repeated = this.seen.size === size;
	}
}

/** Which label a unit's turn opens with: "Q:" a question, "A:" an answer, or neither (a name, or no turn). */
export function turnLabel(tokens: Token[]): 'question' | 'answer' | undefined {
	if (tokens[1]?.text !== ':') return undefined;
	const label = tokens[0]!.text;
	return questionLabels.has(label) ? 'question' : answerLabels.has(label) ? 'answer' : undefined;
}

/** The transcript state of one analysis: the paragraphs that open like turns, who answers, the turn open now. */
export class Transcript {
	/** The turn open now: its opening claim, carried on to the sentences of the turn that claim nothing. */
	turn: Claim | undefined;
	/** The person the headline names ("Q&A with Vice President Ada Voss"), who answers the "A:" turns. */
	private named: Mention | undefined;
	private answerer: Entity | undefined;

	/** Whether the article is a transcript (see TurnLabels), whose turns hold every sentence up to the next turn. */
	readonly runsOn: boolean;
	/** The last unit that opens a turn: the turns run on no further. */
	private readonly lastTurn: number;

	constructor(labels: TurnLabels) {
		this.runsOn = labels.repeated;
		this.lastTurn = labels.last;
	}

	/** Whether the open turn runs on into unit `u`, whatever that unit holds. */
	runsInto(u: number): boolean {
		return this.runsOn && this.turn !== undefined && u < this.lastTurn;
	}

	/**
	 * The turn a body unit opens, if it opens one: "Q:" the questioner's, "A:" the answerer's, "Lin Vale:" (a claim
	 * of its first sentence by its colon, `first`) Lin Vale's. Becomes the open turn.
	 */
	open(u: number, tokens: Token[], first: Claim | undefined, registry: Registry, position: number): Claim | undefined {
		if (u > this.lastTurn) this.turn = undefined;
		const label = turnLabel(tokens);
		const speaker = label === 'question' ? this.questioner(registry, position) : label === 'answer' ? this.answererOf(registry, position) : undefined;
		// The label is the turn's mention ("A" → Lin Vale) and the colon its cue; same field order as claimOf's
		if (speaker) this.turn = {sentence: 0, from: 0, to: 0, entity: speaker, resolution: label === 'question' ? 'description' : 'alias', cue: ':', mention: tokens[0]!.text, frame: [0, 1, 1, 2], trailing: false};
		else if (first?.cue === ':' && first.frame[0] === 0) this.turn = first;
		return this.turn;
	}

	/** Notes the person a headline names, for the "A:" turns. */
	noteHeadline(tokens: Token[], tokenText: TokenText) {
		if (this.runsOn) this.named ??= personNamed(tokens, tokenText);
	}

	/** Who answers: the headline's person, else the person most recently speaking or acting (undefined if none). */
	answererOf(registry: Registry, position: number): Entity | undefined {
		if (!this.answerer && this.named) this.answerer = registry.named(this.named, position).entity;
		this.answerer ??= registry.mostRecent((entity) => entity.kind === 'person', 'salience', position, 40);
		return this.answerer;
	}

	/** The questioner of "Q:" turns: one unnamed person. */
	private questioner(registry: Registry, position: number): Entity {
		const mention = newMention('description', 0, 1, 'questioner');
		mention.head = 'questioner';
		return registry.describedBy(mention, position).entity;
	}
}

/** The first person's name in a line ("Spokesperson Lin Vale's Regular Press Conference" → Lin Vale), or undefined. */
function personNamed(tokens: Token[], tokenText: TokenText): Mention | undefined {
	for (let i = 0; i < tokens.length; i++) {
		if (!isNameWord(tokens[i]!) && !isTitle(tokens[i]!)) continue;
		let j = i;
		// A possessive ends the name: "Lin Vale's Regular Press Conference"
		while (j + 1 < tokens.length && !isPossessive(tokens[j]!.text) && (isNameWord(tokens[j + 1]!) || isTitle(tokens[j + 1]!))) j++;
		const mention = isPossessive(tokens[j]!.text) ? possessor(tokens, i, j + 1, tokenText) : analysePhrase(tokens, i, j + 1, tokenText);
		if (mention?.kind === 'name' && !mention.organisation && mention.name!.includes(' ')) return mention;
		i = j;
	}

	return undefined;
}

/** "Lin Vale's": the name without its 's, the titles before it left out. */
function possessor(tokens: Token[], from: number, to: number, tokenText: TokenText): Mention | undefined {
	let nameFrom = to - 1;
	while (nameFrom > from && isNameWord(tokens[nameFrom - 1]!) && !isTitle(tokens[nameFrom - 1]!)) nameFrom--;
	if (to - nameFrom < 2) return undefined;
	return possessorNameOf(tokens, from, nameFrom, to, tokenText);
}
