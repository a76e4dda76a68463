/** Verbs and the words around them that report speech: the cues. */
import {union, words} from './list.js';

/** Reporting verbs, by lemma, with irregular forms where English has them. */
const reportingLemmas = words(`
say tell state stress note add urge warn emphasize emphasise reiterate declare announce explain argue claim insist assert
acknowledge admit concede suggest predict write tweet post reply respond answer ask remark observe comment recall caution
vow promise pledge contend maintain counter complain charge boast joke quip continue conclude confirm deny reveal disclose
report estimate proclaim lament shout yell wonder mention testify allege affirm repeat retort scoff underline underscore
highlight propose demand advise recount describe elaborate concur interject chime muse fret grumble rant
thunder snap huff gush marvel sigh whisper cry exclaim plead beg implore forecast assure reassure brag
opine posit theorize speculate hint imply indicate recommend threaten clarify specify
`);

const irregular = new Map<string, string[]>([
	['say', ['say', 'says', 'said', 'saying']],
	['tell', ['tell', 'tells', 'told', 'telling']],
	['write', ['write', 'writes', 'wrote', 'written', 'writing']],
	['cry', ['cry', 'cries', 'cried', 'crying']],
	['reply', ['reply', 'replies', 'replied', 'replying']],
	['deny', ['deny', 'denies', 'denied', 'denying']],
	['testify', ['testify', 'testifies', 'testified', 'testifying']],
	['specify', ['specify', 'specifies', 'specified', 'specifying']],
	['clarify', ['clarify', 'clarifies', 'clarified', 'clarifying']],
	['theorize', ['theorize', 'theorizes', 'theorized', 'theorizing']],
	['imply', ['imply', 'implies', 'implied', 'implying']],
	['beg', ['beg', 'begs', 'begged', 'begging']],
	['snap', ['snap', 'snaps', 'snapped', 'snapping']],
	['quip', ['quip', 'quips', 'quipped', 'quipping']],
	['criticize', ['criticize', 'criticizes', 'criticized', 'criticizing']],
	['apologize', ['apologize', 'apologizes', 'apologized', 'apologizing']],
	['slam', ['slam', 'slams', 'slammed', 'slamming']],
	['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
	['disagree', ['disagree', 'disagrees', 'disagreed', 'disagreeing']],
	['mock', ['mock', 'mocks', 'mocked', 'mocking']],
	['chime', ['chime', 'chimes', 'chimed', 'chiming']],
	['admit', ['admit', 'admits', 'admitted', 'admitting']],
	['fret', ['fret', 'frets', 'fretted', 'fretting']],
	['brag', ['brag', 'brags', 'bragged', 'bragging']],
	['decry', ['decry', 'decries', 'decried', 'decrying']],
]);

/** Regular inflections of a lemma: note → notes, noted, noting; stress → stresses, stressed, stressing. */
function inflect(lemma: string): string[] {
	const forms = irregular.get(lemma);
	if (forms) return forms;
	const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
	const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
	const past = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
	return [lemma, third, past, `${stem}ing`];
}

/**
 * Verbs that report a judgement spoken about someone ("X praised Y for ...", "X called Y a liar"):
 * statements in news, but also common in narration, so they count only right after their subject.
 * (A lemma also in reportingLemmas keeps the reporting verb's forms.)
 */
const evaluativeLemmas = words(`
praise criticize criticise accuse attack blast slam defend question apologize apologise call blame decry condemn
dismiss reject hail mock ridicule echo cite agree disagree lambaste chide scold rebuke denounce tout applaud thank
congratulate challenge dispute disavow acknowledge express remind decline`);

/** Every inflected form → its lemma. */
export const reportingVerbs = new Map<string, string>();
for (const lemma of reportingLemmas) {
	for (const form of inflect(lemma)) reportingVerbs.set(form, lemma);
}

/** Inflected forms of the evaluative verbs. */
export const evaluativeVerbs = new Set<string>();
for (const lemma of evaluativeLemmas) {
	for (const form of inflect(lemma)) {
		if (reportingVerbs.has(form)) continue;
		reportingVerbs.set(form, lemma);
		evaluativeVerbs.add(form);
	}
}

/** Cues of several words, matched before single verbs; of two with the same first word, the first listed wins. */
export const multiWordCues: readonly string[][] = [
	['was', 'quoted', 'as', 'saying'],
	['is', 'quoted', 'as', 'saying'],
	['were', 'quoted', 'as', 'saying'],
	['quoted', 'as', 'saying'],
	['according', 'to'],
	['pointed', 'out'],
	['point', 'out'],
	['points', 'out'],
	['pointing', 'out'],
	// "Voss pointed to the flood as proof": what is pointed to is the statement
	['pointed', 'to'],
	['point', 'to'],
	['points', 'to'],
	['pointing', 'to'],
	// "Voss spoke about the flood": what is spoken about; "spoke to reporters" is not
	['spoke', 'about'],
	['spoke', 'of'],
	['spoke', 'out'],
	['speak', 'about'],
	['speak', 'out'],
	['speaks', 'about'],
	['speaks', 'of'],
	['speaks', 'out'],
	['spoken', 'about'],
	['spoken', 'out'],
	['speaking', 'about'],
	['speaking', 'out'],
	['called', 'for'],
	['calls', 'for'],
	['calling', 'for'],
	['called', 'on'],
	['calls', 'on'],
	['calling', 'on'],
	// "Voss advocates for a second gate": a position stated
	['advocate', 'for'],
	['advocates', 'for'],
	['advocated', 'for'],
	['advocating', 'for'],
	['expressed', 'hope'],
	['expresses', 'hope'],
	['expressing', 'hope'],
	['expressed', 'concern'],
	['expressing', 'concern'],
	['expressed', 'confidence'],
	['went', 'on', 'to', 'say'],
	['made', 'clear'],
	['made', 'it', 'clear'],
	['makes', 'clear'],
	['spelled', 'out'],
	['laid', 'out'],
	['summed', 'up'],
	['shot', 'back'],
	['fired', 'back'],
	['wrote', 'in'],
	// Refusals are reported answers: "declined to comment", "did not respond to a request for comment"
	['declined', 'to', 'comment'],
	['declines', 'to', 'comment'],
	['declined', 'to', 'discuss'],
	['declined', 'to', 'say'],
	['declined', 'an', 'interview'],
	['did', 'not', 'respond', 'to'],
	['did', 'not', 'immediately', 'respond', 'to'],
	['did', 'not', 'return'],
	['did', 'not', 'immediately', 'return'],
	["didn't", 'respond', 'to'],
	['didn’t', 'respond', 'to'],
];

/** Reporting verbs that are also nouns: "the member states", "his comments", "a promise". */
export const nounLikeLemmas = words(`state report claim comment note answer promise charge demand estimate post counter
tweet remark reply question warn forecast plead cry recount repeat`);

/** Verbs that report speech only with a that-clause or a quote after them. */
export const weakCues = words(`continue continued continues continuing went describe described describes explain state states
maintain maintains maintained maintaining testify testifies testified testifying`);

/** Judgement verbs that are also nouns ("Terrorist attacks in Brell", "the Lune attack"): a cue only with whom they target after them. */
export const targetingCues = words('attack attacks');

/** Forms of "call" that may report a telephone call ("Then Voss called.") rather than a judgement ("called Marsh a liar"). */
export const callForms = words('call calls called');

/** Participles that hang a statement on the sentence's subject: "..., saying that ...". */
export const participleCues = words(`saying adding noting stressing insisting arguing claiming warning telling urging
emphasizing emphasising explaining asserting declaring suggesting calling pointing writing vowing promising predicting
acknowledging admitting charging complaining contending asking`);

/** Past participles: after "was" or "were" a verb among them (or in -ed) is passive, "was told", no statement. */
export const pastParticiples = words('said told written asked quoted described reported stated noted');

/** Said-verbs that also take their speaker after them: "..., said Xi." */
export const invertibleVerbs = words(`said says added asked continued wrote explained noted recalled replied responded
stressed insisted argued declared warned told concluded acknowledged observed remarked quipped joked tweeted answered countered`);

/** Said-verbs whose object is a hearer or a thing, not what was said: "told the crowd:", "asked the panel:". */
export const objectCues = words('told asked answered');

/** Plain verbs of saying and reporting that close a sentence as its source: "..., officials said". */
export const closingVerbs = words('said says say told added reported wrote');

/** Adverbs, auxiliaries and reflexives that may stand between a subject and its reporting verb: "Chen also said", "Chen himself said". */
const betweenSubjectAndVerb = words(`also has have had later then further once previously repeatedly recently reportedly again
already separately publicly privately simply flatly bluntly earlier frequently often firmly openly specifically explicitly
directly personally finally initially first just even always himself herself itself themselves now still soon long since
both yet twice`);

/** Words a cue's verb may follow without losing its subject (cues.ts): also manner adverbs and modals. */
export const verbModifiers = union([betweenSubjectAndVerb], `quickly subsequently angrily clearly emphatically quietly loudly
proudly tearfully jokingly sarcastically confidently cautiously candidly curtly originally last never ever would will`);

/**
 * Words skipped walking back from a cue to its speaker ("Smith is today said to ..."): also "is", "was" and
 * the days that stand there; manner adverbs in -ly are told apart by isMannerAdverb().
 */
export const subjectVerbFillers = union([betweenSubjectAndVerb], 'is was are were today yesterday tonight');

/** Auxiliaries that make the verb after them passive or hypothetical: no statement. */
export const nonAssertive = words(`not n't never to would could might should may can will shall did does do cannot didn't
doesn't don't won't wouldn't couldn't shouldn't`);

/**
 * Modals and forms of "do" that, with their subject before them, still report what the subject says, would say or
 * does not say ("Voss did not mention ...", "Marsh would argue ..."): PolNeAR attributes the content to the subject.
 */
export const modalAuxiliaries = words(`did does do would will could can might may should must cannot didn't doesn't don't won't
wouldn't couldn't shouldn't can't didn’t doesn’t don’t won’t wouldn’t couldn’t shouldn’t can’t`);

/** Negations between a modal and its verb: "did not say", "would never say". */
export const verbNegations = words('not never');

/**
 * Verbs that carry an infinitive cue for their subject: "Voss continued to insist", "Marsh tried to explain",
 * "Holt went on to say" (with "on" after "went").
 */
export const catenativeVerbs = words(`continue continues continued continuing try tries tried trying seek seeks sought seeking
refuse refuses refused refusing begin begins began proceed proceeds proceeded rushed hastened moved struggled struggles
attempt attempts attempted`);

/** Verbs whose object is the means of a cue in an infinitive after it: "took to Twitter to say", "used the speech to call for". */
export const meansVerbs = words('took takes used uses went goes');

/** Forms of "go" before "on to": "went on to say". */
export const goForms = words('go goes went going');

export const passiveAuxiliaries = words('was were been being is are be');

/** Finite verbs that, after a noun phrase, make it a clause's subject: "said Voss has ...". */
export const contentVerbs = words('has had have');

/** Nouns and adjectives used as nouns that end in -ly, no manner adverb: "The family said", "The elderly say". */
export const lyNouns = words(`family ally assembly rally supply bully monopoly anomaly homily daily weekly monthly quarterly
biweekly elderly jelly belly butterfly firefly only lily holly panoply melancholy folly gully tally doily`);

/** Verbs of issuing a document: "Smith released a statement", and "out" of "the board put out a report". */
export const issueVerbs = words(`released issued sent published posted filed wrote signed unveiled circulated distributed tweeted shared
delivered submitted out`);

/** Verbs before "out" that issue a document: "put out a report", "sent out a letter". */
export const outVerbs = words('put puts sent sends');

/** Documents that say things as a speaker does, heading its phrase: "The ad says ...", "A court filing says ...". */
export const documentHeads = words(`ad ads advertisement filing filings document documents memo letter email e-mail study survey ranking
analysis article editorial complaint lawsuit indictment transcript video release tweet ruling summary petition platform website`);

/** Nouns for what a speaker sends or publishes: "released a statement saying", "sent an email urging". */
export const documentNouns = words('statement letter email e-mail memo tweet post message note release video ad advertisement op-ed column essay report filing petition');
