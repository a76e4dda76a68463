import test from 'ava';
import {notEnglish} from '../../source/input/language.js';
import {articleText} from './fixture.js';

const french = `Le maire de Riverton a annoncé mardi que le nouveau pont sur la rivière ouvrira en mai, avec un mois de retard. « Nous sommes prêts, et nous ne prendrons aucun risque », a-t-il déclaré aux journalistes dans la mairie. Les travaux ont été retardés par une livraison tardive de l'acier, selon l'ingénieur de la ville. Les critiques sont moins sûrs et ils demandent des comptes pour le budget qui a augmenté d'un tiers depuis le début du projet.`;
const german = `Der Bürgermeister von Riverton hat am Dienstag gesagt, dass die neue Brücke über den Fluss im Mai eröffnet wird, einen Monat später als geplant. „Wir sind bereit, und wir werden nicht sparen“, sagte er den Journalisten im Rathaus. Die Verzögerung wurde durch eine späte Lieferung von Stahl verursacht, sagte der Ingenieur der Stadt. Die Kritiker sind sich nicht so sicher und sie wollen wissen, warum das Budget um ein Drittel gestiegen ist.`;
const chinese = '里弗顿市长周二表示，横跨格雷河的新桥将于五月开通，比原计划推迟一个月。他在市政厅对记者说：“我们已经准备好了，我们不会偷工减料。”市工程师说，延误是由于北方供应商的钢材交付较晚造成的。';

test('English articles are English', (t) => {
	t.is(notEnglish(articleText()), undefined);
});

test('French, German and Chinese news are named', (t) => {
	t.is(notEnglish(french), 'French');
	t.is(notEnglish(german), 'German');
	t.is(notEnglish(chinese), 'Chinese');
});

test('text too short to tell is not judged', (t) => {
	t.is(notEnglish('Le maire a dit oui.'), undefined);
});

test('the reader\'s header says so too', async (t) => {
	const {loadInput} = await import('../../source/input/load.js');
	const {analyse} = await import('../../source/analyse.js');
	const {headerPieces} = await import('../../source/ui/header.js');
	const fs = await import('node:fs');
	const os = await import('node:os');
	const path = await import('node:path');
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-lang-')), 'fr.txt');
	fs.writeFileSync(file, `Le pont ouvrira en mai\n\n${french}\n`);
	t.teardown(() => fs.rmSync(path.dirname(file), {recursive: true, force: true}));
	const input = await loadInput(file);
	t.deepEqual(input.notes, [`${file} looks like French; whosaid attributes English`]);
	const header = headerPieces(analyse(input.text, input.meta), 120).map((piece) => piece.text).join('');
	t.regex(header, /^Le pont ouvrira en mai · \[French: whosaid attributes English\] · /);
	t.regex(headerPieces(analyse(articleText()), 120)[0]!.text, /^Riverton bridge to open a month late, mayor says/);
});

test('function words count whole words, accented ones too, and only those', (t) => {
	// 40 words; Portuguese "não" and "é" are function words, "nãoo" and "éé" are not
	const portuguese = Array.from({length: 10}, () => 'Ele disse não é').join(' ');
	t.is(notEnglish(portuguese), 'Portuguese');
	const lookalikes = Array.from({length: 10}, () => 'Ele disse nãoo éé').join(' ');
	t.is(notEnglish(lookalikes), 'another language');
	// A six-letter function word is one ("worden"); its seven-letter extension is not
	t.is(notEnglish(Array.from({length: 20}, () => 'Kaas worden').join(' ')), 'Dutch');
	t.is(notEnglish(Array.from({length: 20}, () => 'Kaas wordens').join(' ')), 'another language');
});

test('among equals, the language listed first is named', (t) => {
	// "de" and "la" are French, Spanish and Italian (and "de" Portuguese and Dutch) alike: French comes first
	t.is(notEnglish(Array.from({length: 20}, () => 'de la').join(' ')), 'French');
});

test('capitals count as their lower case, Latin-1 ones too', (t) => {
	t.is(notEnglish(Array.from({length: 20}, () => 'KAAS WORDEN').join(' ')), 'Dutch');
	t.is(notEnglish(Array.from({length: 20}, () => 'Il a ÉTÉ').join(' ')), 'French');
	// "İ" lowers to "i" and a combining dot, which ends the word: "İs" is not "is"
	t.is(notEnglish(Array.from({length: 20}, () => 'Ab İs').join(' ')), 'another language');
});
