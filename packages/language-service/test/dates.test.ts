import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemOf } from '@newslens/language-service';
import { extractDateExpressions } from '../src/dates/extract-dates.ts';
import { resolveDates } from '../src/dates/resolve-dates.ts';
import { parseText } from '../src/nlp/parse.ts';
import { weekdayMismatch } from '../src/rules/weekday-mismatch.ts';
import { parseMarkers } from './helpers/markers.ts';

/** Date mentions of one paragraph, resolved against `publishedAt`. */
function datesOf(text: string, publishedAt: string | null) {
  return resolveDates(extractDateExpressions({ text, parsed: parseText(text), quotes: [] }), publishedAt);
}

interface Case {
  name: string;
  /** `[[...]]` marks each expected date span, in order. */
  text: string;
  values: Array<string | null>;
  published?: string | null;
}

// Reference date, as in seed 002: "date 2024-03-19" (a Tuesday).
const CASES: Case[] = [
  { name: 'weekday with month-day', text: 'On [[Tuesday, March 19]], Hamas released a statement.', values: ['2024-03-19'] },
  { name: 'abbreviated month is the most recent past occurrence', text: 'China has yet to condemn Hamas for the [[Oct. 7]] terror attacks, which resulted in the massacre of more than 1,200 Israelis.', values: ['2023-10-07'] },
  { name: 'month-day earlier this month', text: 'Wang has been in the Near East since at least [[March 10]], meeting with counterparts in Egypt.', values: ['2024-03-10'] },
  { name: 'last month (both cases)', text: 'He presented the case to the U.N. General Assembly [[last month]]. [[Last month]], Wang said in Beijing that China supports it.', values: ['2024-02', '2024-02'] },
  { name: 'this week', text: 'Osama Hamdan told the Hezbollah-linked Al-Manar [[this week]] that the battlefield is not confined to Gaza.', values: ['2024-03'] },
  { name: 'full dates in several forms', text: 'The attacks of [[Sept. 11, 2001]], the vote of [[19 March 2016]], the deal of [[2015-07-14]] and the summit of [[August 2nd, 1990]].', values: ['2001-09-11', '2016-03-19', '2015-07-14', '1990-08-02'] },
  { name: 'month and year', text: 'Prices rose in [[March 2023]] and again in [[early October 2023]].', values: ['2023-03', '2023-10'] },
  { name: 'month alone with a cue', text: 'When Hamas attacked Israel in [[early October]], Israel took on the mission. Talks stalled in [[January]] and resumed [[last March]].', values: ['2023-10', '2024-01', '2023-03'] },
  { name: 'yesterday, today, tomorrow, last night', text: 'Officials said [[yesterday]] that the talks would resume [[tomorrow]]; a rocket hit the town [[last night]] and another [[this morning]].', values: ['2024-03-18', '2024-03-20', '2024-03-18', '2024-03-19'] },
  { name: 'weekday alone: the most recent on or before publication', text: 'Wang met Haniyeh on [[Tuesday]]. Egyptian officials met him on [[Monday]] and on [[Saturday]].', values: ['2024-03-19', '2024-03-18', '2024-03-16'] },
  { name: 'weekday alone in a future clause, with last/next', text: 'The envoy will fly to Doha on [[Friday]]. He arrived [[last Tuesday]] and leaves [[next Tuesday]].', values: ['2024-03-22', '2024-03-12', '2024-03-26'] },
  { name: 'future clause takes the next occurrence', text: 'The council will vote on [[Oct. 7]], diplomats said. Talks will resume after [[Oct. 9]].', values: ['2024-10-07', '2024-10-09'] },
  { name: 'a court date after a past verb is still ahead (14_2ecbplus)', text: 'He was remanded in custody to appear before the Crown Court on [[19 April]]; he is due to be sentenced on [[2 May]].', values: ['2024-04-19', '2024-05-02'] },
  { name: 'the tense of the other clause does not count', text: 'They met on [[March 5]], and they will meet again [[next month]].', values: ['2024-03-05', '2024-04'] },
  { name: 'years with a cue, last and next year', text: 'Trade grew in [[2023]] and since [[early 2019]]; it fell [[last year]] and may rise [[next year]].', values: ['2023', '2019', '2023', '2025'] },
  { name: 'decades have no ISO value; early/late before a relative day', text: 'Built in the [[1950s]]? No: in the [[mid-1990s]], and hit [[early yesterday]].', values: [null, null, '2024-03-18'] },
  { name: 'ago', text: 'He was elected [[three days ago]], two years after a vote held [[a year ago]].', values: ['2024-03-16', '2023'] },
  { name: 'curly quotes and em dashes', text: '“We met on [[Tuesday, March 19]],” he said — [[yesterday]] — adding: ‘talks go on.’', values: ['2024-03-19', '2024-03-18'] },
  { name: 'no reference: partial dates stay unresolved, full dates resolve', text: 'On [[Tuesday, March 19]] and on [[Friday]], after the attack of [[Oct. 7, 2023]].', values: [null, null, '2023-10-07'], published: null },
  { name: 'year-only reference', text: 'On [[Tuesday, March 19]], Hamas released a statement; in [[early October]] Hamas attacked.', values: ['2024-03-19', '2023-10'], published: '2024' },
  { name: 'month-only reference', text: 'They met on [[March 10]] and again [[last month]], and will meet in [[May]].', values: ['2024-03-10', '2024-02', '2024-05'], published: '2024-03' },
  { name: 'numbers and look-alikes are not dates', text: 'More than 31,000 Palestinians were killed, May 5,000 be found, in 1900 homes, the Sunday Times reported after Black Friday sales; March organisers and Theresa May said they march on.', values: [] },
  { name: 'a past-tense verb (compromise tag) keeps a date weeks ahead in the past', text: 'Wang visited Doha on [[April 2]]. Haniyeh meets him in Doha on [[April 2]].', values: ['2023-04-02', '2024-04-02'] },
  { name: 'next month without a tense is upcoming, with a past verb it is last year', text: 'The summit in [[April]] is key. The summit opened in [[April]].', values: ['2024-04', '2023-04'] },
  { name: 'first names are not months', text: 'A song by June Carter, a letter from April Ryan. Talks ran from [[April]] to [[June]], between [[May]] and [[July]].', values: ['2023-04', '2023-06', '2023-05', '2023-07'] },
  { name: 'a month needs a day or a cue', text: 'Haniyeh met Wang Kejian, the former ambassador, in Qatar on [[May 5]] and will return on [[May 15]].', values: ['2023-05-05', '2024-05-15'] },
  { name: 'slash dates, US order', text: 'Posted [[4/9/2007]] and updated [[25/12/2007]].', values: ['2007-04-09', '2007-12-25'] },
];

