// Two reports of one story written for this test, each giving a span of time in its own words, the
// number changed in one of them: figure-mismatch must land there. And two spans of one story that
// are two facts (a sentence and a term served before it, a contract and a career, two happenings'
// "weeks ago"): figure-mismatch must not. Written in session 23 as a sweep of what a second outlet
// does to a span of time, one kind at a time (a prison term, a contract's length, an age, a time in
// office or a marriage, a time since a happening, a length of a happening), not from any data set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flaggedAt, type NumberScene as Scene } from './helpers/sweep.ts';

/** One span told by two outlets, the number changed in one: flagged. */
const SAME: readonly Scene[] = [
  ['term: Killer jailed', 'A judge sentenced David Kemp to {N} years in prison for the murder of his wife.', 'Kemp was jailed for {N} years on Friday for murdering his wife.', 12, 18],
  ['term: Fraudster jailed', 'Bernard Madoff was sentenced on Monday to {N} years in prison for fraud.', 'The judge gave Madoff a {N}-year prison term for the fraud.', 100, 150],
  ['term: Robber jailed', 'Tom Baxter was sentenced to {N} years for the bank robbery.', 'Baxter will spend {N} years behind bars for robbing the bank, the court ruled.', 8, 12],
  ['contract: Pitcher signs', 'The Yankees signed pitcher CC Sabathia to a {N}-year contract on Wednesday.', 'Sabathia agreed to a {N}-year deal with the Yankees.', 7, 11],
  ['contract: Coach extends', 'The Eagles gave coach Andy Reid a {N}-year contract extension.', 'Reid signed a {N}-year extension with the Eagles on Tuesday.', 4, 6],
  ['age: Bridge collapses', 'The bridge over the Mississippi, which was {N} years old, collapsed during rush hour.', 'The {N} years old bridge collapsed into the Mississippi during rush hour.', 40, 60],
  ['age: Actor dies', 'The actor Paul Newman died at the age of {N} at his home in Westport.', 'Paul Newman died at home in Westport aged {N}.', 83, 79],
  ['office: Mayor quits', 'Mayor John Hale, who has held office for {N} years, resigned on Monday.', 'Hale, mayor of the city for {N} years, stepped down on Monday.', 12, 18],
  ['office: Senator retires', 'Senator Ann Lee, who has served in the Senate for {N} years, will retire.', 'Lee has been a senator for {N} years and will not seek another term.', 24, 36],
  ['marriage: Couple dies', 'Bill and Ruth Jones, married for {N} years, died in the fire.', 'The couple had been married {N} years when the fire killed them.', 50, 75],
  ['since: Deputy wed', 'The deputy married his wife just {N} weeks ago, his sheriff said.', 'The deputy had wed only {N} weeks ago, the sheriff said.', 2, 3],
  ['since: Quake anniversary', 'The town was rebuilt {N} years after the earthquake destroyed it.', 'It took until {N} years after the quake for the town to be rebuilt.', 20, 30],
  ['length: Siege', 'The siege of the hotel lasted {N} days before troops stormed it.', 'Troops stormed the hotel after a {N}-day siege.', 4, 6],
  ['length: Hospital', 'Newman had been hospitalized for {N} weeks with pneumonia.', 'Newman spent {N} weeks in hospital with pneumonia.', 3, 5],
  ['length: Standoff', 'The standoff with the gunman lasted {N} hours, police said.', 'Police ended a {N}-hour standoff with the gunman.', 6, 9],
];

/** Two spans of one story that are two facts, one in each report: not flagged. */
const APART: readonly Scene[] = [
  ['term: a sentence and a term served before', 'A judge sentenced David Kemp to {N} years in prison for the murder.', 'Kemp had served {N} years of an earlier sentence for robbery.', 12, 8],
  ['contract: a contract and a career', 'The Yankees signed Mark Teixeira to an {N}-year contract.', 'Teixeira has played {N} years in the major leagues.', 8, 12],
  ['contract: two teams\' offers', 'The Red Sox offered Teixeira an {N}-year contract.', 'The Orioles offered Teixeira a {N}-year contract.', 8, 7],
  ['office: a department and a unit', 'Deputy Juan Escalante had been with the sheriff\'s department for {N} years.', 'Escalante had been a member of its anti-gang unit for the past {N} years.', 15, 5],
  ['since: two happenings\' weeks ago', 'The deputy married his wife {N} weeks ago.', 'The deputy returned from Iraq {N} weeks ago.', 2, 3],
  ['since: a span since against a length', 'Newman had been hospitalized for the past {N} weeks.', 'Newman suffered a heart attack {N} weeks ago.', 3, 2],
  ['length: two happenings\' lengths', 'The siege of the hotel lasted {N} days.', 'The hotel had been closed for {N} days for repairs before the attack.', 4, 6],
  ['age: a thing\'s age and a person\'s', 'The {N}-year-old bridge collapsed into the river.', 'The bridge\'s designer, who died {N} years ago, was never blamed.', 40, 60],
  ['age: two people\'s ages', 'Paul Newman died at the age of {N} at his home in Westport.', 'His widow, Joanne Woodward, aged {N}, was at his side in Westport.', 83, 78],
  ['term: two defendants\' terms', 'David Kemp was sentenced to {N} years in prison for the robbery.', 'His accomplice, Tom Baxter, was jailed for {N} years for the robbery.', 12, 18],
  ['contract: a contract and another team\'s offer', 'The Yankees signed Mark Teixeira to an {N}-year contract.', 'The Orioles had offered Teixeira {N} years, his agent said.', 8, 7],
  ['marriage: a marriage and a time in office', 'Mayor Hale, married for {N} years, resigned on Monday.', 'Hale had been mayor for {N} years.', 30, 20],
];

// Known misses (session 23), not asserted: "the 40-year-old bridge" (a number joined to "-year-old" is an age, no figure:
// figures/number-words.ts), so a thing's age is compared only when written "40 years old" or "at the age of".

/** Where figure-mismatch lands when A gives its span the value x and B the value y. */
const flagged = (s: Scene) => flaggedAt(s, 'figure-mismatch');

test('figure-mismatch: one span of time told in two outlets\' words, the number changed in one', () => {
  assert.deepEqual(SAME.filter((s) => !flagged(s).a).map((s) => s[0]), []);
});

test('figure-mismatch: two spans of time of one story that are two facts are not compared', () => {
  assert.deepEqual(APART.filter((s) => { const f = flagged(s); return f.a || f.b; }).map((s) => s[0]), []);
});
