// Approximate figures as intervals (issue 13, item 2): what each form allows, when two figures
// for the same thing agree, and how a disagreement is told. Invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, type Figure, type FigureInterval } from '@newslens/language-service';
import { describeInterval, disagreementRanges, figureInterval, figuresAgree, intervalOf, intervalsMeet } from '../src/figures/figure-intervals.ts';

/** The one figure of a sentence, as the extractor reads it. */
function only(sentence: string): Figure {
  const figures = analyzeReport(sentence).figures;
  assert.equal(figures.length, 1, `one figure in: ${sentence} (${figures.map((f) => f.text).join(' | ')})`);
  return figures[0];
}

const iv = (low: number | null, high: number | null, lowIncluded: boolean, highIncluded: boolean): FigureInterval => ({ low, high, lowIncluded, highIncluded });

// [sentence, the figure's text, its interval]
const FORMS: Array<[string, string, FigureInterval]> = [
  ['Three people were arrested on Monday.', 'Three people were arrested', iv(3, 3, true, true)],
  ['Police said more than 150 migrants were rescued.', 'more than 150 migrants were rescued', iv(150, null, false, false)],
  ['The panel asked at least 48 questions of the witness.', 'at least 48 questions', iv(48, null, true, false)],
  ['The panel asked at least four dozen questions of the witness.', 'at least four dozen questions', iv(48, null, true, false)],
  ['The panel asked almost four dozen questions of the witness.', 'almost four dozen questions', iv(43.2, 48, true, false)],
  ['Nearly 1 million people fled the city.', 'Nearly 1 million people', iv(900000, 1000000, true, false)],
  ['About 200 people gathered outside.', 'About 200 people', iv(180, 220, true, true)],
  ['Fewer than 48 questions were asked.', 'Fewer than 48 questions', iv(null, 48, false, false)],
  ['Up to 50 houses were damaged.', 'Up to 50 houses were damaged', iv(null, 50, false, true)],
  ['Just over 50 houses were damaged.', 'Just over 50 houses were damaged', iv(50, 55, false, true)],
  ['Just under 50 houses were damaged.', 'Just under 50 houses were damaged', iv(45, 50, true, false)],
  ['A dozen people were hurt in the crash.', 'A dozen people were hurt', iv(10.8, 13.2, true, true)],
  ['The hackers stole tens of thousands of files.', 'tens of thousands of files', iv(20000, 100000, true, false)],
  ['Israel would release hundreds of prisoners.', 'hundreds of prisoners', iv(200, 1000, true, false)],
  ['The massacre of dozens of Americans shocked the country.', 'dozens of Americans', iv(24, 120, true, false)],
  ['He faces a 48-page indictment in Manhattan.', '48-page indictment', iv(48, 48, true, true)],
  // two cues in a row that pull apart: plain "about"
  ['The storm left over nearly 200 homes damaged.', 'nearly 200 homes damaged', iv(180, 220, true, true)],
];

for (const [sentence, text, want] of FORMS) {
  test(`intervals: "${text}"`, () => {
    const f = only(sentence);
    assert.equal(f.text, text);
    assert.deepEqual(f.interval, want);
  });
}

test('intervals: a number before a hyphenated unit is a figure of that unit and what follows', () => {
  const read = (s: string) => analyzeReport(s).figures.map((f) => [f.text, f.value, f.counts]);
  assert.deepEqual(read('He faces a 48-page indictment in Manhattan.'), [['48-page indictment', 48, 'page indictment']]);
  assert.deepEqual(read('She began a 10-day trip to Asia.'), [['10-day trip', 10, 'day trip']]);
  assert.deepEqual(read('A three-member panel will hear the case.'), [['three-member panel', 3, 'member panel']]);
  // the noun after the compound even where the tagger reads a verb
  assert.deepEqual(read('He is seeking a 10-year contract.'), [['10-year contract', 10, 'year contract']]);
  // no noun after it, an age, a compound that is no unit, a unit inside a longer compound: no figures
  assert.deepEqual(read('The Red Sox made an eight-year, $200 million offer.'), [['$200 million', 200000000, 'dollars']]);
  for (const none of ['The 31-year-old man was arrested.', 'China called for a two-state solution.', 'They bought a 1,000-square-foot home.']) {
    assert.deepEqual(read(none), [], none);
  }
});

test('intervals: a number before a hyphenated unit makes no claim of its own', () => {
  const r = analyzeReport('Prosecutors unsealed a 48-page indictment on Monday.');
  assert.equal(r.figures.length, 1);
  assert.deepEqual(r.claims.filter((c) => c.kind === 'figure'), []);
});

