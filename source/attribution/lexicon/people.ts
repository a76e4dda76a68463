/** Words for people and organisations: titles, roles, descriptions, name particles. Nothing here names a person. */
import {union, words} from './list.js';

/** Titles, ranks and offices: in "Russian Security Council Secretary Nikolai Patrushev" the role ends at the last one. */
export const titleWords = words(`president vice-president secretary minister director chairman chairwoman chairperson chair spokesman spokeswoman
spokesperson spokespeople senator sen. sen rep. rep representative gov. gov governor mayor ambassador envoy general
gen. gen ceo chief head leader premier chancellor king queen prince princess pope judge justice attorney prosecutor
commissioner councillor councilman councilwoman speaker adviser advisor aide strategist manager officer official mr.
mr mrs. mrs ms. ms dr. dr prof. prof professor rev. rev reverend lt. lt col. col capt. capt sgt. sgt commander
candidate nominee founder executive analyst economist editor reporter correspondent author host coach captain member
deputy counsel lawmaker congressman congresswoman sheriff inspector superintendent dean chief-of-staff pastor bishop
cardinal archbishop rabbi imam sheikh emir sultan president-elect nominee-elect frontrunner front-runner
secretary-general under-secretary undersecretary consul diplomat negotiator administrator regulator supervisor
president's anchor columnist commentator pollster consultant operative organizer activist campaigner lobbyist
researcher scientist expert lecturer fellow scholar historian surgeon doctor physician nurse lawyer counselor chairmen
whip leader-elect delegate delegates staffer surrogate surrogates`);

/** Nouns that head a description of a speaker: "the spokesman", "a senior official", "analysts"; every title too. */
export const roleNouns = union([titleWords], `officials source sources analysts experts people person voters voter supporters supporter critics critic lawmakers
legislators legislator senators aides advisers advisors residents researchers scientists economists observers
diplomats members representatives executives managers organizers protesters protestors activists campaign government
administration ministry department committee agency police court authorities authority military army navy statement
report reports study survey poll polls document documents memo letter website release group team company firm bank
office council commission panel board newspaper paper network outlet magazine union party witness witnesses
prosecutors attorneys lawyers father mother wife husband son daughter brother sister friend friends woman man women
men neighbor neighbors colleague colleagues candidates rival rivals opponent opponents challenger incumbent
strategists pollsters consultants operatives donors workers employees staff staffers officers investigators regulators
allies spokesmen spokeswomen leaders nation country state city white house kremlin pentagon agency's organization organisation institute university
center foundation association federation alliance coalition bureau embassy legislature parliament congress senate data
figures records estimates projections analysis polling numbers results half third quarter majority minority others
side`);

/** Heads of descriptions that stand for one person, so that he or she can refer to them; every title too. */
export const personNouns = union([titleWords], `person man woman father mother wife husband son daughter brother sister friend neighbor neighbour colleague voter
supporter critic witness worker employee resident source insider businessman businesswoman billionaire mogul socialist
democrat republican conservative liberal independent progressive veteran actor actress comedian writer student teacher
owner victim survivor protester moderator narrator magnate tycoon developer entrepreneur businessperson star celebrity
personality pundit blogger interviewer populist outsider insurgent contender hopeful advocate fan backer respondent associate
defender forecaster participant attendee foe confidant skeptic proponent admirer detractor specialist competitor adherent
loyalist constituent volunteer parent fact-checker
engineer farmer rancher driver pilot
soldier sailor firefighter miner clerk mechanic electrician plumber carpenter artist musician singer designer architect chef
pharmacist dentist accountant banker retiree pensioner homemaker librarian cashier waiter waitress bartender janitor`);

/** Last words that make a capitalised name an organisation rather than a person. */
export const organisationWords = words(`house ministry department committee council party campaign commission agency office administration government
association union institute university bank corp corp. inc inc. company group news times post journal tribune herald
gazette xinhua reuters ap afp tass cnn fox nbc abc cbs msnbc npr bbc court police army navy service services
organization organisation foundation center centre network board bureau federation embassy congress senate parliament
kremlin pentagon assembly cabinet authority authorities league alliance coalition fund corporation co. co ltd ltd. llc
institution school college hospital club society trust press magazine daily weekly channel radio tv television media
force forces guard guards command ministry's`);

/** Plural nouns that, capitalised, name a party's members as a name does: "Democrats said". */
export const parties = words('democrats republicans conservatives liberals independents progressives socialists greens tories libertarians');

/** Heads that describe a public figure by office or standing: "the Texas senator", "the billionaire businessman". */
export const protagonistHeads = words(`senator governor president nominee candidate congressman congresswoman mayor representative
businessman businesswoman billionaire mogul magnate tycoon developer entrepreneur socialist democrat republican conservative
liberal independent progressive front-runner frontrunner contender hopeful populist outsider insurgent actor actress
comedian star celebrity leader premier chancellor minister king queen pope president-elect senator-elect speaker
lawmaker legislator incumbent challenger rival`);

/** Words that end a company's name: "Acme Corp" is what "the company" or "the firm" means. */
export const companySuffixes = words('corp corporation inc ltd llc plc co company holdings gmbh ag');

/** Heads of descriptions that mean a company: "the company", "the firm". */
export const companyHeads = words('company firm corporation');

/** Titles abbreviated before names, spelt out so that "the senator" finds "Sen. Ted Cruz". */
export const spelledOut: ReadonlyMap<string, string> = new Map([
	['sen', 'senator'],
	['gov', 'governor'],
	['rep', 'representative'],
	['gen', 'general'],
	['pres', 'president'],
	['sec', 'secretary'],
	['amb', 'ambassador'],
	['lt', 'lieutenant'],
	['col', 'colonel'],
	['capt', 'captain'],
	['sgt', 'sergeant'],
	['adm', 'admiral'],
]);

/** Honorifics and the gender they tell. */
export const honorifics: ReadonlyMap<string, 'm' | 'f'> = new Map([
	['mr', 'm'],
	['mr.', 'm'],
	['mrs', 'f'],
	['mrs.', 'f'],
	['ms', 'f'],
	['ms.', 'f'],
	['miss', 'f'],
]);

/** Particles inside a name, in lower case: "Ursula von der Leyen", "Ibn Saud". */
export const nameParticles = words('de van von der da del di du le la bin al el ibn dos das');

/** Words that head a label before a colon, not a speaker: "Breaking:", "Editor's Note:", "The Latest:", "Delegate Update:". */
export const headlineLabels = words('breaking exclusive revealed update updates latest note byline watch look wow boom busted notice correction');
