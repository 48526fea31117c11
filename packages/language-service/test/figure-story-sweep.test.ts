// Short stories of one happening told by two outlets, each in its own words and with figures of other facts around the
// shared ones (written in session 24 for this test, not from any data set): the agreeing figures must not be flagged, and
// a figure changed in one report must be flagged there. Single-sentence sweeps (figure-paraphrase-sweep, figure-apart-sweep)
// passed while real pairs were missed: a population beside a death toll, a place named at two scales, "23 Somali
// pirates", "the death toll rose to 42", "injuring 120" -- the other figures of a story are what a real pair has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flaggedStories, missedChanges, type Story } from './helpers/sweep.ts';

const STORIES: readonly Story[] = [
  ['Quake',
    'A magnitude 6.1 earthquake struck southern Iran on Sunday, killing at least 10 people and injuring 80, state media said. The quake hit Qeshm island, home to about 120,000 people. A 5.6 tremor in the same area in September injured five people.',
    'At least 10 people died and 80 were hurt when a 6.1-magnitude quake shook Qeshm island in the Gulf on Sunday, the official news agency reported. The island\'s governor said 15 villages were damaged, five of them badly. Bandar Abbas, a city of 500,000 across the strait, felt the shaking.',
    [['at least 10 people', 'at least 16 people'], ['injuring 80', 'injuring 120']]],
  ['Plant shooting',
    'A worker shot three co-workers at the plant on Thursday, killing two of them, before turning the gun on herself, police said. The plant employs about 1,000 people. She had worked there for 15 years.',
    'Two employees were killed and a third was wounded when a co-worker opened fire at the plant on Thursday. The gunwoman, who had been with the company for 15 years and in the packaging unit for five, then killed herself, police said.',
    [['for 15 years', 'for 9 years']]],
  ['Offer',
    'The Red Sox offered Mark Teixeira an eight-year, $184 million contract, a source said. The Orioles had offered seven years. Teixeira hit .308 with 33 home runs last season.',
    'Boston\'s offer to Teixeira is worth $184 million over eight years, about $23 million a season. Baltimore\'s bid was for seven years, and the Angels offered $160 million. He drove in 121 runs last season, 43 of them after his trade to the Angels.',
    [['$184 million contract', '$210 million contract']]],
  ['Heist',
    'Four armed men robbed a jewelry store in central Paris on Monday and escaped with jewels worth 2 million euros ($2.6 million), police said. Two of the robbers carried pistols. It was the third robbery of the store since 2008.',
    'Robbers stole gems valued at 2 million euros (£1.7 million) from the Paris jeweller on Monday. Police said four men took part, two of them carrying handguns. The store was robbed twice before, in 2008 and 2009.',
    [['2 million euros ($2.6', '5 million euros ($6.5']]],
  ['Pirates',
    'The Indian navy foiled a pirate attack in the Gulf of Aden on Saturday and captured 23 pirates. Five boats approached the merchant ship; three were intercepted and two escaped. The navy has escorted 1,100 ships through the gulf since 2008.',
    'Indian commandos seized 23 Somali pirates after three of their five skiffs were stopped in the Gulf of Aden, the navy said. The warship has escorted 300 vessels this year.',
    [['captured 23 pirates', 'captured 31 pirates']]],
  ['Cables',
    'Damage to three undersea cables cut internet traffic to India by 65 percent on Friday, an operator said. The SMW4 cable links 14 countries. Repairs to it will take about 10 days.',
    'Three submarine cables were damaged in the Mediterranean, cutting 65 percent of India\'s traffic. The longest of them, a 39,000 km system, serves 33 countries.',
    [['by 65 percent', 'by 40 percent']]],
  ['Mayor',
    'The mayor, who has eight children, three of them with a former aide, resigned on Tuesday. He had served for 12 years.',
    'The mayor admitted fathering three children with a former aide. He was first elected in 1996 and served three terms.',
    [['three of them', 'five of them']]],
  ['Floods',
    'Floods in the north killed 42 people and left 15 missing, the disaster agency said on Wednesday. More than 3,000 people were evacuated from 12 villages.',
    'The death toll from the floods rose to 42 on Wednesday, with 15 still missing. On Monday officials had put the toll at 30. Officials said 3,000 residents had been moved to shelters.',
    [['killed 42 people', 'killed 55 people'], ['left 15 missing', 'left 25 missing']]],
  ['Primary',
    'Lopez won the primary with 52 percent of the vote, beating Smith, who had 41 percent. Turnout was 38 percent.',
    'Lopez took 52 percent to Smith\'s 41 percent in Tuesday\'s primary. Four years ago Lopez lost the same race with 45 percent.',
    [['with 52 percent', 'with 58 percent']]],
  ['Layoffs',
    'The company will cut 2,000 jobs, about 10 percent of its workforce, and close three plants. It employs 20,000 people worldwide.',
    'The firm said it would eliminate 2,000 positions and shut three factories, including one in Ohio that employs 600.',
    [['cut 2,000 jobs', 'cut 3,500 jobs'], ['close three plants', 'close five plants']]],
  ['Sentence',
    'Kemp was sentenced to 18 years in prison for the killing. He will be eligible for parole after 12 years. His co-defendant got six years.',
    'A judge jailed Kemp for 18 years on Friday; his accomplice received a six-year term.',
    [['18 years in prison', '25 years in prison']]],
  ['Crash',
    'The plane was carrying 153 people, 142 passengers and 11 crew, when it crashed off the Comoros. A 12-year-old girl was the only survivor.',
    'A 12-year-old girl survived the crash that killed 152 of the 153 people on board.',
    [['carrying 153 people', 'carrying 170 people']]],
];
// Known, asserted so that a change either way is seen (session 24). The false alarm: eight children of a mayor's against
// the three he had with an aide ("three of them" is the part). The misses: the quake's toll and injured, whose sentences
// name the place at two scales ("struck southern Iran" / "shook Qeshm island": taking such places for no evidence brought
// back two quakes' tolls on the development pairs), a tenure at a job ("worked there for 15 years" / "been with the company
// for 15 years": no kind of span of time), money (two offers; a conversion in parentheses), percentages, a part told as
// "three of them", "close five plants" / "shut three factories" with no other word in common, and a whole ("carrying 153
// people" / "152 of the 153 people on board").
const KNOWN_FALSE = ['Mayor'];
const KNOWN_MISSED = ['Quake: at least 10 people', 'Quake: injuring 80', 'Plant shooting: for 15 years', 'Offer: $184 million contract',
  'Heist: 2 million euros ($2.6', 'Cables: by 65 percent', 'Mayor: three of them', 'Layoffs: close three plants', 'Crash: carrying 153 people'];

test('figure-mismatch: two outlets\' stories of one happening, unchanged, are not flagged', () => {
  assert.deepEqual(flaggedStories(STORIES, 'figure-mismatch'), KNOWN_FALSE);
});

test('figure-mismatch: a figure changed in one of two outlets\' stories is flagged where it was changed', () => {
  assert.deepEqual(missedChanges(STORIES, 'figure-mismatch'), KNOWN_MISSED);
});
