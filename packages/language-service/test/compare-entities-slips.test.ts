// name-variant for slips between two reports (one letter changed, added, dropped, or two swapped):
// which report gets the hint, and when two spellings are one entity. Split from compare-entities.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identifyEntities } from '../src/compare/identify-entities.ts';
import { crossId, report, type EntitySpec } from './helpers/entity-fixtures.ts';

/**
 * One-letter slips: [what, report a, report b, name-variant messages expected in a, in b]. A report
 * is [text, entities]. The spelling English knows, or the one used more, gets no hint.
 */
const slipCases: Array<[string, [string, EntitySpec[]], [string, EntitySpec[]], string[], string[]]> = [
  ['a single place name misspelt, taken for an organisation',
    ['Police in Atlamta said so.', [['organization', 'Atlamta']]], ['The Atlanta courthouse reopened.', [['place', 'Atlanta']]],
    ["Spelled 'Atlanta' in b.txt"], []],
  ['one word of a longer name misspelt',
    ['He told Common Pleas Cuurt judges.', [['person', 'Common Pleas Cuurt']]], ['The Common Pleas Court ruled.', [['organization', 'Common Pleas Court']]],
    ["Spelled 'Common Pleas Court' in b.txt"], []],
  ['a surname misspelt once in a report that spells it right elsewhere',
    ['Deputy Jerry Ortiz died; Jerry Ortyz was 41.', [['person', 'Jerry Ortiz'], ['person', 'Jerry Ortyz']]], ['Deputy Jerry Ortiz was shot.', [['person', 'Jerry Ortiz']]],
    ["Spelled 'Jerry Ortiz' in b.txt"], []],
  ['a misspelt short form of a full name the other report gives',
    ['It was aimed at Palyn, they said.', [['organization', 'Palyn']]], ['Governor Sarah Palin spoke.', [['person', 'Sarah Palin']]],
    // neither spelling is English nor used by more reports: each report learns the other's
    ["Spelled 'Palin' in b.txt"], ["Spelled 'Palyn' in a.txt"]],
  ['a misspelt first name nobody is called',
    ['Then Juhn Moriarty spoke.', [['person', 'Juhn Moriarty']]], ['Then John Moriarty spoke.', [['person', 'John Moriarty']]],
    ["Spelled 'John Moriarty' in b.txt"], []],
  ['a slip the other report writes outside any name',
    ['Ships sailed the Indyan Ocean that week.', [['place', 'Indyan Ocean']]], ['The crew were all Indian nationals.', []],
    ["Spelled 'Indian' in b.txt"], []],
  // after ECB+ t34 (34_13ecb's headline, with the surname misspelt; CC BY 3.0): the headline gave no entity
  ['a person\'s name against a word the other report writes outside any name, neither known: a hint in each',
    ['Dr. Sanjay Gupta was mentioned as a candidate.', [['person', 'Sanjay Gupta']]], ['Barack Obama to Name Dr. Sanjay Gputa Surgeon General', []],
    ["Spelled 'Gputa' in b.txt"], ["Spelled 'Gupta' in a.txt"]],
  // after ECB+ t16 (16_1ecbplus / 16_10ecbplus with the family's name misspelt; CC BY 3.0)
  ['a surname alone against a family of full names one slip off (the short form fits none of them alone)',
    ['Deputy Ortiz was shot while investigating.', [['person', 'Ortiz']]],
    ['His wife, Chela Ortzi, held hands with his mother, Rosa Ortzi.', [['person', 'Chela Ortzi'], ['person', 'Rosa Ortzi']]],
    [], ["Spelled 'Ortiz' in a.txt"]],  // the lexicon knows "Ortiz": the slip is b's
  ['a surname alone against two full names one slip off, neither known: a hint in each',
    ['Deputy Hilelr was shot.', [['person', 'Hilelr']]],
    ['Yvonne Hiller and Rosa Hiller spoke.', [['person', 'Yvonne Hiller'], ['person', 'Rosa Hiller']]],
    ["Spelled 'Hiller' in b.txt"], ["Spelled 'Hilelr' in a.txt"]],
  // session 22: slips found by misspelling 108 common surnames in a written pair (swapped letters, as typists slip)
  ['a surname in -er misspelt in -re: no British spelling of a person\'s name',
    ['Police arrested Susan Walkre on Monday.', [['person', 'Susan Walkre']]], ['Susan Walker was arrested on Monday.', [['person', 'Susan Walker']]],
    ["Spelled 'Susan Walker' in b.txt"], []],  // the lexicon knows "Walker" as a name: the slip is a's
  ['a surname slipped into a common word: the word is no name, a hint in each',
    ['Police arrested Susan Plain on Monday.', [['person', 'Susan Plain']]], ['Susan Palin was arrested on Monday.', [['person', 'Susan Palin']]],
    ["Spelled 'Susan Palin' in b.txt"], ["Spelled 'Susan Plain' in a.txt"]],
  ['a three-letter surname with two letters swapped, the same given name',
    ['Police arrested Maria Cxo on Monday.', [['person', 'Maria Cxo']]], ['Maria Cox was arrested on Monday.', [['person', 'Maria Cox']]],
    ["Spelled 'Maria Cox' in b.txt"], []],  // the lexicon knows "Cox" as a name: the slip is a's
  ['a surname swapped into another name, the same given name: a hint in each',
    ['Police arrested Maria Gary on Monday.', [['person', 'Maria Gary']]], ['Maria Gray was arrested on Monday.', [['person', 'Maria Gray']]],
    ["Spelled 'Maria Gray' in b.txt"], ["Spelled 'Maria Gary' in a.txt"]],
  ['two people of one given name whose surnames are one letter apart, not swapped',
    ['Police arrested Mark Hill on Monday.', [['person', 'Mark Hill']]], ['Mark Hall was arrested on Monday.', [['person', 'Mark Hall']]],
    [], []],
  ['two spellings of one name once each: a hint in each',
    ['Sources said Hormozgan was calm.', [['place', 'Hormozgan']]], ['Sources said Hormuzgan was calm.', [['place', 'Hormuzgan']]],
    ["Spelled 'Hormuzgan' in b.txt"], ["Spelled 'Hormozgan' in a.txt"]],
  ['two countries one letter apart', ['Troops left Iran today.', [['place', 'Iran']]], ['Troops left Iraq today.', [['place', 'Iraq']]], [], []],
  ['a plural', ['He won two Oscars last year.', [['organization', 'Oscars']]], ['He won an Oscar last year.', [['organization', 'Oscar']]], [], []],
  // after ECB+ t28 (28_3ecb, 28_4ecb; CC BY 3.0)
  ['the plural of a word in -man', ['It made sure G-men were always shown well.', [['organization', 'G-men']]], ['The G-Man would scrawl a time to meet.', [['organization', 'G-Man']]], [], []],
  ['a demonym', ['Flights to Alaska resumed.', [['place', 'Alaska']]], ['The Alaskan flights resumed.', [['organization', 'Alaskan']]], [], []],
  ['a common word at the start of a sentence', ['A Goth band played.', [['organization', 'Goth']]], ['Both bands played.', []], [], []],
  // after ECB+ t28 and t10 (CC BY 3.0), with the surname misspelt throughout one report
  ['a slip this report also writes in a name of something else',
    ['Richard M. Nxion resigned. The Nxion White House fell.', [['person', 'Richard M. Nxion'], ['place', 'Nxion White House']]], ['Richard Nixon resigned.', [['person', 'Richard Nixon']]],
    ["Spelled 'Richard Nixon' in b.txt"], []],  // no hint on b: the lexicon knows "Nixon" (a tie goes to the known word)
  ['a word the other report also writes in a name of something else',
    ['The Angeles lineup won.', [['place', 'Angeles']]], ['The Angels beat Los Angeles rivals.', [['organization', 'Angels'], ['place', 'Los Angeles']]], [], []],
  // after ECB+ t10 (10_9ecbplus / 10_13ecbplus; CC BY 3.0): the report names both the team and the newspaper
  ['a name only one report gives, whose word this report gives to another name of its own',
    ['The Angels GM told the Los Angeles Times so.', [['organization', 'Angels'], ['organization', 'Los Angeles Times']]], ['Offers by the Angels and the Nationals.', []], [], []],
  // after ECB+ t16 (16_10ecbplus / 16_1ecbplus with the surname misspelt; CC BY 3.0): "Luis" is also the defendant's
  ['a full name with given names the other lacks, one of them another person\'s in the other report',
    ['Deputy Luis Gerardo (Jerry) Ortiz was shot.', [['person', 'Luis Gerardo (Jerry) Ortiz']]],
    ['Jerry Ortzi died. Jose Luis Orozco was charged.', [['person', 'Jerry Ortzi'], ['person', 'Jose Luis Orozco']]],
    [], ["Spelled 'Luis Gerardo (Jerry) Ortiz' in a.txt"]],  // the lexicon knows "Ortiz": the slip is b's
  // after ECB+ t28 (28_5ecb / 28_13ecb with the surname misspelt; CC BY 3.0)
  ['a nickname in quotation marks inside the other report\'s name',
    ['W. Mark Flet died.', [['person', 'W. Mark Flet']]], ["Mark 'Deep Throat' Felt dead at 95.", [['person', "Mark 'Deep Throat' Felt"]]],
    // "felt" is a word, not a name the lexicon knows: no better a surname than "Flet" (since session 22; "Plain" / "Palin" above)
    ["Spelled 'Mark 'Deep Throat' Felt' in b.txt"], ["Spelled 'W. Mark Flet' in a.txt"]],
  // after ECB+ t06 (6_4ecb / 6_1ecb; CC BY 3.0): the character Bella is played by Kristen Stewart
  ['a lone word one slip from a surname, when the other report gives the full name\'s given name to someone else',
    ['It stars Kristen Bell.', [['person', 'Kristen Bell']]], ['Bella is played by Kristen Stewart.', [['person', 'Bella'], ['person', 'Kristen Stewart']]], [], []],
];

