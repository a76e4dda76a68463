import test from 'ava';
import {article, who} from '../helpers/attribute.js';

/*
 * A photo credit between paragraphs names the photographer: never a speaker, never what "he" refers to.
 */

test('"he" after a photo credit line is the person before it, not the photographer', (t) => {
	for (const credit of ['Otto Vell/Reuters', 'AP Photo/Otto Vell', 'Photo: Otto Vell/AFP/Getty Images', 'OTTO B. VELL via Getty Images.']) {
		const model = article('Talks', 'Foreign Minister Pavel Sorin said the talks were useful.', credit, '"We will sign next month," he said.');
		t.deepEqual(who(model), [[1, 'Pavel Sorin'], [3, 'Pavel Sorin']], credit);
		t.false(model.speakers.some((speaker) => speaker.name.includes('Vell') || speaker.name.includes('VELL')), credit);
	}
});
