// Labels (docs/labels.md), the causes of session 20's ECB+ even-topic misses and false attachments
// (issue 15): relatives by a tie ("his mother and sister"), roles after "as", clauses after a name's
// comma read as appositions (", the court ruled"). Short passages of ECB+
// (CC BY 3.0, topic named) and invented sentences.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';

/** Each entity's labels as `text:kind`, by entity name. */
function labels(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of analyzeReport(text).entities) if (e.labels?.length) out[e.name] = e.labels.map((l) => `${l.text}:${l.kind}`);
  return out;
}

describe('labels: relatives by a tie', () => {
  test('"his mother, sister and pet dog" are the ones the report calls his mother and sister (ECB+ t32)', () => {
    const got = labels(
      'A PROVISIONAL trial date has been set in the case of a son accused of killing his mother, sister and pet dog in Millom. ' +
        'A preliminary hearing for John Jenkin, 23, charged with the murders of his mother Alice McMeekin, 58, and sister Katie Jenkin, 20, was heard in Preston Crown Court this morning.',
    );
    assert.deepEqual(got['Alice McMeekin'], ['his mother:reference', 'mother:title']);
    assert.deepEqual(got['Katie Jenkin'], ['sister:reference', 'sister:title']);
    assert.equal(got['John Jenkin'], undefined);
  });

  test('a tie named later in the report ("her agent said" ... "her agent, Mark Roesler,", ECB+ t20)', () => {
    const got = labels('Pin-up queen Bettie Page has died, her agent said. “She captured the imagination of a generation,” her agent, Mark Roesler, said yesterday.');
    assert.deepEqual(got['Mark Roesler'], ['her agent:reference', 'her agent:apposition']);
  });

  test('no one when the report gives the tie to no one or to several', () => {
    assert.deepEqual(labels('Bettie Page has died. Her lawyer said she died at peace.')['Bettie Page'], undefined);
    const got = labels('Bettie Page has died. Her lawyer said nothing. Her lawyer, Mark Roesler, spoke. Her lawyer Jane Doe spoke too.');
    assert.deepEqual(got['Jane Doe'], ['lawyer:title']);
    assert.deepEqual(got['Mark Roesler'], ['Her lawyer:apposition']);
  });
});

describe('labels: roles after "as"', () => {
  test('"as" opening a clause is no role ("held as mum and sister killed", ECB+ t32; "as the president spoke")', () => {
    assert.equal(labels('John Jenkin: Goth son held as mum and sister killed.')['John Jenkin'], undefined);
    assert.equal(labels('Barack Obama waved as the president spoke.')['Barack Obama'], undefined);
    assert.deepEqual(labels('Mark Felt served as the shadowy source known as Deep Throat.')['Mark Felt'], ['the shadowy source:predicate']);
  });

  test('a role is not given to the object of a preposition ("return to the Academy Awards as emcee", ECB+ t2)', () => {
    assert.deepEqual(labels('Ellen DeGeneres would return to the Academy Awards as emcee, marking her second hosting stint.')['Ellen DeGeneres'], ['emcee:predicate']);
    assert.deepEqual(labels('Regina Benjamin was nominated by Barack Obama as surgeon general.')['Regina Benjamin'], ['surgeon general:predicate']);
    assert.deepEqual(labels('Gary Ross is in negotiations with Lionsgate to return as director for the sequel.')['Gary Ross'], ['director:predicate']);
    // "with X as Y" is X's (the seeds: "a state with Jerusalem as its capital")
    assert.deepEqual(labels('Hamas wants a state with Jerusalem as its capital.').Jerusalem, ['its capital:predicate']);
  });

  test('a tie goes by what is said beside a name, not by a predicate or a reference (ECB+ t32: "Katie thought of my mum as a second mum")', () => {
    const got = labels('Katie Jenkin was visiting her mum. We were so close that Katie thought of my mum as a second mum. He idolised his mum.');
    assert.deepEqual((got['Katie Jenkin'] ?? []).filter((l) => /^(?:her|his) mum/.test(l)), []);
  });
});

describe('labels: a clause after a name\'s comma is no apposition', () => {
  test('", the court ruled", ", the Washington Post reports", ", also reported problems" label nothing (after ECB+ t28, t26, t30)', () => {
    assert.deepEqual(labels('Smith lives in California, the Washington Post reports. The judge in Westchester, the court ruled, was wrong.'), {});
    assert.deepEqual(labels('Egypt and Saudi Arabia, also reported problems.'), {});
  });

  test('an apposition, with its relative clause or prepositional phrase, stays one', () => {
    const got = labels('Wang Kejian, the former ambassador to Lebanon, met Ismail Haniyeh. Fred LaRue, a neurosurgeon who is famous, spoke.');
    assert.deepEqual(got['Wang Kejian'], ['the former ambassador to Lebanon:apposition']);
    assert.deepEqual(got['Fred LaRue'], ['a neurosurgeon:apposition']);
    // ECB+ t28, t2: "who" tagged a determiner, "turned" between two roles
    assert.deepEqual(labels('W. Mark Felt, the former FBI official who ended one of the most famous mysteries, died.')['W. Mark Felt'], ['the former FBI official:apposition']);
    assert.deepEqual(labels('Esther Williams, the swimming champion turned actress who starred in films, died.')['Esther Williams'], ['the swimming champion turned actress:apposition']);
  });
});