for (const c of CASES) {
  test(`dates: ${c.name}`, () => {
    const m = parseMarkers(c.text);
    const published = c.published === undefined ? '2024-03-19' : c.published;
    const { dates } = datesOf(m.text, published);
    assert.deepEqual(dates.map((d) => m.text.slice(d.start, d.end)), m.spans.map((s) => s.text));
    assert.deepEqual(dates.map((d) => d.value), c.values);
    for (const d of dates) assert.equal(d.text, m.text.slice(d.start, d.end));
  });
}

interface MismatchCase {
  name: string;
  text: string;
  published: string | null;
  message: string | null;
}

const MISMATCHES: MismatchCase[] = [
  { name: 'wrong weekday in the report year', text: 'On [[Monday, March 19]], Hamas released a statement.', published: '2024-03-19', message: 'March 19, 2024 was a Tuesday, not a Monday' },
  { name: 'wrong weekday with the year written', text: 'On [[Monday, March 19, 2024]], Hamas released a statement.', published: null, message: 'March 19, 2024 was a Tuesday, not a Monday' },
  { name: 'abbreviated weekday, a date days ahead', text: 'The statement comes out [[Thurs., March 20]].', published: '2024-03-19', message: 'March 20, 2024 is a Wednesday, not a Thursday' },
  { name: 'abbreviated weekday that fits', text: 'The statement comes out [[Wed., March 20]].', published: '2024-03-19', message: null },
  { name: 'weekday in parentheses after the date', text: 'The vote was held on [[March 19 (Monday)]].', published: '2024-03-19', message: 'March 19, 2024 was a Tuesday, not a Monday' },
  { name: 'date in parentheses after the weekday', text: 'The vote was held on [[Monday (March 19, 2024)]].', published: null, message: 'March 19, 2024 was a Tuesday, not a Monday' },
  { name: 'right weekday in parentheses', text: 'The vote was held on [[Tuesday (March 19)]].', published: '2024-03-19', message: null },
  { name: 'right weekday', text: 'On [[Tuesday, March 19]], Hamas released a statement.', published: '2024-03-19', message: null },
  { name: 'year unknown: no problem', text: 'On [[Monday, March 19]], Hamas released a statement.', published: null, message: null },
  { name: 'the weekday fits the previous year', text: 'The talks began on [[Tuesday, Dec. 19]].', published: '2024-01-05', message: null },
  { name: 'the occurrence a year away does not excuse the weekday', text: 'The talks ended on [[Thursday, August 28]].', published: '1996-08-30', message: 'August 28, 1996 was a Wednesday, not a Thursday' },
  { name: 'a past year written: checked in that year', text: 'The vote of [[Monday, March 19, 2018]] was close.', published: '2024-03-19', message: null },
  { name: 'day-month order', text: 'They met on [[Monday 19 March]].', published: '2024-03-19', message: 'March 19, 2024 was a Tuesday, not a Monday' },
  { name: 'year-only publication', text: 'On [[Monday, March 19]], Hamas released a statement.', published: '2024', message: 'March 19, 2024 was a Tuesday, not a Monday' },
  { name: 'future date', text: 'The council will meet on [[Friday, March 26]].', published: '2024-03-19', message: 'March 26, 2024 is a Tuesday, not a Friday' },
];

for (const c of MISMATCHES) {
  test(`weekday-mismatch: ${c.name}`, () => {
    const m = parseMarkers(c.text);
    const problems = datesOf(m.text, c.published).weekdayMismatches.map((f) => problemOf(weekdayMismatch, f));
    if (c.message === null) {
      assert.deepEqual(problems, []);
      return;
    }
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'weekday-mismatch');
    assert.equal(problems[0].message, c.message);
    assert.deepEqual([problems[0].start, problems[0].end], [m.spans[0].start, m.spans[0].end]);
  });
}
