// Grouping's reading of what tells two events of one kind apart (session 23): numbers read whole,
// the lead's words, and one story around one person kept together; session 24: the lead's figures.
// Invented texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, eventTies, type ReportAnalysis } from '@newslens/language-service';
import { reportTerms, type ReportTerms } from '../src/compare/events/features.ts';
import { averageLink } from '../src/compare/events/cluster.ts';
import { leadFiguresApart } from '../src/compare/events/lead-figures.ts';
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

test('"magnitude-5.6" is the word "magnitude" and the number 5.6; "eight-year" stays one word', () => {
  const keys = [...reportTerms(analyzeReport('A magnitude-5.6 quake and a magnitude-5.2 quake ended an eight-year calm.')).counts.keys()];
  assert.ok(keys.includes('=5.6') && keys.includes('=5.2') && keys.includes('magnitude'), keys.join());
  assert.ok(!keys.some((k) => k.includes('magnitude-5')), keys.join());
  assert.ok(keys.includes('eight-year'), keys.join());
});

test('the lead figures are the numbers of the lead, not a date\'s or a time\'s digits nor numbers further down', () => {
  const filler = Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
  const terms = reportTerms(analyzeReport(`Posted 11/27/2005 7:21 AM. On 27 November a 5.9 quake killed 10 on Lindora. ${filler}. A 6.4 quake hit in 2003.`));
  assert.deepEqual([...(terms.leadFigures ?? [])].sort(), ['10', '5.9']);
});

const figures = (leadFigures: string[]): ReportTerms => ({ counts: new Map(), years: [], day: null, leadFigures });

test('two parts that lead with different figures are two happenings; one shared lead figure keeps them one', () => {
  const first = [figures(['5.6']), figures(['5.6']), figures(['5.6', '2000'])];
  const second = [figures(['5.9', '10']), figures(['10']), figures(['6.1', '10'])];
  const apart = leadFiguresApart([...first, ...second]);
  assert.equal(apart([0, 1, 2], [3, 4, 5]), true);
  const updated = [figures(['10', '5.9']), figures(['10']), figures(['12', '5.9'])];
  assert.equal(leadFiguresApart([...second, ...updated])([0, 1, 2], [3, 4, 5]), false, 'a toll that rose, the magnitude the same');
  assert.equal(apart([0, 1], [3, 4, 5]), false, 'a fragment of two reports is not read');
  const none = [figures([]), figures([]), figures(['5.6'])];
  assert.equal(leadFiguresApart([...none, ...second])([0, 1, 2], [3, 4, 5]), false, 'no figure most of a part gives');
});

test('the clustering keeps two parts apart when told so only while they resemble each other loosely', () => {
  // two tight pairs of reports (0.6 inside), 0.2 across: above the threshold, a third of their inner mean
  const edges = [{ i: 0, j: 1, sim: 0.6 }, { i: 2, j: 3, sim: 0.6 }, { i: 0, j: 2, sim: 0.2 }, { i: 0, j: 3, sim: 0.2 }, { i: 1, j: 2, sim: 0.2 }, { i: 1, j: 3, sim: 0.2 }];
  const parts = (root: number[]) => new Set(root).size;
  assert.equal(parts(averageLink(4, edges, 0.1)), 1);
  assert.equal(parts(averageLink(4, edges, 0.1, 0, 0, undefined, { ratio: 0.5, apart: () => true })), 2);
  assert.equal(parts(averageLink(4, edges, 0.1, 0, 0, undefined, { ratio: 0.3, apart: () => true })), 1, 'a third of the inner mean is enough at ratio 0.3');
  assert.equal(parts(averageLink(4, edges, 0.1, 0, 0, undefined, { ratio: 0.5, apart: () => false })), 1);
});
