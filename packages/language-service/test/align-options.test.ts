// The aligners' thresholds are named options with defaults (align-*.ts): the defaults are fixed,
// and a caller's options are the ones used.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignClaims, CLAIM_ALIGN_OPTIONS } from '../src/compare/align/align-claims.ts';
import { alignDates, DATE_ALIGN_OPTIONS } from '../src/compare/align/align-dates.ts';
import { alignFigures, FIGURE_ALIGN_OPTIONS, type FigureAlignOptions } from '../src/compare/align/align-figures.ts';
import { FIGURE_AGREEMENT_OPTIONS, figuresAgree } from '../src/figures/figure-intervals.ts';
import { matchQuoteWords, QUOTE_ALIGN_OPTIONS } from '../src/compare/align/align-quotes.ts';
import { emptyOutput } from '../src/compare/align/output.ts';
import { referentStems, windowStems, wordsOf } from '../src/compare/align/words.ts';
import type { Approx, Figure } from '../src/types.ts';
import { reportsOf, type ReportSpec } from './helpers/compare-fixtures.ts';

const fig = (value: number, approx: Approx = 'exact'): Figure => ({ start: 0, end: 1, text: '', value, approx, counts: 'x', countsSpan: null });

test('the default options cannot be changed in place', () => {
  for (const o of [QUOTE_ALIGN_OPTIONS, FIGURE_ALIGN_OPTIONS, DATE_ALIGN_OPTIONS, CLAIM_ALIGN_OPTIONS]) assert.ok(Object.isFrozen(o));
});

/** The codes alignFigures gives two fixture reports with these options. */
function figureCodes(a: ReportSpec, b: ReportSpec, options: FigureAlignOptions = FIGURE_ALIGN_OPTIONS): string[] {
  const out = emptyOutput();
  alignFigures(reportsOf(a, b), out, undefined, options);
  return Object.values(out.problems).flat().map((p) => p.code);
}

test('figures: without loneCounts, fewer shared context words than minSharedWords are never compared, however alike', () => {
  // one context word in common ("Riverton"), all of the smaller context: below the default two words
  const a = { id: 'a', text: 'Riverton: 1,200 residents.', figures: [{ text: '1,200', value: 1200, counts: 'residents' }] };
  const b = { id: 'b', text: 'Riverton: 800 residents.', figures: [{ text: '800', value: 800, counts: 'residents' }] };
  const strict = { ...FIGURE_ALIGN_OPTIONS, loneCounts: false };
  assert.deepEqual(figureCodes(a, b, strict), []);
  assert.deepEqual(figureCodes(a, b, { ...strict, minSharedWords: 1 }), ['figure-mismatch', 'figure-mismatch']);
  // the only value each report gives its residents: one fact, whatever the words around it
  assert.deepEqual(figureCodes(a, b), ['figure-mismatch', 'figure-mismatch']);
});

test('figures: loneCounts compares one counted thing across paraphrase, not beside a rival value, a far value, money or bare people', () => {
  const a = { id: 'a', text: 'The Indian navy captured 35 pirates who threatened a merchant vessel on Saturday.', figures: [{ text: '35 pirates', value: 35, counts: 'pirates' }] };
  // one word in common ("captured") besides what is counted
  const b = { id: 'b', text: 'Commandos stormed the dhow and captured 23 pirates in the raid.', figures: [{ text: '23 pirates', value: 23, counts: 'pirates' }] };
  assert.deepEqual(figureCodes(a, b), ['figure-mismatch', 'figure-mismatch']);
  assert.deepEqual(figureCodes(a, b, { ...FIGURE_ALIGN_OPTIONS, loneCounts: false }), []);
  // no word in common: below loneMinSharedWords
  const apart = { id: 'b', text: 'Commandos stormed the dhow and took 23 pirates into custody.', figures: [{ text: '23 pirates', value: 23, counts: 'pirates' }] };
  assert.deepEqual(figureCodes(a, apart), []);
  assert.deepEqual(figureCodes(a, apart, { ...FIGURE_ALIGN_OPTIONS, loneMinSharedWords: 0 }), ['figure-mismatch', 'figure-mismatch']);
  // B also gives 30 pirates elsewhere: which of its two figures is the same fact is not known
  const rival = { id: 'b', text: 'Commandos stormed the dhow and captured 23 pirates in the raid. Some 30 pirates fled.', figures: [{ text: '23 pirates', value: 23, counts: 'pirates' }, { text: '30 pirates', value: 30, counts: 'pirates' }] };
  assert.deepEqual(figureCodes(a, rival), []);
  // a value more than loneMaxRatio times the other is another fact ("an estimated 1,500 pirates" in the region)
  const far = { id: 'b', text: 'An estimated 1,500 pirates threatened merchant shipping.', figures: [{ text: '1,500 pirates', value: 1500, counts: 'pirates' }] };
  assert.deepEqual(figureCodes(a, far), []);
  const money = (id: string, v: number) => ({ id, text: `He was paid $${v} million, a spokesman said.`, figures: [{ text: `$${v} million`, value: v * 1e6, counts: 'dollars' }] });
  assert.deepEqual(figureCodes(money('a', 3), { ...money('b', 4), text: 'The film has brought in $4 million.' }), []);
  const people = (id: string, v: number, text: string) => ({ id, text, figures: [{ text: `${v} people`, value: v, counts: 'people' }] });
  assert.deepEqual(figureCodes(people('a', 5, 'About 5 people gathered outside.'), people('b', 3, 'The blast hurt 3 people on Monday.')), []);
});

