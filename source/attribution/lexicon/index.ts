/**
 * General English lexicons: reporting verbs, titles, roles, determiners; first names by gender.
 * Nothing here names a person, a publisher or a document.
 */
import {femaleFirstNames, maleFirstNames} from './first-names.js';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Reporting verbs, by lemma, with irregular forms where English has them. */
const reportingLemmas = `
say tell state stress note add urge warn emphasize emphasise reiterate declare announce explain argue claim insist assert
acknowledge admit concede suggest predict write tweet post reply respond answer ask remark observe comment recall caution
vow promise pledge contend maintain counter complain charge boast joke quip continue conclude confirm deny reveal disclose
report estimate proclaim lament shout yell wonder mention testify allege affirm repeat retort scoff underline underscore
highlight propose demand advise recount acknowledge describe elaborate concur interject chime muse fret grumble rant
thunder snap huff gush marvel sigh whisper cry exclaim plead beg implore predict forecast assure reassure brag concede
opine posit theorize speculate hint imply indicate recommend caution threaten announce clarify specify emphasize
`;

const irregular: Record<string, string[]> = {
	say: ['say', 'says', 'said', 'saying'],
	tell: ['tell', 'tells', 'told', 'telling'],
	write: ['write', 'writes', 'wrote', 'written', 'writing'],
	cry: ['cry', 'cries', 'cried', 'crying'],
	reply: ['reply', 'replies', 'replied', 'replying'],
	deny: ['deny', 'denies', 'denied', 'denying'],
	testify: ['testify', 'testifies', 'testified', 'testifying'],
	specify: ['specify', 'specifies', 'specified', 'specifying'],
	clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
	theorize: ['theorize', 'theorizes', 'theorized', 'theorizing'],
	imply: ['imply', 'implies', 'implied', 'implying'],
	beg: ['beg', 'begs', 'begged', 'begging'],
	snap: ['snap', 'snaps', 'snapped', 'snapping'],
	quip: ['quip', 'quips', 'quipped', 'quipping'],
	criticize: ['criticize', 'criticizes', 'criticized', 'criticizing'],
	apologize: ['apologize', 'apologizes', 'apologized', 'apologizing'],
	slam: ['slam', 'slams', 'slammed', 'slamming'],
	agree: ['agree', 'agrees', 'agreed', 'agreeing'],
	disagree: ['disagree', 'disagrees', 'disagreed', 'disagreeing'],
	mock: ['mock', 'mocks', 'mocked', 'mocking'],
	chime: ['chime', 'chimes', 'chimed', 'chiming'],
};

/** Regular inflections of a lemma: note → notes, noted, noting; stress → stresses, stressed, stressing. */
function inflect(lemma: string): string[] {
	if (irregular[lemma]) return irregular[lemma];
	const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
	const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
	const past = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
	return [lemma, third, past, `${stem}ing`];
}

/**
 * Verbs that report a judgement spoken about someone ("X praised Y for ...", "X called Y a liar"):
 * statements in news, but also common in narration, so they count only right after their subject.
 */
const evaluativeLemmas = `
praise criticize criticise accuse attack blast slam defend question apologize apologise call blame decry condemn
dismiss reject hail mock ridicule echo cite agree disagree lambaste chide scold rebuke denounce tout applaud thank
congratulate challenge dispute disavow acknowledge`;

/** Every inflected form → its lemma. */
export const reportingVerbs = new Map<string, string>();
for (const lemma of words(reportingLemmas)) {
	for (const form of inflect(lemma)) reportingVerbs.set(form, lemma);
}

/** Inflected forms of the evaluative verbs. */
export const evaluativeVerbs = new Set<string>();
for (const lemma of words(evaluativeLemmas)) {
	for (const form of inflect(lemma)) {
		if (reportingVerbs.has(form)) continue;
		reportingVerbs.set(form, lemma);
		evaluativeVerbs.add(form);
	}
}

