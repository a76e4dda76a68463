import {analyse} from '../../source/analyse.js';
import type {Attributed} from '../../source/model.js';

/** Speaker name per statement, with the paragraph it stands in: [[4, 'Chen Wenqing'], ...]. */
export function who(model: Attributed): Array<[number, string]> {
	return model.statements.map((statement) => [statement.paragraph, model.speakers.find((speaker) => speaker.id === statement.speaker)!.name]);
}

/** Analyse an article written as an array of paragraphs (the first is the headline). */
export function article(...paragraphs: string[]): Attributed {
	return analyse(paragraphs.join('\n\n'));
}

/** Statements as "Speaker: text" lines, for readable assertions. */
export function lines(model: Attributed): string[] {
	return model.statements.map((statement) => `${model.speakers.find((speaker) => speaker.id === statement.speaker)!.name}: ${statement.text}`);
}