test('figures: two lone counts more than lonePairMaxRatio apart are compared only when both clauses tell one kind of happening', () => {
  // ECB+ t26_ecbplus 26_6 and 26_9 (CC BY 3.0): the mistress's three children and the eight by wife and mistress, judged two facts
  const a = { id: 'a', text: 'He spent his nights on the Upper East Side with his mistress, with whom he had three children.', figures: [{ text: 'three children', value: 3, counts: 'children' }] };
  const b = { id: 'b', text: 'Gigante had eight children by his wife and a mistress, both named Olympia.', figures: [{ text: 'eight children', value: 8, counts: 'children' }] };
  assert.deepEqual(figureCodes(a, b), []);
  assert.deepEqual(figureCodes(a, b, { ...FIGURE_ALIGN_OPTIONS, lonePairMaxRatio: 3 }), ['figure-mismatch', 'figure-mismatch']);
  // within twice each other: one count misreported (ECB+ t12: two boats against three)
  assert.deepEqual(figureCodes({ ...a, text: a.text.replace('three', 'five'), figures: [{ text: 'five children', value: 5, counts: 'children' }] }, b), ['figure-mismatch', 'figure-mismatch']);
  // further apart, but both clauses tell a killing: still one fact
  const c = { id: 'c', text: 'The mistress said gunmen killed three children near the house.', figures: [{ text: 'three children', value: 3, counts: 'children' }] };
  const d = { id: 'd', text: 'Gunmen killed eight children on Friday.', figures: [{ text: 'eight children', value: 8, counts: 'children' }] };
  assert.deepEqual(figureCodes(c, d), ['figure-mismatch', 'figure-mismatch']);
  assert.deepEqual(figureCodes(c, { ...d, text: 'Gunmen took eight children on Friday.' }), []);
});

test('figures: with timeMinSharedWords, two spans of time in one unit are one fact when neither report gives that unit another value near', () => {
  const weeks = (id: string, v: number, text: string) => ({ id, text, figures: [{ text: String(v), value: v, counts: '' }] });
  // "hospitalized" in common besides the unit: three weeks against four
  const a = weeks('a', 3, 'Page had been hospitalized for 3 weeks with pneumonia, her agent said.');
  const b = weeks('b', 4, 'She had been hospitalized in Los Angeles for 4 weeks due to pneumonia.');
  // off by default (judged: too often two facts); here without the spans' own key (both the length of a stay in hospital, below)
  const off = { ...FIGURE_ALIGN_OPTIONS, spanKeys: false };
  assert.deepEqual(figureCodes(a, b, off), []);
  const on = { ...off, timeMinSharedWords: 1 };
  assert.deepEqual(figureCodes(a, b, on), ['figure-mismatch', 'figure-mismatch']);
  // the unit itself is no word in common
  assert.deepEqual(figureCodes(weeks('a', 3, 'It rained for 3 weeks.'), weeks('b', 4, 'The fair closed after 4 weeks.'), on), []);
  // B gives weeks another value near A's: which of its two is the same fact is not known
  const rival = { id: 'b', text: 'She had been hospitalized for 4 weeks due to pneumonia. She was home for 2 weeks.',
    figures: [{ text: '4', value: 4, counts: '' }, { text: '2', value: 2, counts: '' }] };
  assert.deepEqual(figureCodes(a, rival, on), []);
});

