import type {Attributed, Speaker} from '../model.js';

/** How a statement's speaker was found, in words: "he → Chen Wenqing". */
export function describeResolution(mention: string, resolution: string, name: string): string {
	switch (resolution) {
		case 'pronoun': {
			return `"${mention}" → ${name}, the previous speaker or subject`;
		}

		case 'continuation': {
			return `continues ${name}'s quote`;
		}

		case 'description':
		case 'alias': {
			return `"${mention}" → ${name}`;
		}

		default: {
			return `named: ${mention}`;
		}
	}
}

/** "1 speaker", "2 statements": a count with its noun, plural when it is not one. */
export function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Only the resolutions a reader could doubt are spelled out in the plain view. */
const plainResolution: Partial<Record<string, (mention: string) => string>> = {
	pronoun: (mention) => `; "${mention}", the previous speaker`,
	description: (mention) => `; "${mention}"`,
	continuation: () => '; quote continued',
};

/**
 * Linear text for pipes and screen readers: the article's title, then each speaker with role,
 * then their statements with paragraph numbers. No colour, no layout.
 */
export function toPlain(model: Attributed, only?: Speaker): string {
	const {article, speakers, statements} = model;
	const lines: string[] = [];
	if (article.title) lines.push(article.title);
	if (article.date) lines.push(article.date);
	const source = [article.byline ? `By ${article.byline}` : '', article.site ?? '', article.url ?? ''].filter(Boolean).join(' · ');
	if (source) lines.push(source);
	const shown = only ? [only] : speakers;
	lines.push(`${count(shown.length, 'speaker')}, ${count(shown.reduce((sum, speaker) => sum + speaker.statements.length, 0), 'statement')}`);
	if (speakers.length === 0) lines.push('', 'No attributed statements: everything here is narration.');
	for (const speaker of shown) {
		// A person is the default; a group, an organisation or a document says so
		const about = [speaker.kind === 'person' ? '' : speaker.kind, speaker.role ?? ''].filter(Boolean).join(', ');
		lines.push('', about ? `${speaker.name} (${about})` : speaker.name);
		// A group of named people: each one's id, a speaker's of its own when that person also speaks alone
		if (speaker.members) lines.push(`  members: ${speaker.members.join(', ')}`);
		for (const id of speaker.statements) {
			const statement = statements[id]!;
			const how = plainResolution[statement.resolution]?.(statement.mention) ?? '';
			lines.push(`  ¶${statement.paragraph} [${statement.cue}, ${statement.mode}${how}] ${statement.text}`);
		}
	}

	return `${lines.join('\n')}\n`;
}
