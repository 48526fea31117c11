// Two parts of a group that are one story by the people they name (compare/events/story-names.ts):
// a follow-up stays with the first reports; two people's stories in one circle, or the same people
// with dates far apart, stay apart. Invented terms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReportTerms } from '../src/compare/events/features.ts';
import { storyNames } from '../src/compare/events/story-names.ts';

const terms = (names: string[], day: number | null = null): ReportTerms => ({ counts: new Map(), years: [], day, names });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

test('a shooting and the charge laid the next day: both parts name the spokesman and the victim, one story', () => {
  const first = [['tim fanning', 'john christie'], ['tim fanning'], ['tim fanning', 'benjamin banky']];
  const charged = [['eric allen kirkpatrick', 'tim fanning', 'benjamin david banky'], ['tim fanning', 'eric kirkpatrick'], ['tim fanning', 'benjamin david banky']];
  const together = storyNames([...first, ...charged].map((n) => terms(n)));
  assert.equal(together(range(0, 3), range(3, 6)), true);
});

test('two deaths in one circle: each part has its own central person, whatever background names they share', () => {
  const felt = [['mark felt', 'bob woodward'], ["w. mark felt sr", 'bob woodward', 'richard nixon'], ['mark felt', 'bob woodward']];
  const larue = [['fred larue', 'bob woodward', 'nixon'], ['frederick cheney larue', 'bob woodward'], ['fred larue', 'bob woodward']];
  const together = storyNames([...felt, ...larue].map((n) => terms(n)));
  assert.equal(together(range(0, 3), range(3, 6)), false);
});

test('the same people with dates far apart are two events: a bid announced, its documents subpoenaed years later', () => {
  const bid = [0, 1, 2].map((d) => terms(['rick perry', 'jeff miller'], 15_000 + d));
  const subpoena = [0, 1, 2].map((d) => terms(['rick perry', 'jeff miller'], 16_000 + d));
  assert.equal(storyNames([...bid, ...subpoena])(range(0, 3), range(3, 6)), false);
  // published two days apart: one story
  const next = [0, 1, 2].map((d) => terms(['rick perry', 'jeff miller'], 15_002 + d));
  assert.equal(storyNames([...bid, ...next])(range(0, 3), range(3, 6)), true);
});

test("a name most of the workspace's reports carry, or one background mention, ties nothing", () => {
  const a = [['barack obama'], ['barack obama'], ['barack obama']];
  const b = [['barack obama'], ['barack obama'], ['barack obama']];
  const elsewhere = Array.from({ length: 20 }, () => terms(['barack obama']));
  assert.equal(storyNames([...[...a, ...b].map((n) => terms(n)), ...elsewhere])(range(0, 3), range(3, 6)), false);
  const once = [['mehdi irannejad', 'bandar abbas'], ['mehdi irannejad'], ['mehdi irannejad']];
  const other = [['bandar abbas', 'heydar alishvandi'], ['bandar abbas', 'heydar alishvandi'], ['heydar alishvandi']];
  assert.equal(storyNames([...once, ...other].map((n) => terms(n)))(range(0, 3), range(3, 6)), false);
});
