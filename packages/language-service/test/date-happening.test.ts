// What a date dates (compare/align/date-happening.ts): its happening, a dateline, a statement's day;
// and what that does to date-mismatch between two reports. Passages of ECB+ t14, t16, t18, t30 and
// t41-like sentences written for this test (ECB+ is CC BY 3.0).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happeningOf, isDateline } from '../src/compare/align/date-happening.ts';
import { alignEvent } from '../src/compare/align/align-event.ts';
import { parseMarkers } from './helpers/markers.ts';
import { reportsOf } from './helpers/compare-fixtures.ts';

const happening = (marked: string) => {
  const { text, spans } = parseMarkers(marked);
  return [...happeningOf({ text }, { start: 0, end: text.length }, spans[0]).stems].sort();
};

test('the happening of a date: the words leading up to it in its clause, or the ones it modifies', () => {
  assert.deepEqual(happening('The 35-year-old deputy was killed on [[June 24]], while investigating an attack'), ['deputy', 'kill', 'old']);
  assert.deepEqual(happening('Orozco was also convicted of the [[June 20, 2005]] attempted murder of a man'), ['attempt', 'convict', 'murder']);
  assert.deepEqual(happening('A man has been charged with first-degree murder after a shooting at an office Christmas party in Vancouver [[Friday]].'), ['offic', 'party', 'shoot']);
  assert.deepEqual(happening('She was born Betty Mae Page on [[April 22, 1923]] in Nashville'), ['born']);
  assert.deepEqual(happening('Page was born in Tennessee. Born on [[April 22, 1923]], she'), ['born']);
  assert.deepEqual(happening('Catching Fire might not make its [[November 22, 2013]] release date.'), ['mak', 'releas']);
  // a time of day before the date is no break of the clause, nor its happening ("9:15 a.m." once gave "m")
  assert.deepEqual(happening('The fire started at around 9:15 a.m. on [[Thursday]] on the third floor'), ['around', 'fir', 'start']);
  assert.deepEqual(happening('More than 31,000 people had fled by [[March 19]]'), ['fled', 'peopl']);
  // a date in brackets restates the one before it
  const saying = (marked: string) => {
    const { text, spans } = parseMarkers(marked);
    return happeningOf({ text }, { start: 0, end: text.length }, spans[0]).saying;
  };
  assert.ok(saying('Subsea cable operator Seacom announced on Twitter today ([[14 October 2011]]) that'));
  assert.ok(saying('the minister said [[Tuesday]]'));
  assert.ok(!saying('The ministry announced the [[May 12]] deadline for applications'));
  assert.ok(!saying('Police said the fire on [[Friday]] was set'));
});

test('a dateline or a stamp of the page dates the report, not a happening', () => {
  const dateline = (marked: string) => {
    const { text, spans } = parseMarkers(marked);
    return isDateline(text, spans[0]);
  };
  assert.ok(dateline('Title of the report\n[[June 28, 2008]]\nThe court set sentencing for later.'));
  assert.ok(dateline('[[Sunday, January 5, 2011]] at 12:19 PM EST'));
  assert.ok(dateline('WASHINGTON, [[June 28]] (Reuters) - The Senate voted on the bill.'));
  // ECB+ t11: a publication stamp glued to the headline
  assert.ok(dateline('http://example.com/a\n[[27/09/2013]]-Turkmenistan to hold first-ever parliamentary elections on a two-party basis'));
  assert.ok(!dateline('Sentencing is set for [[June 28]] in Los Angeles.'));
  assert.ok(!dateline('Ellen DeGeneres to host Oscars in [[2014]]'));
});

test('date-mismatch: dates of two happenings are not compared; two outlets dating one happening are', () => {
  const event = (a: { text: string; dates: Array<{ text: string; value: string }> }, b: typeof a) =>
    alignEvent(reportsOf({ id: 'a', ...a }, { id: 'b', ...b }));
  const codes = (out: ReturnType<typeof alignEvent>) => Object.values(out.problems).flat().map((p) => p.code);
  // ECB+ t16: the killing and the earlier attempted murder
  const killed = { text: 'The 35-year-old deputy was killed on June 24, while investigating an attack in Hawaiian Gardens.', dates: [{ text: 'June 24', value: '2006-06-24' }] };
  const attempt = { text: 'Orozco was also convicted of the June 20 attempted murder of a man in Hawaiian Gardens.', dates: [{ text: 'June 20', value: '2006-06-20' }] };
  assert.deepEqual(codes(event(killed, attempt)), []);
  // a statement's day is no happening of the event
  const said = (day: string) => ({ text: `Subsea cable operator Seacom announced on Twitter today (${day} October 2011) that services were restored.`, dates: [{ text: `${day} October 2011`, value: `2011-10-${day}` }] });
  assert.deepEqual(codes(event(said('14'), said('20'))), []);
  // one birth in two outlets' own sentences: different days disagree
  const born = { text: 'She was born Betty Mae Page on April 22, 1923 in Nashville, Tennessee, in a poor family.', dates: [{ text: 'April 22, 1923', value: '1923-04-22' }] };
  const bornToo = { text: 'Born on April 25, 1923, in Nashville, Page said she grew up in a family so poor.', dates: [{ text: 'April 25, 1923', value: '1923-04-25' }] };
  assert.deepEqual(codes(event(born, bornToo)), ['date-mismatch', 'date-mismatch']);
  assert.deepEqual(codes(event(born, { ...bornToo, text: bornToo.text.replace('25', '22'), dates: [{ text: 'April 22, 1923', value: '1923-04-22' }] })), []);
});
