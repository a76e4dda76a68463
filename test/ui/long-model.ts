import type {Attributed, Paragraph, Speaker, Statement} from '../../source/model.js';

const names = ['Chen Wenqing', 'Nikolai Patrushev', 'Sergei Naryshkin', 'Maria Zakharova', 'Wang Yi', 'Antony Blinken', 'Josep Borrell'];
const cues = ['said', 'stressed', 'pointed out', 'added', 'told reporters'];

/**
 * A synthetic attributed article with `count` statements, one per paragraph, for benchmarks and
 * scrolling tests: built straight as the model (no analysis), so it is fast and deterministic.
 * Seven speakers take turns, or `speakers` of them ("Speaker Number0", ...) when given.
 */
export function longModel(count: number, options: {speakers?: number} = {}): Attributed {
	const all = options.speakers === undefined ? names : Array.from({length: options.speakers}, (_, i) => `Speaker Number${i}`);
	const speakers: Speaker[] = all.map((name) => ({id: name.toLowerCase().replaceAll(' ', '-'), name, aliases: [name.split(' ').at(-1)!], kind: 'person', statements: []}));
	const paragraphs: Paragraph[] = [{index: 0, kind: 'headline', text: `A long article with ${count} statements`}];
	const statements: Statement[] = [];
	for (let id = 0; id < count; id++) {
		const speaker = speakers[id % speakers.length]!;
		const cue = cues[id % cues.length]!;
		const quote = `Statement number ${id} says that cooperation matters and that security in the region is everyone's concern`;
		const text = `${quote}, ${speaker.aliases[0]!} ${cue}. Narration follows the statement with a few more words.`;
		const index = id + 1;
		paragraphs.push({index, kind: 'body', text});
		const end = quote.length + 2 + speaker.aliases[0]!.length + 1 + cue.length + 1;
		statements.push({id, speaker: speaker.id, paragraph: index, text: text.slice(0, end), start: 0, end, cue, mode: 'indirect', resolution: 'alias', mention: speaker.aliases[0]!});
		speaker.statements.push(id);
	}

	return {article: {title: `A long article with ${count} statements`, date: undefined, paragraphs}, speakers, statements};
}
