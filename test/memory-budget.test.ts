import test from 'ava';
import {analyse, analyseWithin} from '../source/analyse.js';
import {UserError} from '../source/errors.js';
import {budgetBytes, mb, memoryGuard, reserveBytes, rssLimit, tooDense, viewBytes} from '../source/memory-budget.js';

const article = ['Mayor opens the new bridge', '', '"It is finally done," said Mayor Ilse Varga on Monday.', '', 'Tomas Reed, the engineer, said the ferry would stop in June.'].join('\n');

test('the budget is 25× the size plus 100 MB; the guard stops a reserve below it, above what the process held beyond its baseline', (t) => {
	t.is(budgetBytes(4_000_000), 100_000_000 + 100 * mb);
	t.is(reserveBytes(4_000_000), 24_000_000 + 4 * mb);
	// A process that holds less than its baseline: the whole process stays within the budget
	t.is(rssLimit(4_000_000, 40 * mb), budgetBytes(4_000_000) - reserveBytes(4_000_000));
	// A batch that holds 100 MB more: that is not the article's
	t.is(rssLimit(4_000_000, 164 * mb), 100 * mb + budgetBytes(4_000_000) - reserveBytes(4_000_000));
});

test('what showing a model costs grows with its statements and speakers', (t) => {
	t.is(viewBytes({statements: Array.from({length: 1000}), speakers: Array.from({length: 10})}), 221_000);
});

test('the guard throws the one-line error (exit 65) once the RSS and what is about to be needed pass the limit', (t) => {
	const guard = memoryGuard('dense.txt', 1_000_000, 1);
	const error = t.throws(() => {
		guard(1);
	}, {instanceOf: UserError});
	t.is(error.message, tooDense('dense.txt', 1_000_000));
	t.is(error.message, 'dense.txt: needs more memory than whosaid allows for an article of this size (124 MB: 25× its size plus 100 MB); too many statements or speakers to analyse');
	t.is((error as UserError).code, 65);
	t.notThrows(() => {
		memoryGuard('news.txt', 1_000_000, Number.MAX_SAFE_INTEGER)(1);
	});
});

test('analyseWithin analyses within the budget, and refuses before the model is shown when it is not', (t) => {
	const model = analyseWithin({name: 'bridge.txt', text: article});
	t.deepEqual(
		model.speakers.map((speaker) => speaker.name),
		['Ilse Varga', 'Tomas Reed'],
	);
	const error = t.throws(() => analyseWithin({name: 'bridge.txt', text: article}, {limit: 1}), {instanceOf: UserError});
	t.regex(error.message, /^bridge\.txt: needs more memory than whosaid allows for an article of this size \(100 MB: 25× its size plus 100 MB\)/);
});

test('the analysis calls its checkpoint, and a checkpoint that throws stops it', (t) => {
	let calls = 0;
	analyse(article, undefined, () => {
		calls++;
	});
	t.true(calls >= 2, 'between the passes and in the output stage');
	t.throws(
		() =>
			analyse(article, undefined, () => {
				throw new Error('stop here');
			}),
		{message: 'stop here'},
	);
});
