import test from 'ava';
import {findCues, isMannerAdverb} from '../../source/attribution/grammar/cues.js';
import {findQuotes} from '../../source/attribution/text/quotes.js';
import {tokenize} from '../../source/attribution/text/tokens.js';
import {article, who} from '../helpers/attribute.js';

/** The cues of one sentence, as written. */
function cues(text: string): string[] {
	const {tokens} = tokenize(text);
	const inside = findQuotes(tokens);
	const found = findCues(tokens, inside, 0, tokens.length);
	return Array.from({length: found.length}, (_, k) => found.at(k).text);
}

const single: Array<[string, string]> = [
	['Orla Benn said the dam would hold.', 'said'],
	['Orla Benn says the dam will hold.', 'says'],
	['Orla Benn told reporters the dam would hold.', 'told'],
	['Orla Benn stressed that the dam would hold.', 'stressed'],
	['Orla Benn noted that the dam would hold.', 'noted'],
	['Orla Benn added that the dam would hold.', 'added'],
	['Orla Benn urged residents to stay calm.', 'urged'],
	['Orla Benn warned that the river was rising.', 'warned'],
	['Orla Benn emphasized that the dam would hold.', 'emphasized'],
	['Orla Benn emphasises that the dam will hold.', 'emphasises'],
	['Orla Benn reiterated that the dam would hold.', 'reiterated'],
	['Orla Benn tweeted that the dam would hold.', 'tweeted'],
	['Orla Benn pointed out that the dam was new.', 'pointed out'],
	['Orla Benn called for calm along the river.', 'called for'],
	['Orla Benn expressed hope that the dam would hold.', 'expressed hope'],
	['Orla Benn was quoted as saying the dam would hold.', 'was quoted as saying'],
	['The dam will hold, according to Orla Benn.', 'according to'],
];

for (const [sentence, cue] of single) {
	test(`cue "${cue}" in: ${sentence}`, (t) => {
		t.deepEqual(cues(sentence), [cue]);
	});
}

test('"adding that" is a participle cue after the main one', (t) => {
	t.deepEqual(cues('Orla Benn said the dam would hold, adding that the river was falling.'), ['said', 'adding']);
});

test('verbs that do not assert are not cues: infinitive, passive', (t) => {
	t.deepEqual(cues('Orla Benn wants to say more.'), []);
	t.deepEqual(cues('Orla Benn was told to leave.'), []);
});

test('a negated or modal verb right after its subject is a cue (PolNeAR attributes "did not say", "would say")', (t) => {
	t.deepEqual(cues('Orla Benn did not say when the dam would open.'), ['say']);
	t.deepEqual(cues('Orla Benn would say nothing more.'), ['say']);
});

test('words that are nouns as often as verbs are cues only after a subject', (t) => {
	t.deepEqual(cues('The Federated States of Lune signed the pact.'), []);
	t.deepEqual(cues('Most Coastal states voted early.'), []);
	t.deepEqual(cues('The editor’s note appeared on Friday.'), []);
	t.deepEqual(cues('Orla Benn claims that the dam is safe.'), ['claims']);
});

test('judgement verbs are cues right after their subject, not in "a group called X"', (t) => {
	t.deepEqual(cues('Orla Benn praised the engineers for their speed.'), ['praised']);
	t.deepEqual(cues('Orla Benn accused the council of neglect.'), ['accused']);
	t.deepEqual(cues('They joined a club called Riverside.'), []);
});

test('"adding to" and "went on to win" report nothing', (t) => {
	t.deepEqual(cues('Orla Benn won the seat, adding to her majority.'), []);
	t.deepEqual(cues('Orla Benn went on to win the seat.'), []);
});

test('a cue inside a quote is not a cue of the sentence', (t) => {
	t.deepEqual(cues('“They said it would hold,” Orla Benn said.'), ['said']);
});

test('"described" reports a judgement only with "as" after it', (t) => {
	t.deepEqual(cues('Orla Benn described the plan as reckless.'), ['described']);
	t.deepEqual(cues('Orla Benn described the plan.'), []);
});

test('a capitalised "Will" inside a sentence is a name, so its verb still asserts', (t) => {
	t.deepEqual(cues('Citing the flood, Will urged the council to act.'), ['urged']);
	t.deepEqual(cues('The river will urge nobody.'), []);
});

test('refusals are reported answers: "declined to comment", "did not respond to"', (t) => {
	t.deepEqual(cues('Orla Benn declined to comment.'), ['declined to comment']);
	t.deepEqual(cues('Orla Benn did not respond to a request for comment.'), ['did not respond to']);
	t.deepEqual(cues('The mill declined in value.'), []);
});

test('a refusal is its subject’s statement', (t) => {
	t.deepEqual(who(article('Dam', 'Tomas Orr declined to comment.', 'Ada Brill, his lawyer, did not immediately return a call.')), [
		[1, 'Tomas Orr'],
		[2, 'Ada Brill'],
	]);
});

test('a manner adverb in -ly between subject and verb: the subject still speaks, and a passive stays passive', (t) => {
	t.deepEqual(who(article('Vote', 'Orla Benn gingerly said that the count was fair.')), [[1, 'Orla Benn']]);
	// Nouns in -ly and names are no adverbs
	const adverbs = tokenize('gingerly family rally Kelly').tokens.map((token) => isMannerAdverb(token));
	t.deepEqual(adverbs, [true, false, false, false]);
	t.deepEqual(cues('Orla Benn was officially declared the winner.'), []);
	// "quick and widely shared" is no second verb of the sentence's subject
	t.deepEqual(who(article('Vote', 'Orla Benn waited for the vote after her quick and widely shared post about the dam.')), []);
});

test('capitals after a possessive modify a noun: "last week’s Lune attack" is no cue of "Lune"', (t) => {
	t.deepEqual(cues('Citing last week’s Lune attack as a lesson, Orla Benn urged calm.'), ['urged']);
});

test('"called" after an indefinite noun and before a name names it', (t) => {
	t.deepEqual(cues('A new group called River Votes Matter, led by local strategists, is spending heavily.'), []);
	t.deepEqual(cues('The group called the decision a disgrace.'), ['called']);
});

test('a weak verb closing a quote with its speaker is a cue: "…," he continued.', (t) => {
	t.deepEqual(cues('"We will rebuild the dam," she continued.'), ['continued']);
	t.deepEqual(cues('The war continued.'), []);
});

test('"later Thursday" is a time phrase between subject and verb', (t) => {
	t.deepEqual(who(article('Talks', 'Orla Benn later Thursday told reporters the dam would hold.')), [[1, 'Orla Benn']]);
});