test('intervals: figures made by hand read their interval from value and approx', () => {
  const f: Figure = { start: 0, end: 1, text: '', value: 100, approx: 'vague', counts: 'x', countsSpan: null };
  assert.deepEqual(figureInterval(f), iv(200, 1000, true, false));
  assert.deepEqual(intervalOf(1200, 'more-than'), iv(1200, null, false, false));
  assert.deepEqual(intervalOf(50, 'up-to'), iv(null, 50, false, true));
});

test('intervals meet when they share a value, an end only where both include it', () => {
  assert.equal(intervalsMeet(iv(48, null, true, false), iv(null, 48, false, true)), true);
  assert.equal(intervalsMeet(iv(48, null, true, false), iv(43.2, 48, true, false)), false);
  assert.equal(intervalsMeet(iv(150, null, false, false), iv(180, 220, true, true)), true);
  assert.equal(intervalsMeet(iv(20000, 100000, true, false), iv(100000, 100000, true, true)), false);
});

// [figure A, figure B, agree]: each pair as two reports write it
const PAIRS: Array<[string, string, boolean]> = [
  ['The panel asked at least four dozen questions of the witness.', 'The panel asked almost four dozen questions of the witness.', false],
  ['The hackers stole tens of thousands of files.', 'The hackers stole 100,000 files.', false],
  ['The hackers stole tens of thousands of files.', 'The hackers stole 50,000 files.', true],
  ['He faces a 48-page indictment in Manhattan.', 'He faces a 47-page indictment in Manhattan.', false],
  ['Police said more than 150 migrants were rescued.', 'About 200 migrants were rescued.', true],
  ['Police said more than 150 migrants were rescued.', 'Fewer than 150 migrants were rescued.', false],
  ['Nearly 1 million people fled the city.', 'One million people fled the city.', true],
  ['Nearly 1 million people fled the city.', '1.1 million people fled the city.', false],
  ['Nearly 1 million people fled the city.', 'More than 1 million people fled the city.', false],
  ['A dozen people were hurt in the crash.', '13 people were hurt in the crash.', true],
  ['A dozen people were hurt in the crash.', '15 people were hurt in the crash.', false],
  ['Israel would release hundreds of prisoners.', 'Israel would release 500 prisoners.', true],
  ['Israel would release hundreds of prisoners.', 'Israel would release thousands of prisoners.', false],
  ['Scores of people were hurt.', 'Dozens of people were hurt.', true],
  ['About 800 residents were evacuated.', 'About 830 residents were evacuated.', true],
  ['About 800 residents were evacuated.', '780 residents were evacuated.', true],
  // two bounds of one form give two different numbers, though both can be true: a different toll
  ['The quake killed at least 250 people.', 'The quake killed at least 180 people.', false],
  ['The quake killed more than 250 people.', 'The quake killed at least 250 people.', true],
];

for (const [a, b, want] of PAIRS) {
  test(`agreement: "${a}" / "${b}": ${want ? 'agree' : 'differ'}`, () => {
    const fa = only(a);
    const fb = only(b);
    assert.equal(figuresAgree(fa, fb), want);
    assert.equal(figuresAgree(fb, fa), want, 'symmetric');
  });
}

test('a disagreement says which ranges do not meet', () => {
  const atLeast = only('The panel asked at least four dozen questions of the witness.');
  const almost = only('The panel asked almost four dozen questions of the witness.');
  assert.deepEqual(disagreementRanges(atLeast, almost), ['at least 48', '44 to 47']);
  assert.deepEqual(disagreementRanges(only('Police said more than 150 migrants were rescued.'), only('Fewer than 150 migrants were rescued.')), ['more than 150', 'fewer than 150']);
  assert.deepEqual(disagreementRanges(only('The hackers stole tens of thousands of files.'), only('The hackers stole 100,000 files.')), ['20,000 to 99,999', '100,000']);
  // two plain numbers, and two bounds of one form, say it by themselves
  assert.equal(disagreementRanges(only('He faces a 48-page indictment.'), only('He faces a 47-page indictment.')), null);
  assert.equal(disagreementRanges(only('The quake killed at least 250 people.'), only('The quake killed at least 180 people.')), null);
});

test('ranges in words: percentages and money are less than, not fewer than, and keep their decimals', () => {
  const pct = only('Turnout was about 12 percent on Monday.');
  assert.equal(describeInterval(pct), '10.8 to 13.2');
  assert.equal(describeInterval({ ...pct, interval: iv(null, 12, false, false) }), 'less than 12');
  assert.equal(describeInterval(only('Up to 50 houses were damaged.')), 'up to 50');
  // millions and billions in words where they are round
  assert.equal(describeInterval(only('Nearly $100 billion of trade passes each year.')), '90 billion to under 100 billion');
  assert.equal(describeInterval(only('Nearly 1 million people fled the city.')), '900,000 to 999,999');
});
