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
