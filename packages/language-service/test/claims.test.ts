import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeReport, type ClaimStatus } from '@newslens/language-service';
import { extractClaims } from '../src/claims/extract-claims.ts';
import { extractFigures } from '../src/figures/extract-figures.ts';
import { parseText } from '../src/nlp/parse.ts';
import { parseMarkers } from './helpers/markers.ts';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_a34a0c6796c537b7.txt');
const SEED_002 = seed('002_33abfcd25e3bfae5.txt');

function problems(text: string, code: string) {
  const r = analyzeReport(text);
  return r.problems.filter((p) => p.code === code).map((p) => ({ ...p, text: r.text.slice(p.start, p.end) }));
}

// `[[...]]` marks exactly where an unattributed-claim problem must be; text without markers gets none.
const UNATTRIBUTED: string[] = [
  'Beijing is also reportedly “deeply concerned” about the conflict, which has now seen [[more than 31,000 Palestinians killed and millions displaced]].',
  'China has yet to condemn Hamas for the Oct. 7 terror attacks, which resulted in the massacre of [[more than 1,200 Israelis and dozens of Americans]].',
  'He has even pledged to invade Rafah, where [[more than 1 million Palestinians]] have fled to get away from the violence.',
  'The strike killed [[at least 17 people]] on Tuesday.',
  'On May 5, [[more than 300 people were killed]] in the strike.',
  'The company was fined [[$185 million]] last year.',
  // Named sources: not flagged.
  'CNN reported that more than 300 people were killed in the strike.',
  'Hamas claimed that more than 300 people were killed in the strike.',
  'According to a Hamas statement, more than 300 people were killed in the strike.',
  'More than 300 people were killed in the strike, the health ministry said.',
  'Per a United Nations count, more than 300 people were killed in the strike.',
  'Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million.',
  // A quote has a speaker; questions, headlines and speculation are not claims.
  'He said: “More than 300 people were killed in the strike.”',
  'Were more than 300 people killed in the strike?',
  'More Than 300 People Killed In Strike On Gaza City',
  'The plan would require Israel to release hundreds of Palestinian prisoners.',
  '[[Some 52 percent of registered voters]] back the plan, and [[about 300 families]] left.',
  // Small or everyday numbers, durations and dates.
  'Two Vermont developers met three officials for four days in 2015.',
  'The phone costs $199, and the Nasdaq index fell 2.36% as Boeing delivered 179 tankers.',
  // Judgements of the writer are not accusations.
  'China has exploited the Israel-Hamas war as an opportunity to curry favor with nations.',
  // A negated cue does not source: the figure stands alone.
  'The mayor isn’t saying whether [[more than 300 people were evacuated]].',
  'By the Health Ministry’s count, more than 300 people were killed.',
];

for (const marked of UNATTRIBUTED) {
  test(`unattributed-claim: ${marked}`, () => {
    const m = parseMarkers(marked);
    assert.deepEqual(problems(m.text, 'unattributed-claim').map((p) => p.text), m.spans.map((s) => s.text));
  });
}

// `[[...]]` marks the clause a vague-attribution problem covers.
const VAGUE: string[] = [
  '[[Beijing is also reportedly “deeply concerned” about the conflict]], which has now seen more than 31,000 Palestinians killed.',
  '[[Wang allegedly "emphasized that the Hamas movement is part of the Palestinian national fabric."]]',
  '[[Israeli officials said the army had destroyed more than 300 tunnels]].',
  '[[Yet a top official in Israel has pledged to enter Rafah “even if the entire world turns on Israel.”]]',
  '[[The minister is said to have approved more than 300 permits]].',
  'Wang said the talks were useful, and the ministry confirmed it.',
  '[[In the north, 300,000 acres of forest have been damaged by mining, by one estimate]].',
  'A web video by the Republican National Committee references four cases in which Kaine defended people accused of rape or murder.',
  'A spokeswoman for Hillary Clinton says the campaign raised more than $5 million.',
];

for (const marked of VAGUE) {
  test(`vague-attribution: ${marked}`, () => {
    const m = parseMarkers(marked);
    const found = problems(m.text, 'vague-attribution');
    assert.deepEqual(found.map((p) => p.text), m.spans.map((s) => s.text));
    for (const p of found) assert.match(p.message, /^Vaguely sourced claim: /);
  });
}

test('a sentence holds several claims of different status', () => {
  const text = 'Beijing is also reportedly “deeply concerned” about the conflict, which has now seen more than 31,000 Palestinians killed and millions displaced.';
  const r = analyzeReport(text);
  const got: Array<[string, ClaimStatus, string]> = r.claims.map((c) => [c.text, c.status, c.kind]);
  assert.deepEqual(got, [
    ['Beijing is also reportedly “deeply concerned” about the conflict', 'vague', 'action'],
    ['which has now seen more than 31,000 Palestinians killed and millions displaced', 'unattributed', 'casualty'],
  ]);
});

