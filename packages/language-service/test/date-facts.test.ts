// The fact a date states (compare/align/date-facts.ts) and date-mismatch across paraphrase: two
// outlets' own sentences dating one happening are compared, a deadline and the day it was
// announced, or a dateline and a happening, are not. Passages of ECB+ t12, t16 and t26 (CC BY
// 3.0; named at each) and sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happeningOf } from '../src/compare/align/date-happening.ts';
import { dateFact } from '../src/compare/align/date-facts.ts';
import { alignEvent } from '../src/compare/align/align-event.ts';
import { analyzeReport, compareReports } from '../src/index.ts';
import { parseMarkers } from './helpers/markers.ts';
import { reportsOf, type ReportSpec } from './helpers/compare-fixtures.ts';

const fact = (marked: string) => {
  const { text, spans } = parseMarkers(marked);
  const sentence = { start: 0, end: text.length };
  const f = dateFact({ text }, sentence, spans[0], happeningOf({ text }, sentence, spans[0]));
  return { keys: [...f.keys].sort(), frame: f.frame, earlier: f.earlier, partial: f.partial };
};

test('the keys of a date\'s happening survive paraphrase', () => {
  // ECB+ t16: one killing, two wordings
  assert.deepEqual(fact('The 35-year-old deputy was killed on [[June 24]].').keys, ['kill']);
  assert.deepEqual(fact('Cooley said Jose Luis Orozco was charged with murdering the 35-year-old deputy on [[June 24]].').keys, ['charge', 'kill']);
  // an attempted murder is not a killing; a date modifying a noun dates that noun, not the verb before it
  assert.deepEqual(fact('Orozco was also convicted of the [[June 20, 2005]] attempted murder of a man.').keys, ['attempt']);
  // ECB+ t12: a date opening its sentence dates the words after it
  assert.deepEqual(fact('On [[November 19]], INS Tabar sunk a fishing trawler that was under the control of pirates.').keys, ['fish', 'sink']);
  assert.deepEqual(fact('Protests followed the [[November 18]] sinking of a Thai fishing trawler.').keys, ['sink']);
  // ECB+ t26: a verbless lead hangs on the words before its break
  assert.deepEqual(fact('Vincent Gigante died while in prison custody on [[December 19, 2005]].').keys, ['die']);
  // a preposition of the date is no break ("restored before 28 December")
  assert.deepEqual(fact('Communications will not be fully restored before [[28 December]].').keys, ['communication', 'restore']);
  // frames are no keys: "scheduled", "took place"
  assert.deepEqual(fact('The ceremony took place on [[March 2]].').keys, []);
});

test('a deadline and an announcement are two frames', () => {
  assert.equal(fact('The ministry set a [[May 12]] deadline for applications.').frame, 'deadline');
  assert.equal(fact('Applications are due on [[May 12]].').frame, 'deadline');
  assert.equal(fact('The ministry announced the new deadline for applications on [[May 2]].').frame, 'announce');
  assert.equal(fact('The deputy was killed on [[June 24]].').frame, null);
});

/** A report of one sentence and the one date it gives. */
const dated = (text: string, date: string, value: string) => ({ text, dates: [{ text: date, value }] });

const codes = (a: Omit<ReportSpec, 'id'>, b: Omit<ReportSpec, 'id'>) =>
  Object.entries(alignEvent(reportsOf({ id: 'a', ...a }, { id: 'b', ...b })).problems).flatMap(([id, ps]) => ps.map((p) => `${id} ${p.code}`)).sort();

test('date-mismatch across paraphrase: one happening told in two outlets\' own words', () => {
  // ECB+ t12 (12_1ecb, 12_17ecb): one sinking dated November 19 and November 18; the sentences share two words
  const sank = { text: 'On November 19, INS Tabar sunk a fishing trawler that was under the control of pirates.', dates: [{ text: 'November 19', value: '2008-11-19' }] };
  const sinking = { text: 'The patrol is moving ahead undeterred by the adverse publicity which followed the November 18 sinking of a Thai fishing trawler.', dates: [{ text: 'November 18', value: '2008-11-18' }] };
  assert.deepEqual(codes(sank, sinking), ['a date-mismatch', 'b date-mismatch']);
  // the same day in both: agreed, linked, not flagged
  const same = { ...sinking, text: sinking.text.replace('18', '19'), dates: [{ text: 'November 19', value: '2008-11-19' }] };
  assert.deepEqual(codes(sank, same), []);
  // ECB+ t16 (16_10ecbplus, 16_1ecbplus), one day moved: killed / murdering
  const killed = { text: 'The 35-year-old deputy was killed on June 27, while investigating an attack.', dates: [{ text: 'June 27', value: '2005-06-27' }] };
  const murdering = { text: 'Cooley said Jose Luis Orozco was charged with murdering the 35-year-old deputy on June 24 outside an apartment.', dates: [{ text: 'June 24', value: '2005-06-24' }] };
  assert.deepEqual(codes(killed, murdering), ['a date-mismatch', 'b date-mismatch']);
});

