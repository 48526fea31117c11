// eventTies: the terms `newslens analyze` lists for each event. Invented texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, eventTies, type ReportAnalysis } from '@newslens/language-service';

const texts: Record<string, string> = {
  'a.txt': 'A magnitude 6.1 earthquake struck the coast of Lindora on Sunday, killing 12 people, the Lindora Red Cross said. Governor Maria Estevan visited Port Sallow.',
  'b.txt': 'At least 12 people died when a 6.1 earthquake hit Lindora on Sunday, according to the Red Cross. Governor Maria Estevan flew to Port Sallow on Monday.',
  'c.txt': 'Parliament in Vestmark voted 210 to 95 on Thursday to approve the new budget, the speaker announced.',
};

test('the terms the reports of an event share, names whole, rarest and most said first; an event of one report has none', () => {
  const analyses = new Map<string, ReportAnalysis>(Object.entries(texts).map(([id, t]) => [id, analyzeReport(t)]));
  const ties = eventTies([{ id: 'e1', reports: ['a.txt', 'b.txt'] }, { id: 'e2', reports: ['c.txt'] }], analyses);
  const quake = ties.get('e1')!;
  assert.ok(quake.includes('lindora') && quake.includes('maria estevan') && quake.includes('port sallow'), quake.join());
  assert.ok(!quake.includes('estevan') && !quake.includes('sallow'), 'a word of a listed name is not listed again');
  assert.ok(!quake.some((t) => /vestmark|budget|monday|magnitude/.test(t)), 'nothing only one report says');
  assert.ok(quake.length <= 8);
  assert.deepEqual(ties.get('e2'), []);
  // deterministic, whatever the order of the map
  const reversed = new Map([...analyses].reverse());
  assert.deepEqual(eventTies([{ id: 'e1', reports: ['a.txt', 'b.txt'] }], reversed).get('e1'), quake);
});

test('front matter is no tie: two reports of one outlet are not tied by its name', () => {
  const fm = (body: string) => analyzeReport(`---\nsource: Example Wire\nauthor: Jane Doe\n---\n${body}`);
  const analyses = new Map([['a.txt', fm(texts['a.txt'])], ['c.txt', fm(texts['c.txt'])]]);
  const ties = eventTies([{ id: 'e', reports: ['a.txt', 'c.txt'] }], analyses).get('e')!;
  assert.ok(!ties.some((t) => /example|wire|jane|doe|source/.test(t)), ties.join());
});
