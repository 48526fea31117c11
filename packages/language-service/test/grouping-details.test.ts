// Grouping's reading of what tells two events of one kind apart (session 23): numbers read whole,
// the lead's words, and one story around one person kept together. Invented texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, eventTies, type ReportAnalysis } from '@newslens/language-service';
import { reportTerms, type ReportTerms } from '../src/compare/events/features.ts';
import { sameProtagonist } from '../src/compare/events/protagonist.ts';

test('a magnitude, a toll or a sum is one number term, its decimal point and thousands separators kept', () => {
  const terms = reportTerms(analyzeReport('A 5.6 magnitude quake hit Qarvan island, and 1,200 homes were damaged; the 6.1 quake in September was worse.'));
  const numbers = [...terms.counts.keys()].filter((k) => k.startsWith('='));
  assert.deepEqual(numbers.sort(), ['=1200', '=5.6', '=6.1']);
});

test('the words of the lead count again as lead terms; words further down do not', () => {
  const filler = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
  const terms = reportTerms(analyzeReport(`Thieves raid Velmont jeweller. ${filler}. Police in Sarrow.`));
  const keys = [...terms.counts.keys()];
  assert.ok(keys.includes('^velmont') && keys.includes('^jeweller'), keys.slice(0, 12).join());
  assert.ok(keys.includes('sarrow') && !keys.includes('^sarrow'), 'a word after the lead is a word only');
  assert.ok(!keys.some((k) => k.startsWith('^') && k.includes(' ')), 'no lead word pairs');
});

test('lead terms are never listed as the terms that tie an event', () => {
  const a = 'Quake kills 12 on Lindora. A 6.1 earthquake struck the coast of Lindora on Sunday, the Red Cross said.';
  const b = 'Quake kills 12 on Lindora. At least 12 people died when a 6.1 earthquake hit Lindora on Sunday.';
  const analyses = new Map<string, ReportAnalysis>([['a.txt', analyzeReport(a)], ['b.txt', analyzeReport(b)]]);
  const ties = eventTies([{ id: 'e', reports: ['a.txt', 'b.txt'] }], analyses).get('e')!;
  assert.ok(ties.includes('lindora') && ties.includes('6.1'), ties.join());
  assert.ok(!ties.some((t) => t.startsWith('^')), ties.join());
});

const person = (names: string[], day: number | null = null): ReportTerms => ({ counts: new Map(), years: [], day, names });

test('two parts told around one person are one story; a background name both mention is not', () => {
  const shooting = [person(['eric kirkpatrick', 'tim fanning']), person(['eric kirkpatrick', 'tim fanning']), person(['tim fanning', 'luke pigeon'])];
  const life = [person(['tim fanning', 'john christie']), person(['tim fanning', 'nigel hacker']), person(['john christie'])];
  const together = sameProtagonist([...shooting, ...life], 7);
  assert.equal(together([0, 1, 2], [3, 4, 5]), true);
  const felt = [person(['mark felt', 'richard nixon']), person(['mark felt', 'richard nixon']), person(['mark felt'])];
  const larue = [person(['fred larue', 'richard nixon']), person(['fred larue', 'richard nixon']), person(['fred larue'])];
  assert.equal(sameProtagonist([...felt, ...larue], 7)([0, 1, 2], [3, 4, 5]), false, 'Felt leads one part, LaRue the other');
});

test('one person in two parts published months apart: the dates tell two happenings', () => {
  const first = [person(['ana varga'], 19000), person(['ana varga'], 19001), person(['ana varga'], 19001)];
  const second = [person(['ana varga'], 19120), person(['ana varga'], 19121), person(['ana varga'], null)];
  const together = sameProtagonist([...first, ...second], 7);
  assert.equal(together([0, 1, 2], [3, 4, 5]), false);
  assert.equal(together([0, 1], [2]), true);
});