test('attributed claims carry their source', () => {
  const r = analyzeReport('CNN reported that Wang has been in the Near East since at least March 10, meeting with counterparts.');
  assert.equal(r.claims.length, 1);
  assert.equal(r.claims[0].status, 'attributed');
  assert.equal(r.claims[0].source?.text, 'CNN');
});

test('seeds: the diagnostics the issue names, and few others', () => {
  const u000 = problems(SEED_000, 'unattributed-claim').map((p) => p.text);
  const v000 = problems(SEED_000, 'vague-attribution').map((p) => p.text);
  assert.deepEqual(u000, ['more than 31,000 Palestinians killed and millions displaced', 'more than 1 million Palestinians']);
  assert.ok(v000.some((t) => t.startsWith('Beijing is also reportedly “deeply concerned”')));
  assert.ok(v000.length <= 2, v000.join('\n'));
  const u002 = problems(SEED_002, 'unattributed-claim').map((p) => p.text);
  const v002 = problems(SEED_002, 'vague-attribution').map((p) => p.text);
  assert.deepEqual(u002, ['more than 1,200 Israelis and dozens of Americans']);
  assert.ok(v002.length <= 4, v002.join('\n'));
  for (const t of v002) assert.match(t, /reportedly|allegedly/);
  // Sentences that name their source are never flagged.
  const all = [...problems(SEED_002, 'unattributed-claim'), ...problems(SEED_002, 'vague-attribution')];
  for (const p of all) assert.doesNotMatch(p.text, /CNN reported|Hamas claimed|According to a Hamas statement|Jerusalem Post reported/);
});

test('messages are one line and name the words', () => {
  const [p] = problems(SEED_000, 'unattributed-claim');
  assert.equal(p.message, "Unsourced casualty figure: 'more than 31,000 Palestinians killed and millions displaced' is given without a source");
  for (const q of [...problems(SEED_000, 'unattributed-claim'), ...problems(SEED_002, 'vague-attribution')]) assert.doesNotMatch(q.message, /\n/);
});

test('CRLF, a BOM and curly quotes keep problem offsets on the words', () => {
  const text = '\uFEFFHeadline\r\n\r\nBeijing is also reportedly “deeply concerned” about the war, which has seen more than 31,000 Palestinians killed.\r\nThe minister left.';
  const r = analyzeReport(text);
  const got = r.problems.filter((p) => /claim|vague/.test(p.code)).map((p) => [p.code, r.text.slice(p.start, p.end)]);
  assert.deepEqual(got, [
    ['vague-attribution', 'Beijing is also reportedly “deeply concerned” about the war'],
    ['unattributed-claim', 'more than 31,000 Palestinians killed'],
  ]);
});

test('claims work from cue words alone when the attribution extractor gives nothing', () => {
  const cases: Array<[string, ClaimStatus]> = [
    ['CNN reported that more than 300 people were killed in the strike.', 'attributed'],
    ['More than 300 people were killed in the strike, officials said.', 'vague'],
    ['More than 300 people were reportedly killed in the strike.', 'vague'],
    ['According to the United Nations, more than 300 people were killed in the strike.', 'attributed'],
    ['More than 300 people were killed in the strike.', 'unattributed'],
  ];
  for (const [text, status] of cases) {
    const ctx = { text, parsed: parseText(text), quotes: [] };
    const claims = extractClaims(ctx, { mentions: [], attributions: [], figures: extractFigures(ctx) });
    assert.deepEqual(claims.map((c) => [c.status, c.kind]), [[status, 'casualty']], text);
  }
});

test('a claim is attributed or vague as the source of its attribution is named or vague (one decision)', () => {
  const status = { named: 'attributed', vague: 'vague', none: 'vague' } as const;
  for (const text of [
    'Many countries and coalitions said that more than 300 people were killed in the strike.',
    'A spokeswoman for Hillary Clinton said that more than 300 people were killed in the strike.',
    'Israeli officials said that more than 300 people were killed in the strike.',
    'Both sides said that more than 300 people were killed in the strike.',
    'A new poll shows that more than 300 people were killed in the strike.',
    'According to a Hamas statement, more than 300 people were killed in the strike.',
  ]) {
    const r = analyzeReport(text);
    assert.equal(r.attributions.length, 1, text);
    assert.deepEqual(r.claims.map((c) => c.status), [status[r.attributions[0].sourceKind]], text);
  }
});

test('capitalised common words and lone titles are no named source', () => {
  // "Senator" and "President" alone are strength-0 mention candidates: they name no one.
  assert.deepEqual(analyzeReport('The Senator voted against the bill.').claims, []);
  const r = analyzeReport('The President said that more than 300 people were killed in the strike.');
  assert.deepEqual(r.attributions.map((a) => a.sourceKind), ['vague']);
  assert.deepEqual(r.claims.map((c) => c.status), ['vague']);
  const p = analyzeReport('Protesters said that more than 300 people were killed in the strike.');
  assert.deepEqual(p.attributions.map((a) => a.sourceKind), ['vague']);
});
