import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeReport, type ClaimStatus } from '@newslens/language-service';
import { extractClaims } from '../src/claims/extract-claims.ts';
import { extractFigures } from '../src/figures/extract-figures.ts';
import { parseText } from '../src/nlp/parse.ts';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const SEED_000 = seed('000_a34a0c6796c537b7.txt');
const SEED_002 = seed('002_33abfcd25e3bfae5.txt');

function problems(text: string, code: string) {
  const r = analyzeReport(text);
  return r.problems.filter((p) => p.code === code).map((p) => ({ ...p, text: r.text.slice(p.start, p.end) }));
}

// The tables of what unattributed-claim and vague-attribution flag are the rules' cases
// (src/rules/unattributed-claim.ts, vague-attribution.ts), run by rules.test.ts.

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

test('a relative "who" as an unnamed source is named in the message with the words it refers to', () => {
  const message = (text: string) => analyzeReport(text).problems.filter((p) => p.code === 'vague-attribution').map((p) => p.message);
  assert.deepEqual(message('Police spoke to a woman who said the gunman fled on foot.'), ["Vaguely sourced claim: the source 'a woman who' is not named"]);
});
