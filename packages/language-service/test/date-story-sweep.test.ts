// Short stories of one happening told by two outlets, with dates of other happenings around the shared ones (written in
// session 24 for this test, not from any data set): the agreeing dates must not be flagged, and a date changed in one report
// by a few days must be flagged there. The stories' twin for figures is figure-story-sweep.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flaggedStories, missedChanges, type Story } from './helpers/sweep.ts';

const STORIES: readonly Story[] = [
  ['Sentencing',
    'Kemp, 34, was convicted on March 3 of killing his neighbour. Sentencing is set for June 28, prosecutors said. He faces up to 25 years.',
    'A jury found Kemp guilty of murder on March 3. Judge Alan Ruiz scheduled sentencing for June 28. Kemp was arrested in October 2011.',
    [['set for June 28', 'set for July 2'], ['on March 3', 'on March 6']]],
  ['Deadline',
    'The union gave the company until May 12 to answer its demands, or its 4,000 members will strike. Talks broke down on Friday.',
    'Workers will walk out if the company does not meet their demands by the May 12 deadline, the union said. The last strike, in 2009, lasted a month.',
    [['until May 12', 'until May 19']]],
  ['Launch',
    'Apple will release the new phone on September 21, the company said at an event in San Francisco on Wednesday. Orders open on September 14.',
    'The new iPhone goes on sale on September 21, Apple announced on Wednesday. Customers can pre-order it from September 14.',
    [['on September 21', 'on September 28'], ['on September 14', 'on September 17']]],
  ['Death',
    'Felt died on Dec. 18, 2008, at his home in Santa Rosa, his grandson said. He was 95. He revealed himself as Deep Throat in May 2005.',
    'Mark Felt, the FBI official who was Deep Throat, died at home on December 18, 2008, his family said. Felt came forward in 2005.',
    [['on Dec. 18, 2008', 'on Dec. 16, 2008']]],
  ['Election',
    'Voters go to the polls on November 4. Early voting began on October 20 in most counties. The last election, on November 7, 2006, drew 40 percent.',
    'The election will be held on November 4, with early voting open since October 20.',
    [['on November 4', 'on November 11'], ['on October 20', 'on October 23']]],
  ['Trial',
    'The trial of the four men charged in the robbery will open on January 14, 2014, a court official said on Tuesday. The men were arrested on September 10.',
    'A trial date of January 14, 2014, was set on Tuesday for the four suspects in the jewel heist. They have been in custody since their arrest in September.',
    [['on January 14, 2014', 'on January 21, 2014']]],
  ['Quake',
    'The 6.1 quake struck at 10:22 a.m. on Sunday, November 27, the USGS said. A 5.9 quake hit the same area on September 10.',
    'A strong earthquake shook Qeshm island on November 27, killing at least 10. In September a smaller quake injured five people there.',
    [['Sunday, November 27', 'Sunday, November 20']]],
  ['Recall',
    'Toyota said on Monday it would recall 2.3 million vehicles, starting on February 1. The company first learned of the problem on October 5.',
    'The recall, which begins February 1, covers 2.3 million cars, Toyota announced Monday.',
    [['starting on February 1', 'starting on February 8']]],
];
// Known misses, asserted so that a change either way is seen (session 24): the pre-order day ("Orders open on September
// 14" / "Customers can pre-order it from September 14": no happening key in B's clause, and A's launch day is near), and
// the election day ("Voters go to the polls on November 4" / "The election will be held on November 4", whose words share
// nothing but the election's day, with the early voting's October 20 in both reports).
const KNOWN_MISSED = ['Launch: on September 14', 'Election: on November 4'];

test('date-mismatch: two outlets\' stories of one happening, unchanged, are not flagged', () => {
  assert.deepEqual(flaggedStories(STORIES, 'date-mismatch'), []);
});

test('date-mismatch: a date changed by a few days in one of two outlets\' stories is flagged where it was changed', () => {
  assert.deepEqual(missedChanges(STORIES, 'date-mismatch'), KNOWN_MISSED);
});
