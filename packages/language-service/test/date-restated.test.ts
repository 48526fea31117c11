// date-mismatch across two reports of one event where the two sentences share few words (issue 13,
// dates): one weekday in one week, a report dating one happening twice, a clause that names no
// happening, and the words after a date. Whole analyses (analyzeReport, compareReports). Passages
// of ECB+ t02, t10, t26, t28, t30 and t34 (CC BY 3.0; named at each, one day moved where the test
// needs a disagreement) and sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happeningOf } from '../src/compare/align/date-happening.ts';
import { dateFact } from '../src/compare/align/date-facts.ts';
import { analyzeReport, compareReports } from '../src/index.ts';
import { parseMarkers } from './helpers/markers.ts';

/** The dates flagged date-mismatch in each of two reports, as written. */
function flagged(a: string, b: string): [string[], string[]] {
  const [x, y] = [analyzeReport(a), analyzeReport(b)];
  const out = compareReports([{ id: 'a', analysis: x }, { id: 'b', analysis: y }]);
  const dates = (id: string, text: string) => (out.problems[id] ?? []).filter((p) => p.code === 'date-mismatch').map((p) => text.slice(p.start, p.end));
  return [dates('a', x.text), dates('b', y.text)];
}

test('one weekday in one week is one day: two days under the same weekday disagree whatever the sentences say', () => {
  // ECB+ 30_11ecbplus / 30_10ecbplus, the first day moved by three: the sentences share one word
  const wentDown = 'Seacom outage.\n\nThe cable system went down on Saturday 11 October 2011, and initial feedback suggests that the downtime may last for a few days.\n';
  const problems = 'Seacom outage.\n\nSeacom started to experience problems on Saturday, 8 October 2011, which it said was caused by a problem on a cable.\n';
  assert.deepEqual(flagged(wentDown, problems), [['Saturday 11 October 2011'], ['Saturday, 8 October 2011']]);
  // two weeks apart: two Saturdays, two happenings told in other words
  const later = 'Seacom outage.\n\nThe cable system went down on Saturday 22 October 2011, and initial feedback suggests that the downtime may last for a few days.\n';
  assert.deepEqual(flagged(later, problems), [[], []]);
});

test('a report dating one happening twice is flagged at the day the other report does not give', () => {
  // ECB+ 26_6ecbplus / 26_5ecbplus, the day of the second sentence moved by three: "yesterday" agrees, December 22 does not
  const twice = 'Vincent \'Chin\' Gigante, 77, Crime Boss\nDecember 20, 2005\n'
    + 'Vincent Gigante, who died yesterday in federal prison at 77, was the Genovese crime family boss.\n'
    + 'Born March 29, 1928, in the Bronx; died December 22 at the U.S. Medical Center for federal prisoners in Springfield, Mo.\n';
  const once = 'Vincent \'The Chin\' Gigante died while in prison custody on December 19, 2005.\n';
  assert.deepEqual(flagged(twice, once), [['December 22'], ['December 19, 2005']]);
  // told twice alike: nothing
  assert.deepEqual(flagged(twice.replace('December 22', 'December 19'), once), [[], []]);
});

test('two days of two people\'s happenings in one report restate nothing (ECB+ t34)', () => {
  // 34_12ecbplus: an announcement of Dr. Collins on July 8 and one of Dr. Benjamin on July 13
  const both = 'Dr. Benjamin nominated to be surgeon general\nOn July 13, Obama announced that he was nominating Regina M. Benjamin, MD, a family physician from southern Alabama, to be surgeon general.\n'
    + 'Obama lauded Dr. Collins\' experience in the July 8 announcement.\n';
  const one = 'Surgeon general named.\n\nPresident Barack Obama held a press conference, July 13, 2009 to announce his nominee for U.S. Surgeon General, Regina Benjamin.\n';
  assert.deepEqual(flagged(both, one), [[], []]);
});

test('a clause that names no happening is the one day near; a sentence of two dates is two happenings', () => {
  // ECB+ 2_1ecb / 2_7ecb, the first day moved by three: "take place" names no happening of its own
  const ceremony = 'Oscars host named.\n\nThe ceremony will take place at the Kodak Theatre in Los Angeles on February 25.\n';
  const host = 'Oscars host named.\n\nThe Academy announced Friday that Hugh Jackman will be the host of the 81st annual Oscars on Feb. 22 at the Kodak Theatre.\n';
  assert.deepEqual(flagged(ceremony, host), [['February 25'], ['Feb. 22']]);
  // ECB+ 28_2ecbplus / 28_4ecbplus: the body found on July 27 is not the death the other report dates July 24
  const found = 'LaRue dies.\n\nHis body was found by a motel maid July 27, but the coroner said he believed the death occurred July 24.\n';
  const died = 'LaRue dies.\n\nThe coroner said he believes Mr. LaRue died Saturday (July 24, 2004).\n';
  assert.deepEqual(flagged(found, died), [[], []]);
});