/** Cues of several words, matched before single verbs. */
export const multiWordCues: string[][] = [
	['was', 'quoted', 'as', 'saying'],
	['is', 'quoted', 'as', 'saying'],
	['were', 'quoted', 'as', 'saying'],
	['quoted', 'as', 'saying'],
	['according', 'to'],
	['pointed', 'out'],
	['point', 'out'],
	['points', 'out'],
	['pointing', 'out'],
	['called', 'for'],
	['calls', 'for'],
	['calling', 'for'],
	['called', 'on'],
	['calls', 'on'],
	['calling', 'on'],
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
tweet remark reply question warn forecast plead cry post recount repeat`);

/** Verbs that report speech only with a that-clause or a quote after them. */
export const weakCues = words('continue continued continues continuing went describe described describes explain');

/** Participles that hang a statement on the sentence's subject: "..., saying that ...". */
export const participleCues = words(`saying adding noting stressing insisting arguing claiming warning telling urging
emphasizing emphasising explaining asserting declaring suggesting calling pointing writing vowing promising predicting
acknowledging admitting charging complaining contending asking`);

/** Words that may stand between a subject and its verb: "Chen also said", "she has repeatedly said". */
export const verbModifiers = words(`also has have had later then further once previously repeatedly recently reportedly
often again already separately publicly privately simply flatly bluntly quickly has later earlier subsequently
still frequently openly angrily firmly clearly emphatically quietly loudly proudly tearfully jokingly sarcastically
confidently cautiously candidly bluntly curtly recently initially originally first last finally specifically
explicitly directly personally herself himself themselves itself had just even always never ever would will`);

/** Auxiliaries that make the verb after them passive or hypothetical: no statement. */
export const nonAssertive = words(`not n't never to would could might should may can will shall did does do cannot didn't
doesn't don't won't wouldn't couldn't shouldn't`);

export const passiveAuxiliaries = words('was were been being is are be');

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

/** Days and months: capitalised, never names. */
export const dayOrMonth = words(`monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december`);

/** Titles, ranks and offices: in "Russian Security Council Secretary Nikolai Patrushev" the role ends at the last one. */
export const titleWords = words(`president vice-president secretary minister director chairman chairwoman chairperson chair
spokesman spokeswoman spokesperson spokespeople senator sen. sen rep. rep representative gov. gov governor mayor ambassador
envoy general gen. gen ceo chief head leader premier chancellor king queen prince princess pope judge justice attorney
prosecutor commissioner councillor councilman councilwoman speaker adviser advisor aide strategist manager officer
official mr. mr mrs. mrs ms. ms dr. dr prof. prof professor rev. rev reverend lt. lt col. col capt. capt sgt. sgt
commander candidate nominee founder executive analyst economist editor reporter correspondent author host coach captain
member deputy counsel lawmaker congressman congresswoman sheriff inspector superintendent dean chief-of-staff pastor
bishop cardinal archbishop rabbi imam sheikh emir sultan president-elect nominee-elect frontrunner front-runner
secretary-general under-secretary undersecretary consul diplomat negotiator administrator regulator supervisor
president's anchor columnist commentator pollster consultant operative organizer activist campaigner lobbyist
researcher scientist expert professor lecturer fellow scholar historian surgeon doctor physician nurse lawyer
counselor chairmen whip leader-elect delegate delegates staffer surrogate surrogates`);

/** Nouns that head a description of a speaker: "the spokesman", "a senior official", "analysts". */
export const roleNouns = new Set([
	...titleWords,
	...words(`official officials source sources analyst analysts expert experts people person voters voter supporters
supporter critics critic lawmakers legislators legislator senators aides advisers advisors residents researchers
scientists economists observers diplomats members representatives executives managers organizers protesters
protestors activists campaign government administration ministry department committee agency police court
authorities authority military army navy spokespeople statement report reports study survey poll polls document
documents memo letter website release group team company firm bank office council commission panel board
newspaper paper network outlet magazine union party witness witnesses prosecutors attorneys lawyers father mother
wife husband son daughter brother sister friend friends woman man women men neighbor neighbors colleague colleagues
candidate candidates nominee rival rivals opponent opponents challenger incumbent strategists pollsters consultants
operatives donors delegates workers employees staff staffers officers investigators regulators leaders nation
country state city white house kremlin pentagon agency's organization organisation institute university center
foundation association federation alliance coalition bureau embassy legislature parliament congress senate
data figures records estimates projections analysis polling numbers results half third quarter majority minority
others side`),
]);

/** Heads of descriptions that stand for one person, so that he or she can refer to them. */
export const personNouns = new Set([
	...titleWords,
	...words(`person man woman father mother wife husband son daughter brother sister friend neighbor neighbour colleague
voter supporter critic witness worker employee resident source insider businessman businesswoman billionaire mogul
socialist democrat republican conservative liberal independent progressive veteran actor actress comedian writer
student teacher owner victim survivor protester activist moderator narrator magnate tycoon developer entrepreneur
businessperson star celebrity personality pundit blogger interviewer populist outsider insurgent contender hopeful`),
]);

/** Last words that make a capitalised name an organisation rather than a person. */
export const organisationWords = words(`house ministry department committee council party campaign commission agency office
administration government association union institute university bank corp corp. inc inc. company group news times post
journal tribune herald gazette xinhua reuters ap afp tass cnn fox nbc abc cbs msnbc npr bbc court police army navy
service services organization organisation foundation center centre network board bureau federation embassy congress
senate parliament kremlin pentagon assembly cabinet authority authorities commission league alliance coalition
fund corporation co. co ltd ltd. llc times inc. institution school college hospital club society trust press
magazine daily weekly channel radio tv television media force forces guard guards command ministry's`);

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

/** Female or male: what a first name or an honorific tells of a person. */
export type Gender = 'm' | 'f';

/**
 * Whether a list of words one space apart in sorted order holds `word`: a binary search of the string
 * itself. A Set or Map of the ~14,000 first names took milliseconds to build, on every run.
 */
function listed(list: string, word: string): boolean {
	// Positions in the list: `low` and `high` are where words start (or its end). The word read holds or
	// follows the position before the middle, and so starts in [low, middle]: each step narrows the range
	let low = 0;
	let high = list.length;
	while (low < high) {
		const start = list.lastIndexOf(' ', ((low + high) >>> 1) - 1) + 1;
		let end = list.indexOf(' ', start);
		if (end === -1) end = list.length;
		const candidate = list.slice(start, end);
		if (candidate === word) return true;
		if (candidate < word) low = end + 1;
		else high = start;
	}

	return false;
}

/**
 * Look-ups searched in the strings before the lists become Sets: an article names a few dozen people,
 * so building Sets would cost every run; a text of many thousands of new names (~1.5 µs a search) repays it.
 */
const searchedLookups = 2000;
let lookups = 0;
let sets: {female: Set<string>; male: Set<string>} | undefined;

function genderOf(name: string): Gender | undefined {
	if (sets === undefined && ++lookups <= searchedLookups) return listed(femaleFirstNames, name) ? 'f' : listed(maleFirstNames, name) ? 'm' : undefined;
	sets ??= {female: new Set(femaleFirstNames.split(' ')), male: new Set(maleFirstNames.split(' '))};
	return sets.female.has(name) ? 'f' : sets.male.has(name) ? 'm' : undefined;
}

/** The accents that NFD splits off their letters: "françois" without them is "francois". */
const combiningMarks = /\p{M}/gu;

/**
 * The gender a lower-case first name tells, when it tells one clearly (see first-names.ts): "pete" → m,
 * "françois" → m (accents folded), "mary-kate" → f (by its first part); "jordan", "jean" → undefined.
 */
export function genderOfFirstName(name: string): Gender | undefined {
	const gender = genderOf(name);
	if (gender !== undefined || /^[a-z]*$/.test(name)) return gender;
	const folded = name.normalize('NFD').replaceAll(combiningMarks, '');
	const hyphen = folded.indexOf('-');
	return (folded === name ? undefined : genderOf(folded)) ?? (hyphen > 0 ? genderOf(folded.slice(0, hyphen)) : undefined);
}
