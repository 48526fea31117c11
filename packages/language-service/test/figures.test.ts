import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, type Approx } from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.ts';

interface Case {
  marked: string;
  /** One entry per marked span, in order: value, approx, counts. */
  want: Array<[number, Approx, string]>;
}

// Each `[[...]]` is a whole figure: approximation words, the number and what it counts.
const CASES: Case[] = [
  { marked: 'The conflict has now seen [[more than 31,000 Palestinians killed]] and [[millions displaced]].',
    want: [[31000, 'more-than', 'palestinians killed'], [1000000, 'vague', 'displaced']] },
  { marked: 'He pledged to invade Rafah, where [[more than 1 million Palestinians]] have fled.',
    want: [[1000000, 'more-than', 'palestinians']] },
  { marked: 'Israel would release [[hundreds of Palestinian prisoners]], including [[scores of verified terrorists]].',
    want: [[100, 'vague', 'palestinian prisoners'], [20, 'vague', 'terrorists']] },
  { marked: 'The attacks resulted in the massacre of [[more than 1,200 Israelis]] and [[dozens of Americans]].',
    want: [[1200, 'more-than', 'israelis'], [12, 'vague', 'americans']] },
  { marked: 'The platform has [[1.2 billion users]] and raised [[$5 million]] last year.',
    want: [[1.2e9, 'exact', 'users'], [5e6, 'exact', 'dollars']] },
  // a plural the tagger reads as a verb right after the number (ECB+ t12_ecb/12_4ecb, CC BY 3.0)
  { marked: 'The Indian navy captured [[23 pirates]] who threatened a merchant vessel.',
    want: [[23, 'exact', 'pirates']] },
  { marked: 'Turnout fell by [[12 percent]] while [[about 300]] stayed home.',
    want: [[12, 'exact', 'percent'], [300, 'about', '']] },
  { marked: '[[Nearly 40 soldiers]] and [[at least 17 people were killed]], with [[up to 50 wounded]].',
    want: [[40, 'about', 'soldiers'], [17, 'at-least', 'people killed'], [50, 'up-to', 'injured']] },
  { marked: '[[Fewer than 10 homes]] stood after [[over 31,000 shells]] fell; [[over 31,000]] came.',
    want: [[10, 'less-than', 'homes'], [31000, 'more-than', 'shells'], [31000, 'more-than', '']] },
  { marked: 'Police found [[three people]] and [[twenty-five dead]].',
    want: [[3, 'exact', 'people'], [25, 'exact', 'dead']] },
  { marked: '[[Tens of thousands of people]] fled, and [[12% of voters]] said so.',
    want: [[10000, 'vague', 'people'], [12, 'exact', 'percent of voters']] },
  { marked: '[[One person was killed]] and [[2,000 troops]] arrived with [[$5bn]].',
    want: [[1, 'exact', 'person killed'], [2000, 'exact', 'troops'], [5e9, 'exact', 'dollars']] },
  { marked: 'Officials said [[“hundreds of prisoners”]] would go free.',
    want: [[100, 'vague', 'prisoners']] },
  // a bound reaches the figures of a list that count nothing of their own (ECB+ t30_ecb/30_11ecb, CC BY 3.0) ...
  { marked: 'At one point [[as much as 55 percent of voice traffic]] in Saudi Arabia, [[52 percent]] in Egypt, and [[82 percent]] in India was out of service.',
    want: [[55, 'up-to', 'percent of voice traffic'], [52, 'up-to', 'percent'], [82, 'up-to', 'percent']] },
  { marked: '[[At least 10 people were killed]] in Bam and [[15]] in Zarand.',
    want: [[10, 'at-least', 'people killed'], [15, 'at-least', '']] },
  // ... not across a verb, nor to a figure of its own thing
  { marked: '[[At least 10 people died]] in the blast, and [[15 were injured]].',
    want: [[10, 'at-least', 'people dead'], [15, 'exact', 'injured']] },
  { marked: '[[More than 200 people were arrested]] and [[40 people were injured]].',
    want: [[200, 'more-than', 'people arrested'], [40, 'exact', 'people injured']] },
];

// No figures at all in these.
const NOT_FIGURES = [
  'China called for a two-state solution.',
  'China has yet to condemn Hamas for the Oct. 7 terror attacks.',
  'The report was published in 2024 and again on March 10.',
  'The first meeting was one of many, at 5 p.m. on Tuesday.',
  'Majority Leader Chuck Schumer (D-NY) refused.',
  'Call 555-123-4567 before 10:30 today.',
  'Section 230 protects sites, and Apollo 11 landed in the 1990s film.',
  'Netanyahu, 74, said on 7 October that they met.',
  'The two met, and its three said so.',
  'Copyright 2024, date 2024-03-19 Chinese communists appear to be cozying up to Hamas.',
  'The 31-year-old man won 21st place in the 24/7 race.',
  'No one came, and the COVID-19 rules held.',
  'The office at 131 West 55th Street opened.',
];

