import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPublicationDate } from '../src/dates/publication-date.ts';

const CASES: Array<[string, string, string | null]> = [
  ['a labelled date in the first line', ' date 2024-03-19 Chinese communists appear to be cozying up to Hamas.\n\nBody text.', '2024-03-19'],
  ['a labelled date on its own line', 'Envoy meets Hamas\nPublished: March 19, 2024\n\nBody.', '2024-03-19'],
  ['a capitals dateline with an ISO date', 'Envoy meets Hamas in Qatar\n\nLONDON 1996-08-22\n\nBody of the story.', '1996-08-22'],
  ['a capitals place with a region', 'Golf leaders\nMILWAUKEE, Wisconsin 1996-08-29\nLeading scores.', '1996-08-29'],
  ['a labelled date after a time', 'https://example.org/news/climber\nClimber dead after fall\nLast updated 13:26 14/09/2013\nA climber died.', '2013-09-14'],
  ['a date in the path of a URL heading the text', 'https://www.example.com/story/2004/07/28/aide-dies/\nAide dies at 75\nThe aide died.', '2004-07-28'],
  ['a compact date in a URL', 'http://www.example.fr/20130909/raiders-hit-store\nRaiders hit store\nThe raiders fled.', '2013-09-09'],
  ['a leading date', 'March 19, 2024\n\nChinese diplomat Wang Kejian met Hamas.', '2024-03-19'],
  ['a leading day-month date', '19 March 2024\nChinese diplomat Wang Kejian met Hamas.', '2024-03-19'],
  ['a dateline before the story', 'WASHINGTON, March 19, 2024 — The talks went on.', '2024-03-19'],
  ['a dateline with an agency', 'DOHA (Reuters) - Sept. 26, 2023 - The talks went on.', '2023-09-26'],
  ['a byline line', 'Envoy meets Hamas\nBy Jane Doe | March 19, 2024\n\nThe talks went on.', '2024-03-19'],
  ['month and year only', 'March 2024\n\nThe talks went on.', '2024-03'],
  ['only a copyright year', 'Envoy meets Hamas\n\nOn Tuesday, March 19, Hamas released a statement.\n\nCopyright 2024,\n', '2024'],
  ['a copyright range: the later year', 'Body.\n\n© 2003–2023 Example News', '2023'],
  ['a dateline without its year takes the copyright year', 'Stein removed from debate site.\n\nHEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate Jill Stein was escorted off.\n\nCopyright 2016 United Press International', '2016-09-26'],
  ['a dateline without any year', 'HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate Jill Stein was escorted off.', null],
  ['a date in a headline sentence is not the publication date', 'Remembering the attacks of Sept. 11, 2001, twenty years on\n\nBody.', null],
  ['a date in the first sentence is not the publication date', 'The meeting on March 19, 2024 was short.', null],
  ['CRLF', 'Envoy meets Hamas\r\n\r\nLONDON 1996-08-22\r\n\r\nBody.', '1996-08-22'],
  // a line of the head that is a date stamp only (ECB+ forms, CC BY 3.0: 4_3, 20_1, 20_2, 14_5, 10_18, 34_3, 20_9, 30_3)
  ['a date line in capitals with a time', 'http://cir.ca/news/x\nEsther Williams dies at 91\nJUNE 6, 2013 11: 34PM\nPinup girl Williams was the star.', '2013-06-06'],
  ['a last-updated line with a weekday and a zone', 'http://news.bbc.co.uk/2/hi/middle_east/4475546.stm\nLast Updated: Monday, 28 November 2005, 02:24 GMT\nTen dead in southern Iran quake\nA powerful earthquake has hit.', '2005-11-28'],
  ['a numeric date line with a two-digit year', 'http://www.example.com/news/1266.html\n11/28/05\t\t\nAftershocks jolt Qeshm island', '2005-11-28'],
  ['a time, an abbreviated weekday and month in capitals', 'http://www.itv.com/news/story\n9:53 AM, MON 22 JUL 2013\nLatest on supermarket fire', '2013-07-22'],
  ['"on" a weekday, a day-month date and a time', 'REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA\non Tuesday, 16 December 2008 13:45.\nThe Boston Red Sox have made an offer.', '2008-12-16'],
  ['posted and updated: the first date', 'Nomination: stories\non July 13, 2009 at 10:50 AM, updated July 29, 2009 at 12:16 PM\nPresident Barack Obama announces.', '2009-07-13'],
  ['a date line with its year wins over a dateline without one', 'Iranian earthquake tremor hits Dubai\nSunday, November 27-2005 at 16:12\nTremors from an earthquake.', '2005-11-27'],
  ['a day-first numeric date', 'Cable cuts block internet\nOn Tue, 16/08/2011-13:42\nAn undersea cable cut.', '2011-08-16'],
  ['a line with words besides the date is no date line', 'Envoy meets Hamas\nThe march on May 5, 2024 drew thousands\nBody.', null],
  ['a month name in a URL path', 'http://articles.latimes.com/2005/nov/28/world/fg-quake28\nEarthquake levels villages\nTen people are killed.', '2005-11-28'],
  ['an ISO date in a URL path', 'http://www.itv.com/news/westcountry/story/2013-07-21/wellington-fire\nWellington supermarket fire\nA large fire.', '2013-07-21'],
  ['a year and month in a URL path', 'http://www.pennlive.com/entertainment/index.ssf/2013/06/esther_williams.html\nEsther Williams dies\nShe was 91.', '2013-06'],
  ['nothing', 'Chinese diplomat Wang Kejian met Hamas leaders in Qatar.', null],
  ['empty', '', null],
];

for (const [name, text, expected] of CASES) {
  test(`publication date: ${name}`, () => {
    assert.equal(findPublicationDate(text), expected);
  });
}
