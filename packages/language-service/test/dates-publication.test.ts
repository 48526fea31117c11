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
  ['nothing', 'Chinese diplomat Wang Kejian met Hamas leaders in Qatar.', null],
  ['empty', '', null],
];

for (const [name, text, expected] of CASES) {
  test(`publication date: ${name}`, () => {
    assert.equal(findPublicationDate(text), expected);
  });
}
