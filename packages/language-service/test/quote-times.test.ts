import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchQuoteWords, quoteWords } from '../src/compare/align/align-quotes.ts';
import { withClockTimes } from '../src/compare/align/quote-times.ts';
import { wordsOf } from '../src/compare/align/words.ts';

const all = (t: string) => ({ start: 0, end: t.length });
const match = (a: string, b: string) => matchQuoteWords(quoteWords(a, all(a)), quoteWords(b, all(b)), a, b);

test('quote times: a time of day converted or without its zone is the same quote', () => {
  // ECB+ t04 (4_1ecb, 4_5ecb; CC BY 3.0): one outlet gives the agent's time in 12-hour form with its zone, the other in 24-hour form
  const a = 'my dear friend and client Bettie Page passed away at 6:41pm PST this evening in a Los Angeles hospital';
  const b = 'my dear friend and client Bettie Page passed away at 18:41 this evening in a Los Angeles hospital';
  assert.equal(match(a, b)?.same, true);
  const same: Array<[string, string]> = [
    ['the shooting started at 9.30 p.m. near the station', 'the shooting started at 21:30 near the station'],
    ['the vote will be held at 10 a.m. on Friday morning', 'the vote will be held at 10:00 am on Friday morning'],
    ['the last train left at 12 pm from the main station', 'the last train left at 12:00 pm from the main station'],
  ];
  for (const [x, y] of same) assert.equal(match(x, y)?.same, true, `${x} / ${y}`);
});

test('quote times: a different time is still a different quote', () => {
  const differ: Array<[string, string]> = [
    ['my client passed away at 6:41pm this evening in a Los Angeles hospital', 'my client passed away at 6:14pm this evening in a Los Angeles hospital'],
    // without am/pm, 6:41 is morning
    ['my client passed away at 6:41 this evening in a Los Angeles hospital', 'my client passed away at 18:41 this evening in a Los Angeles hospital'],
    ['the shooting started at 9 p.m. near the station entrance', 'the shooting started at 9 a.m. near the station entrance'],
  ];
  for (const [x, y] of differ) {
    const m = match(x, y);
    assert.ok(m, `${x} / ${y}: linked`);
    assert.equal(m.same, false, `${x} / ${y}`);
  }
});

test('quote times: one word for the time, spanning what was written; other numbers untouched', () => {
  const t = 'at 6:41 p.m. PST, 1987 people and 2024 votes';
  const ws = withClockTimes(wordsOf(t), t);
  assert.deepEqual(ws.map((w) => w.norm), ['at', '18:41', 'pst', '1987', 'people', 'and', '2024', 'votes']);
  assert.equal(t.slice(ws[1].start, ws[1].end), '6:41 p.m.');
  assert.equal(ws[2].content, false, 'a zone after a time is a function word');
  const z = 'at 0241 GMT on Friday';
  assert.deepEqual(withClockTimes(wordsOf(z), z).map((w) => w.norm), ['at', '02:41', 'gmt', 'on', 'friday']);
  const year = 'in 1955 because she did not';
  assert.deepEqual(withClockTimes(wordsOf(year), year).map((w) => w.norm), ['in', '1955', 'because', 'she', 'did', 'not']);
});