const keys = (marked: string) => {
  const { text, spans } = parseMarkers(marked);
  const sentence = { start: 0, end: text.length };
  return [...dateFact({ text }, sentence, spans[0], happeningOf({ text }, sentence, spans[0])).keys].sort();
};

test('the words after a date are its happening only when nothing before it in its clause is', () => {
  // ECB+ 10_2ecbplus: the averaging is no happening of the birthday
  assert.deepEqual(keys('Teixeira, who turns 29 on [[April 11]], has averaged more than 30 home runs.'), []);
  // ECB+ 30_7ecb: a frame alone before the date ("could take until"): the repair after it
  assert.deepEqual(keys('The French firm said it was sending a ship, although it could take until [[31 December]] to fully repair the line.'), ['restore']);
  // ECB+ 10_2ecbplus / 10_19ecbplus, one day moved: the two birthdays are then the one day near each other
  const turns = 'Teixeira signs.\n\nTeixeira, who turns 29 on April 14, has averaged more than 30 home runs in his six seasons.\n';
  const willBe = 'Teixeira signs.\n\nThe free-agent first baseman will be 29 on April 11, coinciding with the opening week of the season.\n';
  assert.deepEqual(flagged(turns, willBe), [['April 14'], ['April 11']]);
});

test('names outside the dates\' clauses do not part the one day near; a date of saying is never compared', () => {
  // after ECB+ 28_3ecbplus / 28_5ecbplus, the first day moved by three. (The data's second report has "when the Watergate
  // burglars were arrested": since session 23 a clause naming another happening, "investigating" against "arrested", parts
  // them, a planted change lost; here both name the break-in)
  const breakIn = 'Watergate figure dies.\n\nHe served four and a half months in federal prison in return for cooperating with prosecutors investigating the break-in at the Watergate complex, which housed the headquarters of the Democratic National Committee, on June 20, 1972.\n';
  const arrested = 'Watergate figure dies.\n\nLaRue was with Magruder, Mitchell and Mardian at a campaign stop in Los Angeles when the Watergate break-in took place, on June 17, 1972.\n';
  assert.deepEqual(flagged(breakIn, arrested), [['June 20, 1972'], ['June 17, 1972']]);
  // ECB+ 28_1ecb / 28_9ecb: June 2 dates what Woodward said, not the family's revelation of May 30
  const revealed = 'Deep Throat dies.\n\nIt wasn\'t until May 30, 2005, that Felt\'s family revealed his identity in an article for Vanity Fair magazine.\n';
  const said = 'Deep Throat dies.\n\n"His words and guidance had immense authority," Woodward said in an article in the Washington Post on June 2, 2005.\n';
  assert.deepEqual(flagged(revealed, said), [[], []]);
});

test('organisations alone part the one day near only when each clause has one as its doer', () => {
  // ECB+ 2_7ecb / 2_3ecb, the first day moved by three: a venue and the event against the broadcaster
  const host = 'Oscars host named.\n\nThe Academy announced Friday that Hugh Jackman will be the host of the 81st annual Oscars on Feb. 25 at the Kodak Theatre.\n';
  const broadcast = 'Oscars host named.\n\nHugh Jackman will host the Oscars, the Academy announced on Friday. ABC will broadcast the awards show on Feb. 22.\n';
  assert.deepEqual(flagged(host, broadcast), [['Feb. 25'], ['Feb. 22']]);
  // ECB+ 6_3ecb / 6_6ecb: two films, each the doer of its clause, a year apart
  const twilight = 'Twilight sequel.\n\nThe modern day vampire love story and blockbuster success the first film in the series entitled TWILIGHT was released in theatres on November 21st grossing $69.6 million domestically during its first weekend.\n';
  const newMoon = 'Twilight sequel.\n\nNew Moon is tentatively scheduled to open November 20, 2009.\n';
  assert.deepEqual(flagged(twilight, newMoon), [[], []]);
});