test('figures: two spans of time are one fact when their kind, unit and measure agree (spanKeys); of two kinds or two things, two facts', () => {
  const span = (id: string, v: number, text: string) => ({ id, text, figures: [{ text: String(v), value: v, counts: '' }] });
  const codes = (x: ReturnType<typeof span>, y: ReturnType<typeof span>) => figureCodes(x, y);
  // a prison term, however worded: "sentenced to" / "jailed for"; off, not compared
  const term = [span('a', 18, 'Gigante was sentenced to 18 years in prison.'), span('b', 12, 'Gigante was jailed for 12 years in 1997.')] as const;
  assert.deepEqual(codes(...term), ['figure-mismatch', 'figure-mismatch']);
  assert.deepEqual(figureCodes(...term, { ...FIGURE_ALIGN_OPTIONS, spanKeys: false }), []);
  // a time since one happening, the wedding, counted from now: "married two weeks ago" / "wed three weeks ago"; counted from
  // the murder ("three weeks before he was murdered"), another point
  const wed = span('a', 2, 'The deputy was married 2 weeks ago.');
  assert.deepEqual(codes(wed, span('b', 3, 'Chela Ortiz wed the deputy 3 weeks ago.')), ['figure-mismatch', 'figure-mismatch']);
  assert.deepEqual(codes(wed, span('b', 3, 'Chela Ortiz wed the deputy 3 weeks before he was murdered.')), []);
  // the length of one happening, the siege, whatever else its clause tells
  assert.deepEqual(codes(span('a', 4, 'The siege of the hotel lasted 4 days.'), span('b', 6, 'Troops stormed the hotel when the siege had gone on for 6 days.')), ['figure-mismatch', 'figure-mismatch']);
  // two kinds: a term given against a term served before; a length against a time since
  assert.deepEqual(codes(span('a', 12, 'Kemp was sentenced to 12 years in prison.'), span('b', 8, 'Kemp had served 8 years of an earlier sentence.')), []);
  assert.deepEqual(codes(span('a', 3, 'Page had been hospitalized for the past 3 weeks.'), span('b', 2, 'Page suffered a heart attack 2 weeks ago.')), []);
  // two things measured: years in a unit against years in the department; two happenings' weeks ago
  assert.deepEqual(codes(span('a', 5, 'He had been a member of its anti-gang unit for the past 5 years.'), span('b', 15, 'He had been with the sheriff\'s department for 15 years.')), []);
  assert.deepEqual(codes(span('a', 2, 'The deputy married 2 weeks ago.'), span('b', 3, 'The deputy returned from Iraq 3 weeks ago.')), []);
  // B gives another term near A's: which of its two is the same fact is not known
  const rival = { id: 'b', text: 'Gigante was jailed for 12 years in 1997. Carlo was sentenced to 20 years.', figures: [{ text: '12', value: 12, counts: '' }, { text: '20', value: 20, counts: '' }] };
  assert.deepEqual(codes(term[0], rival), []);
});

test('figures: a happening in the counted phrase is compared as the fact, not as the thing counted', () => {
  // "three bank workers killed" and "five bank workers were killed" count one thing, bank workers, and tell one happening
  const a = { id: 'a', text: 'Police said three bank workers killed in the fire were named.', figures: [{ text: 'three', value: 3, counts: 'bank workers killed' }] };
  const b = { id: 'b', text: 'Five bank workers were killed in the fire.', figures: [{ text: 'Five bank workers', value: 5, counts: 'bank workers' }] };
  assert.deepEqual(figureCodes(a, b), ['figure-mismatch', 'figure-mismatch']);
  // another happening is another fact
  assert.deepEqual(figureCodes(a, { ...b, text: 'Five bank workers were injured in the fire.' }), []);
});

test('figures: a count of two things joined by "and" ("passengers and crew") is compared only with another such', () => {
  const a = { id: 'a', text: 'The cruise ship evacuated some 420 passengers and crew after the threat.', figures: [{ text: 'some 420 passengers', value: 420, counts: 'passengers' }] };
  const b = { id: 'b', text: 'The cruise ship evacuated 246 passengers after the threat.', figures: [{ text: '246 passengers', value: 246, counts: 'passengers' }] };
  assert.deepEqual(figureCodes(a, b), []);
  assert.deepEqual(figureCodes({ ...a, text: 'The cruise ship evacuated some 420 passengers after the threat.' }, b), ['figure-mismatch', 'figure-mismatch']);
});

