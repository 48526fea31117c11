// Labels (docs/labels.md) a reader would not give to an entity: one whose kind was misread (a surname
// read as an organisation), a government named after a person, a possessor inside a label. Sentences
// written for each rule.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeReport, type Entity } from '@newslens/language-service';
import { surnameOfPerson } from '../src/entities/label-context.ts';

/** Each entity's labels as `text:kind`, by entity name. */
function labels(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of analyzeReport(text).entities) if (e.labels?.length) out[e.name] = e.labels.map((l) => `${l.text}:${l.kind}`);
  return out;
}

const entity = (name: string, kind: Entity['kind']): Entity => ({ id: name, kind, name, mentions: [], descriptors: [] }) as unknown as Entity;

describe('labels: agreement a reader sees', () => {
  test('a one-word name read as an organisation is the person whose surname it is ("Gupta" beside "Sanjay Gupta")', () => {
    const gupta = entity('Gupta', 'organization');
    const cnn = entity('CNN', 'organization');
    const misread = surnameOfPerson([entity('Sanjay Gupta', 'person'), gupta, cnn]);
    assert.deepEqual([...misread].map((e) => e.name), ['Gupta']);
  });

  test('a government named after a person is not that name\'s ("the Nixon administration")', () => {
    const got = labels('Fred LaRue was one of the most mysterious men in the Nixon administration. He died on Saturday.');
    assert.ok(!Object.values(got).flat().some((l) => l.includes('administration')), JSON.stringify(got));
  });

  test('a possessor inside a label does not call its entity so ("Chela Ortiz, the deputy\'s wife" is no deputy)', () => {
    const got = labels(
      'Deputy Jerry Ortiz was shot dead in June 2005. Chela Ortiz, the deputy\'s wife, thanked the jury. ' +
        'Witnesses told the jury how Orozco shot the deputy in the head.',
    );
    assert.ok(!(got['Chela Ortiz'] ?? []).includes('the deputy:reference'), JSON.stringify(got));
  });

  test('a definite person phrase opening the story, before anyone is named, refers forward like a lead', () => {
    const got = labels('The retired teacher was found dead at his home on Monday. Peter Mills, 58, had been ill.');
    assert.deepEqual(got['Peter Mills'], ['The retired teacher:reference']);
    // after a name it refers back, by the usual rules, not forward
    const back = labels('Peter Mills was found dead on Monday. The retired teacher had been ill. John Ward, 40, found him.');
    assert.equal(back['John Ward'], undefined);
  });

  test('a lead goes to the name opening the clause a source of up to five words reports', () => {
    const got = labels('A retired teacher was found dead at his home on Monday. Police officers in the county said Peter Mills, 58, had been ill.');
    assert.deepEqual(got['Peter Mills'], ['A retired teacher:reference']);
  });

  test('a business noun names no public body: "the bank" is not the International Monetary Fund', () => {
    const imf = labels('The International Monetary Fund approved the loan on Sunday. The bank was set on fire on Monday.');
    assert.equal(imf['International Monetary Fund'], undefined);
    const police = labels('The Woodburn Police Department spoke on Friday. The company said it would reopen.');
    assert.equal(police['Woodburn Police Department'], undefined);
    // a bank is still "the bank"
    assert.deepEqual(labels('Marfin Bank closed its branches on Sunday. The bank was set on fire on Monday.')['Marfin Bank'], ['The bank:reference']);
  });

  test('"the party" is a party the report names ("the Labour Party"), not the office Christmas party', () => {
    const office = labels('Vancouver Police were called on Friday. A gunman entered the office Christmas party at 4 p.m. Witnesses fled the party.');
    assert.ok(!Object.values(office).flat().some((l) => l.includes('party')), JSON.stringify(office));
    assert.deepEqual(labels('The Labour Party met on Friday. The party said it would vote.')['Labour Party'], ['The party:reference']);
  });

  test('whom a speaker tells of in the same sentence is not the speaker ("Fanning said the man ...")', () => {
    const got = labels('Tim Fanning spoke on Friday. Tim Fanning said the man walked in with a gun.');
    assert.equal(got['Tim Fanning'], undefined);
  });

  test('a collective or a mood names no one person ("the population", "the gleeful spirit")', () => {
    const got = labels('Governor Heidar Alishvandi spoke on Sunday. He said the population of the villages is now safe.');
    assert.ok(!Object.values(got).flat().some((l) => l.includes('population')), JSON.stringify(got));
  });

  test('a definite victim or suspect opening the story is not the person named next', () => {
    const got = labels('The victim was taken to hospital, police said. John Smith, 45, was arrested.');
    assert.equal(got['John Smith'], undefined, JSON.stringify(got));
  });
});
