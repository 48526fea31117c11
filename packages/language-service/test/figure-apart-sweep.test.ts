// Two different figures of one story, one in each report, counting the same kind of thing (written
// in session 23 for this test, not from any data set): figure-mismatch must not pair them. A
// reader sees two facts: the dead and the injured, a workforce and the jobs cut, a game and a
// season's average, the boats seen and the boats captured.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flaggedEither, type Scene } from './helpers/sweep.ts';

const APART: readonly Scene[] = [
  ['Quake', 'The earthquake killed 10 people in the villages of Qeshm island.', 'The earthquake injured 30 people on Qeshm island, officials said.'],
  ['Layoffs', 'The carmaker, which employs 5,000 workers at the plant, announced the cuts on Monday.', 'The carmaker will lay off 500 workers at the plant.'],
  ['Sentence', 'Smith was sentenced to seven life terms for the killings.', 'Four of those life terms carry no chance of parole.'],
  ['Points', 'James scored 30 points in Sunday\'s win over Boston.', 'James has averaged 25 points a game this season.'],
  ['Seasons', 'Cheeks coached the 76ers for four seasons.', 'Cheeks spent 10 seasons as a player in Philadelphia.'],
  ['Yards', 'Peterson ran for 120 yards in the win on Sunday.', 'Peterson finished last season with 1,500 rushing yards.'],
  ['Pirates', 'The navy captured 26 pirates after the attack.', 'About 10 pirates escaped in a skiff during the attack.'],
  ['Boats', 'Five pirate boats were seen approaching the merchant ships.', 'The navy captured three pirate boats.'],
  ['Hostages', 'The pirates hold 25 crew members aboard the tanker.', 'Two crew members were freed last week, the shipping company said.'],
  ['Votes', 'The bill passed with 60 votes in the Senate.', 'Only 40 votes were cast against the bill.'],
  ['Arrests', 'Police arrested 12 protesters outside the embassy.', 'About 300 protesters marched to the embassy.'],
  ['Homes', 'The fire destroyed 40 homes in the canyon.', 'Some 200 homes were evacuated as the fire spread through the canyon.'],
  ['Dead and missing', 'At least 20 people died in the floods.', 'Another 15 people remain missing after the floods.'],
  ['Years in office', 'Hale served as defence minister for three years.', 'Hale spent 20 years in parliament before he resigned.'],
  ['Games', 'The Lakers have won eight games in a row.', 'The Lakers lost two games last week to Boston.'],
  ['Passengers', 'The plane carried 150 passengers from Paris.', 'Rescuers found 11 passengers alive after the crash.'],
  ['Share prices', 'Oracle will pay $9.50 a share for Sun Microsystems.', 'Sun shares closed at $6.69 a share on Friday.'],
  ['Stores', 'Ikea now runs 300 stores worldwide.', 'Ikea plans to open 20 stores in Asia next year.'],
  ['Students', 'The gunman shot five students in the library.', 'The school has 1,200 students, the district said.'],
  ['Days', 'The siege of the hotel lasted three days.', 'Police had warned of an attack two days before the siege.'],
];
// Known false alarm (session 23), asserted so that a change either way is seen: the votes for a bill and the votes against it.
const KNOWN = ['Votes'];

const flagged = (s: Scene) => flaggedEither(s, 'figure-mismatch');

test('figure-mismatch: two different figures of one story, one in each report, are not compared', () => {
  assert.deepEqual(APART.filter(flagged).map((s) => s[0]), KNOWN);
});
