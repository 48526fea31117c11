// Labels (docs/labels.md) set right before a name, for organisations and places as for people, and
// what they let a reference back find. Sentences written for each rule (after causes counted on
// MEANTIME half 1 and the ECB+ even topics).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';

/** Each entity's labels as `text:kind`, by entity name. */
function labels(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of analyzeReport(text).entities) if (e.labels?.length) out[e.name] = e.labels.map((l) => `${l.text}:${l.kind}`);
  return out;
}

describe('labels: a description right before a name', () => {
  test('with or without a determiner, a class noun before an organisation\'s name is its title', () => {
    const got = labels('The Dutch brewing company Heineken raised its prices on Monday. Shares of budget airline Ryanair fell.');
    assert.ok(got.Heineken?.includes('The Dutch brewing company:title'), JSON.stringify(got));
    assert.ok(got.Ryanair?.includes('budget airline:title'), JSON.stringify(got));
  });

  test('the head must fit the name\'s kind, and a name modifying the noun after it is no title\'s', () => {
    const got = labels('Workers at a company Christmas party in Ohio were sent home. The city Toledo was quiet.');
    assert.equal(Object.values(got).flat().find((l) => l.startsWith('a company')), undefined, JSON.stringify(got));
  });

  test('one bare word after a preposition is the preposition\'s phrase ("taken on board INS Mysore")', () => {
    const got = labels('The weapons were moved into group Alpha Holdings overnight, the navy said.');
    assert.equal(Object.values(got).flat().find((l) => l.startsWith('group')), undefined, JSON.stringify(got));
  });

  test('a two-word title ending in a word the lexicon reads as an adjective is kept ("chief executive")', () => {
    const got = labels('Airbus chief executive Noel Forgeard said the plane would fly in April.');
    assert.ok(got['Noel Forgeard']?.includes('chief executive:title'), JSON.stringify(got));
  });
});

describe('labels: a reference back read through the tagger\'s slips', () => {
  test('"The firm says it ...": a verb in "-s" the tagger read as a plural noun ends the phrase', () => {
    const got = labels('Shell raised its prices on Monday. The firm says it will pay the new tax.');
    assert.deepEqual(got.Shell, ['The firm:reference']);
  });

  test('an adverb in "-ly" before an adjective stays in the phrase ("the formerly state-owned company")', () => {
    const got = labels('British Airways raised its fares. Since then the formerly state-owned company has lost customers.');
    assert.deepEqual(got['British Airways'], ['the formerly state-owned company:reference']);
  });
});

describe('labels: an apposition after a name in parentheses', () => {
  test('"Imperial Chemical Industries (ICI), the chemicals company, ..." is the name\'s apposition', () => {
    const got = labels('In 1990 Imperial Chemical Industries (ICI), the chemicals company, cut 2,000 jobs.');
    assert.ok(Object.values(got).flat().includes('the chemicals company:apposition'), JSON.stringify(got));
  });
});

describe('labels: ties between bodies, named beside them', () => {
  test('a possessor\'s phrase set off before an organisation\'s name is its apposition ("Boeing\'s European rival, Airbus,")', () => {
    const got = labels('Unilever\'s Dutch rival, Philips, cut its forecast on Monday.');
    assert.deepEqual(got.Philips, ['Unilever\'s Dutch rival:apposition']);
  });

  test('a person\'s possessive apposition is not read here twice', () => {
    const got = labels('Smith\'s lawyer, John Brown, declined to comment.');
    assert.ok((got['John Brown'] ?? []).filter((l) => l.includes('lawyer')).length <= 1, JSON.stringify(got));
  });

  test('a tie a body has too ("parent", "rival") before its name labels the organisation', () => {
    const got = labels('Volvo parent Geely reported a profit.');
    assert.deepEqual(got.Geely, ['parent:title']);
  });

  test('after "as", a phrase set off before a name is that name\'s apposition ("as its parent company, EADS, starts ...")', () => {
    const got = labels('The cuts come as its parent company, Siemens, starts a restructuring programme.');
    assert.deepEqual(got.Siemens, ['its parent company:apposition']);
  });
});