test('date-mismatch leaves alone a deadline against the day it was announced, a dateline, days weeks apart', () => {
  const deadline = { text: 'The ministry set a May 12 deadline for applications.', dates: [{ text: 'May 12', value: '2024-05-12' }] };
  const announced = { text: 'The ministry announced the new deadline for applications on May 9.', dates: [{ text: 'May 9', value: '2024-05-09' }] };
  assert.deepEqual(codes(deadline, announced), []);
  // two deadlines for one thing do disagree
  const due = { text: 'Applications to the ministry are due on May 14, officials wrote.', dates: [{ text: 'May 14', value: '2024-05-14' }] };
  assert.deepEqual(codes(deadline, due), ['a date-mismatch', 'b date-mismatch']);
  // a dateline dates the report, not the vote
  const dateline = { text: 'WASHINGTON, June 28 (Reuters) - The Senate passed the farm bill after a long debate.', dates: [{ text: 'June 28', value: '2024-06-28' }] };
  const vote = { text: 'The Senate passed the farm bill on June 25 after a long debate.', dates: [{ text: 'June 25', value: '2024-06-25' }] };
  assert.deepEqual(codes(dateline, vote), []);
  // a partial and a full restoration weeks apart, told alike: not paired by their fact alone
  const partial = { text: 'Its engineers restored some services on 8 October after the break.', dates: [{ text: '8 October', value: '2011-10-08' }] };
  const full = { text: 'Operations were fully restored by 4 November, the operator wrote.', dates: [{ text: '4 November', value: '2011-11-04' }] };
  assert.deepEqual(codes(partial, full), []);
});

test('a year of an earlier time the happening took place is not the event\'s date', () => {
  // ECB+ t02 (2_8ecbplus / 2_9ecbplus): her first Oscars, against the ones she is to host
  assert.equal(fact('DeGeneres, the star of her own daytime talk show, first hosted the Oscars in [[2007]], becoming only the second woman to fill that role alone.').earlier, true);
  assert.equal(fact('The club last won the title in [[1998]].').earlier, true);
  assert.equal(fact('Ellen DeGeneres to host Oscars in [[2014]]').earlier, false);
  // an ordinal before a noun, or "last" before a time, is no earlier time
  assert.equal(fact('The first quake struck on [[March 2]].').earlier, false);
  assert.equal(fact('He was arrested last week and charged on [[March 2]].').earlier, false);
  // before a day, the story's own day: "last seen", "first reported"
  assert.equal(fact('The boy was last seen on [[March 2]].').earlier, false);
  assert.equal(fact('The outbreak was first reported on [[March 2]].').earlier, false);
  // an earlier one of the happening named by a noun (session 24): "the last election", not "last week" nor "last seen"
  assert.equal(fact('The last election, on [[November 7, 2006]], drew 40 percent.').earlier, true);
  assert.equal(fact('The previous strike in [[March]] lasted a week.').earlier, true);
  assert.equal(fact('He was seen last Tuesday, on [[March 2]].').earlier, false);
  // the two reports' sentences (flagged as one happening before the earlier time was read)
  const first = dated('DeGeneres, the star of her own daytime talk show "Ellen," first hosted the Oscars in 2007, becoming only the second woman to fill that exalted role alone, after Whoopi Goldberg.', '2007', '2007');
  const next = dated('Ellen DeGeneres to host Oscars in 2014', '2014', '2014');
  assert.deepEqual(codes(first, next), []);
  // two reports both dating her first time still disagree on it
  const other = dated('DeGeneres, the star of her own daytime talk show, first hosted the Oscars in 2006, becoming the second woman to fill that exalted role alone.', '2006', '2006');
  assert.deepEqual(codes(first, other), ['a date-mismatch', 'b date-mismatch']);
});

test('a date of a part of the happening is not compared with a date of the whole', () => {
  // ECB+ t30 (30_9ecbplus / 30_10ecbplus): SEACOM's partial restoration, and one provider's service restored three days on
  assert.equal(fact('"The outage initially affected all SEACOM traffic to Europe, however SEACOM was able to restore some services by Saturday afternoon [[[8 October 2011]]]."').partial, true);
  assert.equal(fact('Cybersmart posted on its website that their Seacom service was restored at 10:57 on [[11 October 2011]].').partial, false);
  assert.equal(fact('The ferry carried some 420 passengers when it sank on [[March 2]].').partial, false);
  const some = dated('The outage affected all SEACOM traffic, however SEACOM was able to restore some services by Saturday afternoon, 8 October 2011.', '8 October 2011', '2011-10-08');
  const whole = dated('Cybersmart posted on its website that their SEACOM service was restored on 11 October 2011 after the outage.', '11 October 2011', '2011-10-11');
  assert.deepEqual(codes(some, whole), []);
  const partly = dated('The outage affected all SEACOM traffic, however SEACOM was able to restore some services by Sunday afternoon, 9 October 2011.', '9 October 2011', '2011-10-09');
  assert.deepEqual(codes(some, partly), ['a date-mismatch', 'b date-mismatch']);
});

test('date-mismatch on whole analyses: a town against its state does not part one birth (ECB+ t04)', () => {
  // 4_6ecb / 4_8ecb, the day of the first moved by three: the sentences share few words, and place "Tennessee" against "Nashville"
  const a = analyzeReport('Pinup icon Bettie Page dies at 85.\n\nPage was born to a poor family in Tennessee on April 25, 1923.\n');
  const b = analyzeReport('Bettie Page dies at 85.\n\nShe was born Betty Mae Page on April 22, 1923 in Nashville, Tennessee, in an impoverished family with six children.\n');
  const out = compareReports([{ id: 'a', analysis: a }, { id: 'b', analysis: b }]);
  const dates = (id: string) => (out.problems[id] ?? []).filter((p) => p.code === 'date-mismatch').map((p) => (id === 'a' ? a : b).text.slice(p.start, p.end));
  assert.deepEqual([dates('a'), dates('b')], [['April 25, 1923'], ['April 22, 1923']]);
});
