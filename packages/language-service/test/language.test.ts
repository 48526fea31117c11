import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, languageProblems } from '@newslens/language-service';
import { detectLanguage } from '../src/text/language.ts';

const NOT_ENGLISH: Array<[string, string]> = [
  ['fr', 'Le président de la République a annoncé mardi une série de mesures pour soutenir les agriculteurs, qui manifestent depuis plusieurs semaines dans toute la France. Selon le gouvernement, ces aides seront versées avant la fin du mois.'],
  ['de', 'Die Bundesregierung hat am Dienstag neue Maßnahmen beschlossen, um die Inflation zu bekämpfen. Nach Angaben des Finanzministeriums sollen die Hilfen noch in diesem Jahr ausgezahlt werden, wie ein Sprecher sagte.'],
  ['es', 'El gobierno anunció el martes un nuevo paquete de medidas para hacer frente a la crisis económica. Según el ministerio, las ayudas llegarán a más de dos millones de familias antes de que termine el año.'],
  ['it', 'Il governo ha approvato martedì un nuovo pacchetto di misure per sostenere le famiglie, secondo quanto riferito dal ministero. Le misure sono state criticate anche dai sindacati, che chiedono più fondi per la sanità.'],
  ['pt', 'O governo anunciou na terça-feira um novo pacote de medidas para enfrentar a crise. Segundo o ministério, os auxílios serão pagos a mais de dois milhões de famílias até o fim do ano, disse o porta-voz.'],
  ['nl', 'De regering heeft dinsdag nieuwe maatregelen aangekondigd om de inflatie te bestrijden. Volgens het ministerie worden de steunbedragen nog dit jaar uitgekeerd, zei een woordvoerder tegen het persbureau.'],
  ['zh', '中国外交部发言人周二表示，中方愿同各方一道，推动加沙局势尽快降温，并为实现两国方案作出努力。'],
  ['ja', '外務省の報道官は火曜日、ガザ地区の情勢について、関係国と協力して早期の停戦を目指す考えを示しました。'],
  ['ar', 'قال مسؤولون في وزارة الخارجية إن الوفد التقى بممثلين عن الحكومة لبحث سبل وقف إطلاق النار وإيصال المساعدات الإنسانية إلى غزة.'],
  ['ru', 'Представитель министерства иностранных дел заявил во вторник, что это решение было принято после консультаций с партнерами, которые также поддержали прекращение огня.'],
];

for (const [code, text] of NOT_ENGLISH) {
  test(`language: ${code} is detected and is not English`, () => {
    assert.deepEqual(detectLanguage(text), { code, isEnglish: false });
  });
}

const ENGLISH: Array<[string, string]> = [
  ['English news', 'Chinese diplomat Wang Kejian recently met with Ismail Haniyeh, the political leader of the Islamic terrorist organization. A Chinese foreign ministry readout reportedly indicated Wang and Haniyeh exchanged views on the Gaza conflict.'],
  ['English news full of foreign names and particles', 'José Luis Rodríguez Zapatero met Jean-Luc Mélenchon, Ursula von der Leyen, Charles de Gaulle Jr., Mohammed bin Salman, Riyad al-Maliki and Pieter van den Berg in São Paulo, where the Partido dos Trabalhadores and La France Insoumise had said that the talks would go on for a week.'],
  ['English with a French quote', 'The minister was blunt. “Nous ne céderons pas,” she said on Tuesday, meaning the government would not give in to the farmers who have blocked the roads around Paris for weeks, and she repeated that the aid was already on its way to the regions.'],
];

for (const [name, text] of ENGLISH) {
  test(`language: ${name} is English`, () => {
    assert.deepEqual(detectLanguage(text), { code: 'en', isEnglish: true });
  });
}

const UNDETERMINED: Array<[string, string]> = [
  ['a headline', 'Chinese Envoy Meets With A Hamas Leader In Qatar To Strengthen Ties'],
  ['a short French line', 'Le président a parlé.'],
  ['names only', 'Wang Kejian, Ismail Haniyeh, Riyad al-Maliki, Osama Hamdan, Jean-Luc Mélenchon, Olaf Scholz, Pedro Sánchez, José Luis Rodríguez Zapatero'],
  ['numbers and a results table', 'Results: 1. Marie-José Pérec (France) 49.28 2. Falilat Ogunkoya (Nigeria) 49.86 3. Pauline Davis (Bahamas) 49.96\n4. Jearl Miles (U.S.) 50.21 5. Fatima Yusuf (Nigeria) 50.30'],
  ['empty', ''],
  ['emoji', '🚀🚀🚀 🎉'],
];

for (const [name, text] of UNDETERMINED) {
  test(`language: ${name} stays analysed (English or undetermined)`, () => {
    assert.equal(detectLanguage(text).isEnglish, true);
  });
}

test('language: a long text is judged on a bounded sample (head and middle)', () => {
  const english = `${ENGLISH[0][1]}\n\n`.repeat(200); // ~48 kB of English
  const french = `${NOT_ENGLISH[0][1]}\n\n`.repeat(20);
  assert.equal(detectLanguage(english + french).isEnglish, true); // the French tail is outside the sample
  assert.equal(detectLanguage(french.repeat(200)).code, 'fr');
});

test('a French report is not analysed and gets the not-english notice', () => {
  const r = analyzeReport(NOT_ENGLISH[0][1]);
  assert.deepEqual(r.language, { code: 'fr', isEnglish: false });
  assert.deepEqual(r.entities, []);
  assert.deepEqual(r.dates, []);
  const problems = languageProblems(r);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'not-english');
  assert.match(problems[0].message, /"fr"/);
});

test('an English report gets no not-english notice', () => {
  const r = analyzeReport(ENGLISH[1][1]);
  assert.deepEqual(languageProblems(r), []);
});
