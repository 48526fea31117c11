// The kind of a name and whether a capitalised word is a name at all (issue 14, types): context
// cues, the gazetteer, the report's own other mentions. Invented sentences only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, type EntityKind } from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.ts';
import { owner } from './helpers/owner.ts';

function mentionsOf(text: string, kind: EntityKind): Array<{ start: number; end: number; text: string }> {
  return analyzeReport(text).entities
    .filter((e) => e.kind === kind)
    .flatMap((e) => e.mentions.filter((m) => m.form !== 'description').map((m) => ({ start: m.start, end: m.end, text: m.text })))
    .sort((a, b) => a.start - b.start);
}

/** The texts of every mention of every entity of the report. */
function allMentionTexts(text: string): string[] {
  return analyzeReport(text).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

// Each case: the marked spans are exactly the mentions of the given kind.
const KIND_CASES: Array<{ name: string; kind: EntityKind; marked: string }> = [
  { name: 'nations of the United Kingdom and former states are places', kind: 'place', marked: 'Talks in [[Yugoslavia]] and [[Scotland]] ended, and the [[Soviet Union]] was recalled.' },
  { name: 'a name written without its diacritics is the gazetteer\'s', kind: 'place', marked: 'Coffee growers of [[Quindio]] met on Monday.' },
  { name: 'a score after a place "in" is where the match was played', kind: 'place', marked: 'The [[United States]] edged [[Austria]] in [[Salzburg]] 3-2 on Sunday.' },
  { name: 'a number with a unit after a place is a distance, no score', kind: 'place', marked: 'Gunmen hit [[Zorbton]], [[Michoacan]], 80 km south of [[Morelia]].' },
  { name: 'a name before ", <country>" is a place', kind: 'place', marked: 'The jet fell over [[Quovarby]], [[Scotland]], in 1988.' },
  { name: '"in X City" is a city, no club', kind: 'place', marked: 'The final will be played in [[Zorbic City]] next month.' },
  { name: 'a given name and a plural landform after "in" is a town; a person named Falls stays one', kind: 'place', marked: 'Actress Mary Quint died in [[Beverly Hills]]. Police in [[Colorado Springs]] said Tom Falls was held.' },
  { name: 'a surname that is a landform too ("Meadows") keeps its person after "in"', kind: 'person', marked: 'The president spoke on Friday. He expressed confidence in [[Mark Meadows]] on Friday.' },
  { name: '"Federal Republic of" a country is that country', kind: 'place', marked: 'The [[Federal Republic of Yugoslavia]] asked for visas.' },
  { name: 'a dateline opens its line with a place', kind: 'place', marked: 'Rebels seize a town\n[[ZORBAVILLE]] 2024-08-31\nRebels seized the town on Saturday.' },
  { name: 'a dateline before the agency and a dash', kind: 'place', marked: '[[QUENTINBURG]] (Reuters) - The harbour reopened on Monday.' },
  { name: 'a topic before a headline\'s dash is no dateline', kind: 'place', marked: 'HOCKEY - BIG NIGHT FOR THE LOCALS\nThe game ended late in [[Quovaria]].' },
  { name: 'a name after a lower-case noun of a body is that body', kind: 'organization', marked: 'Spanish team [[Deportivo Zorba]] lost, the daily [[Gazeta Quovar]] said.' },
  { name: 'a guessed name of several words before "daily" is a body', kind: 'organization', marked: '[[Vecherni Zorbas]] daily said on Monday that prices rose.' },
  { name: 'a firm named by its industry', kind: 'organization', marked: '[[Zorbex Chemical]] and [[Quovar Copper]] agreed to merge.' },
  { name: 'a company form written with periods', kind: 'organization', marked: 'Shares of [[Zorbex S.A.]] fell on Friday.' },
  { name: 'a company form keeps its period when the sentence goes on', kind: 'organization', marked: '[[Zorbex Inc.]] said profits rose. He sold his shares in [[Zorbex Inc]].' },
  { name: 'teams in the rows of a results table', kind: 'organization', marked: 'Standings:\n[[Chester]] 46 6 54 .462 14\n[[Kent]] 40 12 48 .420 18\nResults:\n[[Chester]] 6 [[Kent]] 2' },
  { name: 'a word glued to the end of a name is cut off', kind: 'organization', marked: 'The [[Dallas Morning News]]recently reported the sale.' },
  { name: 'a "Reuters reporter" keeps Reuters after "a"', kind: 'organization', marked: 'A [[Reuters]] reporter saw it.' },
  { name: 'an agency named with "and" is one name', kind: 'organization', marked: 'The [[Securities and Exchange Commission]] and the [[Food and Drug Administration]] wrote to the [[Department of Health and Human Services]].' },
  { name: 'no "and" joins a person or a place to an agency', kind: 'organization', marked: 'Obama and [[Justice Department]] officials met; Britain and [[Bank of England]] staff too.' },
  { name: 'a party label before a name is no part of it', kind: 'person', marked: 'Democrat [[Nancy Pelosi]] and Republican [[Mitch McConnell]] met.' },
  { name: 'a holiday ending in "Day" is an event; a person named Day is a person', kind: 'person', marked: 'Sales slowed before Labour Day, [[Doris Day]] said.' },
  { name: 'a guessed person whose first word the report names as a company is that company\'s', kind: 'person', marked: 'Zorbex CEO [[Tom Smith]] spoke. Zorbex GDRs fell, but [[Smith]] was calm.' },
];

for (const c of KIND_CASES) {
  test(`entity kinds: ${c.name}`, () => {
    const { text, spans } = parseMarkers(c.marked);
    assert.deepEqual(mentionsOf(text, c.kind), spans.map((s) => ({ start: s.start, end: s.end, text: s.text })));
  });
}

// Each case: none of the words is a mention of any entity.
const NOT_NAMES: Array<{ name: string; text: string; words: string[] }> = [
  { name: 'indefinite pronouns and -ever words', text: 'Whatever the court decides, the deal is dead. Somebody told the paper. Wherever he goes, crowds follow. Whoever wins will face Lindsey Graham.', words: ['Whatever', 'Somebody', 'Wherever', 'Whoever'] },
  { name: 'peoples and faiths', text: 'Moslem villagers and Hutu refugees met Kurds and Serbs near Tuzla.', words: ['Moslem', 'Hutu', 'Kurds', 'Serbs'] },
  { name: 'party adjectives and members', text: 'Republican senators and Democratic leaders met on Monday. A Democrat said no, and the Tories agreed.', words: ['Republican', 'Democratic', 'Democrat', 'Tories'] },
  { name: 'a name heading its noun phrase after "a"', text: 'A Navy SEAL was killed in Yemen, and a Marine said so.', words: ['Navy SEAL', 'Marine'] },
  { name: 'common abbreviations in capitals', text: 'GDP rose 2 percent, the CEO said at 10 a.m. EDT. He had 3 RBI.', words: ['GDP', 'CEO', 'EDT', 'RBI'] },
  { name: 'a team verb after a comma', text: 'House Republicans, led by Speaker Paul Ryan, voted.', words: ['Republicans', 'House Republicans'] },
  { name: 'a common word capitalised at a sentence start or in capitals, written in lower case elsewhere', text: 'Zinc rose on Monday. SALE OF SHARES\nTraders sold zinc before the sale.', words: ['Zinc', 'SALE'] },
  { name: 'market indices and sporting events', text: 'The Nikkei fell and the Dow Jones average rose as Wimbledon opened and England won the Ashes.', words: ['Nikkei', 'Dow Jones', 'Wimbledon', 'Ashes'] },
];

for (const c of NOT_NAMES) {
  test(`not names: ${c.name}`, () => {
    const got = allMentionTexts(c.text);
    for (const w of c.words) assert.ok(!got.includes(w), `${w} is a mention in: ${got.join(', ')}`);
  });
}

test('an indefinite pronoun is no description of a person', () => {
  const e = analyzeReport('Somebody told the paper that Senator Lindsey Graham would resign.').entities.find((x) => x.name === 'Lindsey Graham');
  assert.deepEqual(e?.mentions.map((m) => m.text), ['Lindsey Graham']);
});

test('a team or body the lexicon knows stays itself before "said he" (the pronoun is someone else: "The 76ers said he would be paid")', () => {
  const text = 'The Philadelphia 76ers fired coach Dale Ormond on Monday. The 76ers said he would be paid in full.';
  assert.equal(owner(text, '76ers', 1)?.kind, 'organization');
  assert.equal(owner(text, '76ers', 1)?.id, owner(text, 'Philadelphia 76ers')?.id);
});

test('a given name alone that the gazetteer lists as a town is the person named in full when the lexicon knows it as a given name and no place ("Regina\'s clinic"); "Paris" beside Paris Hilton stays the city', () => {
  const text = 'The governor named Dr. Regina Okafor to the board on Monday. Okafor runs a clinic in Mobile. Regina\'s clinic was rebuilt after a storm.';
  assert.equal(owner(text, 'Regina', 1)?.name, 'Regina Okafor');
  const city = 'Paris Hilton arrived in Paris on Monday. Hilton said Paris was her favourite city.';
  assert.equal(owner(city, 'Paris', 2)?.kind, 'place');
});
