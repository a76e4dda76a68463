// News-like text for the benchmark, written from scratch: invented people, places and sentences
// with quotes, reporting cues, names, titles, roles and pronouns. Deterministic for a given seed.

/** A small seeded PRNG (mulberry32), so every run analyses the same text. */
function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d_2b_79_f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const syllables = ['ka', 'lo', 'mir', 'ven', 'do', 'sa', 'ri', 'tan', 'bel', 'or', 'na', 'vik', 'el', 'zu', 'pra', 'ton', 'li', 'ma', 'ser', 'gu'];
const cities = ['Veldora', 'Port Amsel', 'Kirrin', 'Lostova', 'New Harlow', 'Tamsk', 'Belmaro', 'Ostrel'];
const wires = ['Wire', 'NWS', 'Daily Dispatch'];
const months = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const titles = ['Minister', 'Governor', 'Senator', 'Mayor', 'Dr.', 'Professor', 'General', 'Judge'];
const roles = [
	'a spokeswoman for the Ministry of Transport',
	'the head of the regional water board',
	'a senior analyst at the Harlow Institute',
	'chairman of the port authority',
	'deputy director of the national statistics office',
	'a member of the city council',
	'the chief executive of Ostrel Grain Co.',
];
const descriptions = ['the spokeswoman', 'the minister', 'the governor', 'the analyst', 'the official', 'the mayor'];
const cues = ['said', 'said', 'said', 'stressed', 'noted', 'added', 'warned', 'told reporters', 'pointed out', 'argued', 'explained'];
const subjects = ['the new bridge', 'the budget', 'the harvest', 'the agreement', 'the rail line', 'the vaccine programme', 'local schools', 'the ferry service', 'grain prices', 'the water supply', 'the election', 'small businesses'];
const verbs = ['will open', 'has cost', 'could delay', 'would protect', 'must include', 'cannot replace', 'may help', 'should reach', 'is expected to lift', 'has failed to meet'];
const objects = ['more than 40 towns', 'the northern districts', 'every family in the region', 'the original plan', 'next year\'s targets', 'thousands of workers', 'the coastal road', 'its own promises', 'the neighbouring provinces', 'the poorest households'];
const tails = ['before the winter', 'within two years', 'despite the delays', 'by the end of the month', 'if the weather holds', 'without new taxes', 'as soon as possible', ''];
const narration = [
	'The council met on Tuesday for the third time this month.',
	'Traffic on the coastal road was slower than usual.',
	'Officials released the figures late on Monday.',
	'The plan was first announced in 2019 and has been revised twice since.',
	'About 2,300 people attended the meeting in the old town hall.',
	'Shares in the company rose 4.5 percent in early trading.',
	'The report runs to 212 pages and covers the last five years.',
	'Rain is forecast for most of the week.',
];
const reactions = ['This is a good day for the region', 'We will not accept these delays', 'Nobody expected the costs to rise so fast', 'The people here deserve better', 'We have done our part', 'It is too early to say', 'I am confident we will finish on time', 'That was never the plan'];

function pick(next, list) {
	return list[Math.floor(next() * list.length)];
}

function capitalise(word) {
	return word[0].toUpperCase() + word.slice(1);
}

function inventName(next, parts) {
	let name = '';
	for (let i = 0; i < parts; i++) name += pick(next, syllables);
	return capitalise(name);
}

/** A cast of invented people, each with a title or role and a gender for pronouns. */
function castOf(next, size) {
	return Array.from({length: size}, () => ({
		first: inventName(next, 2),
		last: inventName(next, 2 + Math.floor(next() * 2)),
		title: pick(next, titles),
		role: pick(next, roles),
		pronoun: next() < 0.5 ? 'she' : 'he',
	}));
}

function clause(next) {
	const tail = pick(next, tails);
	return `${pick(next, subjects)} ${pick(next, verbs)} ${pick(next, objects)}${tail ? ` ${tail}` : ''}`;
}

/** One sentence about `person`; `known` says the article has already named them in full. */
function sentence(next, person, known) {
	const full = `${person.first} ${person.last}`;
	const name = known ? person.last : full;
	const cue = pick(next, cues);
	switch (Math.floor(next() * 9)) {
		case 0: return `"${capitalise(clause(next))}," ${name} ${cue}.`;
		case 1: return `${person.title} ${full}, ${person.role}, ${cue} that ${clause(next)}.`;
		case 2: return `${capitalise(person.pronoun)} ${cue} ${clause(next)}.`;
		case 3: return `According to ${name}, ${clause(next)}.`;
		case 4: return `"${pick(next, reactions)}. ${capitalise(clause(next))}," ${cue === 'said' ? `said ${name}` : `${name} ${cue}`}.`;
		case 5: return `${capitalise(pick(next, descriptions))} ${cue} ${clause(next)}, and "${clause(next)}."`;
		case 6: return `${name} told reporters: "${pick(next, reactions)}."`;
		case 7: return `"${pick(next, reactions)}," ${person.pronoun} ${cue}.`;
		default: return pick(next, narration);
	}
}

function article(next, index) {
	const cast = castOf(next, 2 + Math.floor(next() * 4));
	const city = pick(next, cities);
	const headline = `${capitalise(pick(next, subjects))} ${pick(next, verbs)} ${pick(next, objects)}, ${cast[0].last} says`;
	const paragraphs = [headline, `${months[index % 12]} ${1 + (index % 28)}, 2024`];
	const named = new Set();
	const count = 6 + Math.floor(next() * 10);
	for (let p = 0; p < count; p++) {
		const sentences = [];
		const length = 1 + Math.floor(next() * 4);
		for (let s = 0; s < length; s++) {
			const person = pick(next, cast);
			sentences.push(sentence(next, person, named.has(person)));
			named.add(person);
		}

		const text = sentences.join(' ');
		paragraphs.push(p === 0 ? `${city.toUpperCase()}, ${months[index % 12]} ${1 + (index % 28)} (${pick(next, wires)}) -- ${text}` : text);
	}

	return paragraphs.join('\n\n');
}

/** About `bytes` bytes (UTF-8, ASCII here) of articles separated by blank lines. */
export function corpus(bytes, seed = 1) {
	const next = random(seed);
	const parts = [];
	let size = 0;
	for (let index = 0; size < bytes; index++) {
		const text = article(next, index);
		parts.push(text);
		size += text.length + 2;
	}

	return parts.join('\n\n');
}
