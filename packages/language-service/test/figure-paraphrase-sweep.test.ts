// Two reports of one happening written for this test, each counting one thing in its own words, the
// number changed in one of them: figure-mismatch must land there. Written in session 22 as a sweep of
// what a second outlet does to a sentence ("killed 14 workers" / "21 workers died"; "14 cars" / "21
// vehicles"), not from any data set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flaggedAt, type NumberScene as Scene } from './helpers/sweep.ts';

const SCENES: readonly Scene[] = [
  ['Fire kills workers', 'A fire at a garment factory in Gazipur killed {N} workers on Thursday.', 'At least {N} workers died when fire swept through the Gazipur factory on Thursday.', 14, 21],
  ['Fire kills workers', 'A fire at a garment factory in Gazipur killed {N} workers on Thursday.', 'The Gazipur factory blaze left {N} workers dead.', 14, 21],
  ['Quake', 'The earthquake injured {N} people on Qeshm island, officials said.', 'Some {N} people were hurt in the quake on Qeshm island.', 300, 450],
  ['Pirates', 'The Indian navy captured {N} pirates in the Gulf of Aden.', 'Commandos seized {N} pirates after a gun battle in the Gulf of Aden.', 14, 21],
  ['Layoffs', 'Ford will cut {N} jobs at its plants in Michigan.', 'The carmaker plans to eliminate {N} jobs in Michigan.', 300, 450],
  ['Recall', 'Toyota recalled {N} cars over faulty brakes.', 'Toyota is recalling {N} vehicles because of brake problems.', 14, 21],
  ['Arrests', 'Police arrested {N} protesters outside the parliament.', '{N} demonstrators were detained outside parliament, police said.', 300, 450],
  ['Votes', 'Lopez won {N} votes in the Ohio primary.', 'Lopez received {N} votes in Ohio.', 300, 450],
  ['Houses', 'The storm destroyed {N} homes along the coast.', '{N} houses were destroyed by the storm along the coast.', 14, 21],
  ['Passengers', 'The plane was carrying {N} passengers when it crashed off Comoros.', 'All {N} passengers on board the plane died in the crash off Comoros.', 8, 12],
];
// Known misses (session 22), not asserted: "sentenced Kemp to 18 years" / "jailed for 12 years" (spans of time are compared
// only with their other words in common: docs/rules/figure-mismatch.md); "shot 8 co-workers" / "12 employees ... were shot";
// "evacuated 300 residents" / "About 450 people were forced from their homes" (people is too general a thing); "for $7.4
// billion" / "values Sun Microsystems at $5.6 billion" (money); "at the age of 83" / "Newman, 79," (ages).

test('figure-mismatch: one count told in two outlets\' words, the number changed in one', () => {
  const missed = SCENES.filter((s) => !flaggedAt(s, 'figure-mismatch').a).map((s) => s[0]);
  assert.deepEqual(missed, []);
});
