/** Function words: determiners, pronouns, conjunctions, prepositions, and the words that open or end a phrase or clause. */
import {union, words} from './list.js';

export const determiners = words(`the a an this these those his her their its our my your another some many several
one two three four five six seven eight nine ten both all each any most other such`);

export const pronouns = {
	male: words('he him his himself'),
	female: words('she her hers herself'),
	plural: words('they them their themselves'),
	neuter: words('it its itself'),
	first: words('i we me us'),
};

export const subjectPronouns = words('he she they it we i');

/** Capitalised words that start sentences or name times, and never a speaker. */
export const notNames = words(`the a an this that these those it its he she they we i you his her their our my your
but and or so yet for nor if when while as after before since because although though however meanwhile also still
then there here in on at by with from to of into about over under during between among without within through
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight
mr mrs ms dr not no yes what who whom whose which where why how all some many most several both each every any
one two three four five six seven eight nine ten first second third last next new former other such
according said says asked told`);

/** Words that end a noun phrase walking backwards: a clause or a preposition lies beyond them. */
export const phraseBoundaries = words(`that which who whom whose and or but if when while as after before since because
although though than where whether to in on at by with from into about over under during between among without
within through against is was were are be been being has have had do does did not will would could should may
might can said says told say tell according`);

/** The articles: a phrase after a comma that opens with one may be an apposition ("Chen, a member of ..."). */
export const articles = words('a an the');

/** Determiners of a noun a participle may modify: "in a statement saying", "from the release announcing". */
export const nounDeterminers = words('a an the this that his her its their our');

/** Words that open an introductory phrase before a sentence's subject: "On Monday, Chen ...". */
export const introducers = words(`on in at after during earlier later meanwhile however last this since when while as before
following speaking addressing asked by for with from under over despite amid also still so now today yesterday instead afterward
afterwards separately similarly likewise indeed finally ultimately nonetheless nevertheless outside inside across around near
behind beyond through throughout within among along between against according`);

/** One-word openers a subject may follow without a comma: "But Smith said", "And then, Smith said", "Then Smith said". */
export const conjunctions = words('but and yet then');

/** Words that open a subordinate clause before the main one: "After Smith argued ..., Jones said ...". */
export const subordinators = words('after when although though as before since because if once unless until');

/** Relative pronouns before a clause's subject: "the plan, which Smith said ...". */
export const relativePronouns = words('which whom');

/** Words after a comma that open a second clause: ", and Smith said ...". */
export const clauseOpeners = words('and but while whereas though although');

/** Words that open an apposition that is no role: ", who ...,", ", including Smith,". */
export const clauseWords = words('who whom whose which including like among especially notably');

/** Words that open a who-clause, which may hold commas of its own. */
export const whoWords = words('who whose');

/** Prepositions a capital modifies a noun after ("in Western states"), not a verb's subject. */
export const prepositions = words('of in on at for from to with by across among into');

/** Prepositions whose object may carry a participle: "in a statement saying", "from an ad claiming". */
export const prepositionsBeforeNoun = words('in on at from with by under through via during into after');

/** Words that end the source phrase of "according to" when nothing in it names anyone: "according to early returns, which ...". */
export const sourcePhraseEnds = words('that which who whom whose and but or as when while because if than');

/** Words after the head of such a source phrase: "a count by the wire service", "a summary of its inquiry", "a report released ...". */
export const afterSourceHead = words('by of from in on at for with to released published obtained filed conducted compiled posted sent');

/** Words that may follow a closing cue without starting its content: "..., Smith said on Monday", "..., he told reporters". */
export const afterCue = words(`in on at of during after before to from with by about while when as last this earlier later recently
today yesterday tonight then again afterward afterwards told through via over under for`);

/** Pronouns that are a verb's object: "told them:", "called him on it:". */
export const objectPronouns = words('them him her us me you it');

/** Words that open a clause of content after a cue: "said that ...:", "asked how ...:". */
export const contentClauseWords = words('that how what why whether where when who if');

/** Small words inside the name of a place or an institution: "of the University of Lune". */
export const placeLinks = words('of for the');

/** Prepositions before a place in an apposition: ", of Brell, Ala.,", ", retired in Brell, Mass.,". */
export const placePrepositions = words('of from in at near outside');

/** Words between a group and where it is: "officials in Beijing", "residents of Vale", "sources familiar with", "close to". */
export const groupLinks = words('in at on from of with to');

/** The adjective a group's link may follow: "familiar with", "close to". */
export const linkAdjectives: ReadonlyMap<string, string> = new Map([
	['with', 'familiar'],
	['to', 'close'],
]);

/** Numbers written as words: "one in 10", "two of his aides". */
export const countWords = words('one two three four five six seven eight nine ten');

/** Numbers past ten written as words, and the tens of "twenty-four": "Thirty percent", "Twenty-four percent". */
export const tensWords = words('eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred');

/** Words before a share of people: "about 4 in 10", "more than six in 10", "a mere 9 percent". */
export const shareModifiers = words('about nearly almost roughly around some more fewer less than over under just only mere a');

/** Words for a part of a group: "most of", "one of", "a majority of" (and fractions: "three-quarters of"). */
export const quantities = union([countWords], `most many some several few all both each none half majority minority dozens
hundreds thousands millions third quarter fifth`);

/** Capitalised words that can start a sentence after an abbreviation such as "U.S." */
export const sentenceStarters = words(`the he she it they we i this that but and in on a an his her their its there as at for
if when while after so yet still meanwhile`);

/** Prepositions before a verb in -ing whose subject is the sentence's: "by saying", "before telling", "in describing". */
export const gerundPrepositions = words('by before after while in upon');

/**
 * First words of an aside between a speaker and the verb, which says when, where or how, never who:
 * "Voss, in a statement, said", "Voss, however, said", "Voss, wearing a hard hat, said" (a word in -ing too).
 */
export const asideOpeners = words(`in at on after before during for with along amid despite following unlike like however meanwhile
too though moreover instead nevertheless nonetheless indeed again also once then now later earlier still`);

/** Participles after the people a poll asked: "those surveyed", "voters polled". */
export const askedWords = words('surveyed polled questioned interviewed sampled');