test('figures: with factKeys off, a part ("two other rifles") is compared with a whole again', () => {
  const a = { id: 'a', text: 'Commandos seized a grenade launcher and two other rifles from the pirate boats off Oman, officials said.', figures: [{ text: 'two', value: 2, counts: 'rifles' }] };
  const b = { id: 'b', text: 'Commandos seized a grenade launcher and nine rifles from the pirate boats off Oman, officials said.', figures: [{ text: 'nine', value: 9, counts: 'rifles' }] };
  const run = (options = FIGURE_ALIGN_OPTIONS) => figureCodes(a, b, options);
  assert.deepEqual(run(), []);
  assert.deepEqual(run({ ...FIGURE_ALIGN_OPTIONS, factKeys: false }), ['figure-mismatch', 'figure-mismatch']);
});

test('figures: two "about" figures agree within aboutTolerance', () => {
  assert.equal(figuresAgree(fig(800, 'about'), fig(830, 'about')), true);
  assert.equal(figuresAgree(fig(800, 'about'), fig(830, 'about'), { ...FIGURE_AGREEMENT_OPTIONS, aboutTolerance: 0.01 }), false);
});

test('quotes: a reworded quote shorter than minCompareWords is not compared', () => {
  const a = 'we will rebuild every single home';
  const b = 'We will rebuild every home';
  assert.equal(matchQuoteWords(wordsOf(a), wordsOf(b), a, b)?.same, false);
  assert.equal(matchQuoteWords(wordsOf(a), wordsOf(b), a, b, { ...QUOTE_ALIGN_OPTIONS, minCompareWords: 6 }), null);
});

test('dates: the context words two dates need in common', () => {
  const a = { id: 'a', text: 'Hamas released a statement on March 19 about the meeting in Qatar.', dates: [{ text: 'March 19', value: '2024-03-19' }] };
  const b = { id: 'b', text: 'On March 18, Hamas released a statement about the Qatar meeting.', dates: [{ text: 'March 18', value: '2024-03-18' }] };
  const run = (options = DATE_ALIGN_OPTIONS) => {
    const out = emptyOutput();
    alignDates(reportsOf(a, b), out, undefined, options);
    return Object.values(out.problems).flat().map((p) => p.code);
  };
  assert.deepEqual(run(), ['date-mismatch', 'date-mismatch']);
  // too few shared words for the sentence route; the fact route (a release by Hamas both days) still pairs them, unless turned off
  assert.deepEqual(run({ ...DATE_ALIGN_OPTIONS, minSharedWords: 7 }), ['date-mismatch', 'date-mismatch']);
  // ... and so does the lone route (the one day each report gives, a day apart), unless turned off too
  assert.deepEqual(run({ ...DATE_ALIGN_OPTIONS, minSharedWords: 7, factMinKeys: Infinity }), ['date-mismatch', 'date-mismatch']);
  assert.deepEqual(run({ ...DATE_ALIGN_OPTIONS, minSharedWords: 7, factMinKeys: Infinity, loneDays: false }), []);
  assert.deepEqual(run({ ...DATE_ALIGN_OPTIONS, minSharedWords: 7, factMaxDays: 0 }), []);
});

test('claims: carried from minSimilarity', () => {
  const a = { id: 'a', text: 'The army destroyed the hospital in Khan Younis.', claims: ['The army destroyed the hospital in Khan Younis.'] };
  const b = { id: 'b', text: 'Witnesses said the hospital in Khan Younis was destroyed by the army.' };
  const run = (options = CLAIM_ALIGN_OPTIONS) => {
    const out = emptyOutput();
    alignClaims(reportsOf(a, b), out, undefined, options);
    return [out.links.length, Object.values(out.problems).flat().map((p) => p.code)];
  };
  assert.deepEqual(run(), [2, []]);
  assert.deepEqual(run({ ...CLAIM_ALIGN_OPTIONS, minSimilarity: 1.01 }), [0, ['uncorroborated-claim']]);
});

test('figures: a pronoun tied to a person counts as the person\'s surname in a figure\'s context words', () => {
  const text = 'Police chief Mohammad Hossain spoke. He said three managers had been detained.';
  const he = text.indexOf('He said');
  const at = { start: text.indexOf('three'), end: text.indexOf('three') + 5 };
  const sentence = { start: he, end: text.length };
  const analysis = { text, entities: [{ name: 'Mohammad Hossain', pronouns: [{ start: he, end: he + 2 }] }] };
  assert.ok(!windowStems(analysis, sentence, at, [], 6).has('hossain'));
  assert.ok(windowStems(analysis, sentence, at, [], 6, referentStems(analysis)).has('hossain'));
  // a pronoun nobody is tied to stays a function word
  assert.deepEqual([...windowStems({ text }, sentence, at, [], 6, referentStems({ entities: [] }))].sort(), [...windowStems({ text }, sentence, at, [], 6)].sort());
});