for (const [what, [ta, ea], [tb, eb], wantA, wantB] of slipCases) {
  test(`name-variant for slips: ${what}`, () => {
    const r = identifyEntities([report('desk/a.txt', ta, ea), report('desk/b.txt', tb, eb)]);
    const messages = (id: string) => (r.problems[id] ?? []).filter((p) => p.code === 'name-variant').map((p) => p.message);
    assert.deepEqual(messages('desk/a.txt'), wantA);
    assert.deepEqual(messages('desk/b.txt'), wantB);
    for (const p of r.problems['desk/a.txt'] ?? []) {
      assert.ok(p.related.length > 0 && p.related.every((x) => x.report === 'desk/b.txt'));
      const [, word] = /'([^']+)'/.exec(p.message) ?? [];
      assert.equal(tb.slice(p.related[0].start, p.related[0].end).includes(word.split(' ').pop()!), true);
    }
  });
}

test('a misspelt place taken for an organisation is the same entity', () => {
  const r = identifyEntities([report('a.txt', 'Police in Atlamta said so.', [['organization', 'Atlamta']]), report('b.txt', 'The Atlanta courthouse.', [['place', 'Atlanta']])]);
  assert.equal(crossId(r, 'a.txt', 'Atlamta'), crossId(r, 'b.txt', 'Atlanta'));
  assert.equal(r.entities.find((e) => e.id === crossId(r, 'a.txt', 'Atlamta'))?.kind, 'place');
});

test('one name-variant per other spelling, with a related location in each report that uses it; the spelling most reports use gets none', () => {
  const r = identifyEntities([
    report('a.txt', 'Heidar Alishvandi spoke.', [['person', 'Heidar Alishvandi']]),
    report('b.txt', 'Heydar Alishbandi spoke.', [['person', 'Heydar Alishbandi']]),
    report('c.txt', 'Then Heydar Alishbandi left.', [['person', 'Heydar Alishbandi']]),
  ]);
  const pa = r.problems['a.txt'] ?? [];
  assert.equal(pa.length, 1);
  assert.equal(pa[0].message, "Spelled 'Heydar Alishbandi' in b.txt and 1 other report");
  assert.deepEqual(pa[0].related.map((x) => [x.report, x.start]), [['b.txt', 0], ['c.txt', 5]]);
  // two reports against one: the odd one out is the variant
  assert.deepEqual([r.problems['b.txt'] ?? [], r.problems['c.txt'] ?? []], [[], []]);
});