for (const c of CASES) {
  test(`figures: ${c.marked}`, () => {
    const m = parseMarkers(c.marked);
    const r = analyzeReport(m.text);
    // Curly quote marks around a figure are not part of it.
    const expected = m.spans.map((s) => {
      const inner = /^[“"]?(.*?)[”"]?$/.exec(s.text)![1];
      const start = s.start + s.text.indexOf(inner);
      return { start, end: start + inner.length };
    });
    assert.deepEqual(r.figures.map((f) => [f.start, f.end]), expected.map((s) => [s.start, s.end]));
    assert.deepEqual(r.figures.map((f) => [f.value, f.approx, f.counts]), c.want);
    for (const f of r.figures) {
      assert.equal(m.text.slice(f.start, f.end), f.text);
      if (f.countsSpan) assert.ok(f.countsSpan.start >= f.start && f.countsSpan.end <= f.end);
    }
  });
}

test('figures: a small number after "the", "its" or a possessive refers back to a count: marked referring, never a claim', () => {
  const text = 'Police said Hiller shot the three victims. Netanyahu said the two sides met. The gunman\'s two colleagues fled. Four men were shot.';
  const r = analyzeReport(text);
  assert.deepEqual(r.figures.map((f) => [f.text, f.counts, f.referring ?? false]), [
    ['three victims', 'victims', true], ['two sides', 'sides', true], ['two colleagues', 'colleagues', true], ['Four men', 'men', false],
  ]);
  // a stated count is a claim to source; the same count referred back to is not
  const claims = (t: string) => analyzeReport(t).claims.map((c) => [t.slice(c.start, c.end), c.kind, c.status]);
  assert.deepEqual(claims('The plant was quiet.\nHiller shot three victims at the plant on Thursday.'),
    [['Hiller shot three victims at the plant on Thursday', 'casualty', 'unattributed']]);
  assert.deepEqual(claims('The plant was quiet.\nHiller shot the three victims at the plant on Thursday.'), []);
});

for (const text of NOT_FIGURES) {
  test(`not figures: ${text}`, () => {
    assert.deepEqual(analyzeReport(text).figures.map((f) => f.text), []);
  });
}

test('figures: offsets stay right after CRLF, a BOM, emoji and curly quotes', () => {
  const text = '\uFEFFHeadline 😀\r\n\r\nThe “war” has seen more than 31,000 Palestinians killed.\r\nAbout 300 fled.';
  const r = analyzeReport(text);
  assert.deepEqual(r.figures.map((f) => [r.text.slice(f.start, f.end), f.value]), [
    ['more than 31,000 Palestinians killed', 31000], ['About 300', 300],
  ]);
});

test('figures: a hard-wrapped line does not cut a figure', () => {
  const r = analyzeReport('The conflict has now seen more than\n31,000 Palestinians\nkilled and millions displaced.');
  assert.deepEqual(r.figures.map((f) => [f.text, f.counts]), [
    ['more than\n31,000 Palestinians\nkilled', 'palestinians killed'], ['millions displaced', 'displaced'],
  ]);
});

test('figures: the seeds give the figures the issue names, and no others', () => {
  const a = analyzeReport(SEED_000);
  assert.deepEqual(a.figures.map((f) => [f.text, f.value, f.approx, f.counts]), [
    ['more than 31,000 Palestinians killed', 31000, 'more-than', 'palestinians killed'],
    ['millions displaced', 1000000, 'vague', 'displaced'],
    ['more than 1 million Palestinians', 1000000, 'more-than', 'palestinians'],
  ]);
});

const SEED_000 = `China is urging the countries to not just engage in a ceasefire but to come up with a two-state solution that would satisfy both parties. Beijing is also reportedly “deeply concerned” about the conflict, which has now seen more than 31,000 Palestinians killed and millions displaced.

He has even pledged to invade Rafah, where more than 1 million Palestinians have fled to get away from the violence. Netanyahu has spoken with Senate Republicans, but Majority Leader Chuck Schumer (D-NY) has refused his attempts to speak with Democrats.

On Tuesday, March 19, Hamas released a statement. Wang visited Egypt, the West Bank, and Israel before he met with the militant group after the Oct. 7 attacks.`;
