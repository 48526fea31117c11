// Who "he" and "she" are within a report (entities/pronouns.ts): the salient person before the
// pronoun whose sex the report does not contradict, never across a quotation, never a close call.
// Invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, type ReportAnalysis } from '@newslens/language-service';
import { owner } from './helpers/owner.ts';

/** Whom the n-th occurrence of `word` (whole word) is tied to: the entity's name, or null. */
function tiedTo(a: ReportAnalysis, word: string, n = 0): string | null {
  const re = new RegExp(`\\b${word}\\b`, 'g');
  const at = [...a.text.matchAll(re)][n]?.index;
  assert.ok(at !== undefined, `${word} #${n} not in text`);
  return a.entities.find((e) => (e.pronouns ?? []).some((p) => p.start === at))?.name ?? null;
}

test('"he" and "his" go to the person the sentences before are about', () => {
  const a = analyzeReport('Senator Paul Ravelle arrived in Berlin on Monday. He met the chancellor and praised his hosts.');
  assert.equal(tiedTo(a, 'He'), 'Paul Ravelle');
  assert.equal(tiedTo(a, 'his'), 'Paul Ravelle');
});

test('a couple: "she" is the wife, "he" the husband, by the honorific and the title', () => {
  const text = 'Mr. Daniel Corvell and his wife, Mrs. Irene Corvell, visited a school on Monday. ' +
    'She read to the pupils while he spoke to the teachers.';
  const a = analyzeReport(text);
  assert.equal(tiedTo(a, 'She'), 'Irene Corvell');
  assert.equal(tiedTo(a, 'he'), 'Daniel Corvell');
});

test('father and son, both men and both named: a close call stays untied', () => {
  const text = 'Robert Dunmore and Michael Dunmore were arrested on Friday. He was released on bail.';
  const a = analyzeReport(text);
  assert.equal(tiedTo(a, 'He'), null);
});

test('two brothers in two sentences: the one the last sentence is about', () => {
  const text = 'Thomas Keller ran the bakery for 30 years. His brother Martin Keller opened a second shop in 2001. ' +
    'Martin Keller said he would retire next year.';
  const a = analyzeReport(text);
  assert.equal(tiedTo(a, 'he'), 'Martin Keller');
});

test('a pronoun inside a quotation is the speaker\'s, never tied; the narration after it is', () => {
  const text = 'Police chief Anna Morales spoke on Tuesday. "He ran before we could stop him," Morales said. She declined to name the suspect.';
  const a = analyzeReport(text);
  assert.equal(tiedTo(a, 'He'), null);
  assert.equal(tiedTo(a, 'him'), null);
  assert.equal(tiedTo(a, 'She'), 'Anna Morales');
});

test('never the name later in its own clause, nor the subject of its own clause for "him"', () => {
  const a = analyzeReport('Officer Jerry Ortiz knocked on the door on Friday. He shot Ortiz once in the head.');
  assert.equal(tiedTo(a, 'He'), null);
  const b = analyzeReport('President Barack Obama met Sanjay Gupta on Monday. Obama was intent on recruiting him.');
  assert.equal(tiedTo(b, 'him'), 'Sanjay Gupta');
});

test('"X said he" is X; "the coroner said he" is the coroner, whom the report does not name here', () => {
  const a = analyzeReport('Fred Larkin died on Saturday in a hotel. The coroner said he believed Larkin died in his sleep.');
  assert.equal(tiedTo(a, 'he'), null);
  const b = analyzeReport('Fred Larkin died on Saturday. His friend Gary Hargrove found him. Hargrove said he called the police.');
  assert.equal(tiedTo(b, 'he'), 'Gary Hargrove');
});

test('pronouns are no mentions: the mention list keeps names only, and "they" is not tied', () => {
  const a = analyzeReport('Senator Paul Ravelle arrived in Berlin. He met the chancellor. They talked for an hour.');
  const ravelle = a.entities.find((e) => e.name === 'Paul Ravelle')!;
  assert.deepEqual(ravelle.mentions.map((m) => m.text), ['Paul Ravelle']);
  assert.deepEqual(ravelle.pronouns?.map((p) => p.text), ['He']);
  assert.ok(a.entities.every((e) => (e.pronouns ?? []).every((p) => !/they/i.test(p.text))));
  assert.ok(a.entities.filter((e) => e.kind !== 'person').every((e) => (e.pronouns ?? []).length === 0));
});

test('"I", "me", "my" in a quotation are its speaker named beside it; not a numeral, not a nested quotation, not a speaker carried over', () => {
  const a = analyzeReport('Actress Dana Whitfield will host the gala. "It is official: I am hosting, and my family is thrilled for me," Whitfield wrote on Friday.');
  assert.equal(tiedTo(a, 'I'), 'Dana Whitfield');
  assert.equal(tiedTo(a, 'my'), 'Dana Whitfield');
  assert.equal(tiedTo(a, 'me'), 'Dana Whitfield');
  const b = analyzeReport('Veteran Carl Ostrow spoke on Monday. "My father served in World War I," Ostrow said.');
  assert.equal(tiedTo(b, 'My'), 'Carl Ostrow');
  assert.equal(tiedTo(b, 'I'), null);
  const c = analyzeReport('Coach Maria Lentz spoke on Monday. "He told me, ‘I will stay,’ and I believed him," Lentz said.');
  assert.equal(tiedTo(c, 'me'), 'Maria Lentz');
  assert.equal(tiedTo(c, 'I', 0), null);
  assert.equal(tiedTo(c, 'I', 1), 'Maria Lentz');
  // a new sentence after the speaker: perhaps someone else's words
  const d = analyzeReport('"We are thrilled," said producer Neil Meron. "I agreed at once."');
  assert.equal(tiedTo(d, 'I'), null);
});

test('a lede about a person it names only after: its pronouns are the person named next as a subject, or with an age', () => {
  const a = analyzeReport('One of the gang leaders arrested in a raid has hanged himself in his cell.\nHis death was linked to a feud.\nTomas Varga, 52, was found dead, police said.');
  assert.equal(tiedTo(a, 'himself'), 'Tomas Varga');
  assert.equal(tiedTo(a, 'his'), 'Tomas Varga');
  assert.equal(tiedTo(a, 'His'), 'Tomas Varga');
  // the one named next is no subject and has no age: another person (the victim), left alone
  const b = analyzeReport('A man fired from his job walked into his old office, police said.\nWhen it was over, the receptionist - - Mary Kell - - was shot dead.');
  assert.equal(tiedTo(b, 'his'), null);
  // someone named before the pronoun: the ordinary resolution, no lede
  const c = analyzeReport('Police chief Anna Morales spoke. A man hanged himself in his cell. Tomas Varga, 52, was found dead.');
  assert.equal(tiedTo(c, 'himself'), null);
  // a pronoun right after a source's verb of saying is likely the source, not the person named next
  const d = analyzeReport('A spokesman for the family said he was grateful. Peter Mills, 58, died on Monday.');
  assert.equal(tiedTo(d, 'he'), null);
});

test('"I" in a quote is not a speaker described by someone else, nor the noun "mine", nor "Me Too"', () => {
  const a = analyzeReport('The town mourned. "My husband is a hero," the widow of Officer Tom Reed said.');
  assert.equal(tiedTo(a, 'My'), null);
  const b = analyzeReport('The mine closed. "The mine was not safe, and the Me Too rally was loud," said miner Tom Reed.');
  assert.equal(tiedTo(b, 'mine', 1), null);
  assert.equal(tiedTo(b, 'Me'), null);
});

test('a storm is no person: "she" and "her" after "Hurricane Katrina" are the woman the report tells of, and "Katrina" alone is the storm', () => {
  const text = 'Dr. Mara Quillon opened a clinic in Biloxi in 1990. Hurricane Katrina destroyed it in 2005. ' +
    'She rebuilt it with her own savings. Katrina had flooded the town.';
  const storm = owner(text, 'Hurricane Katrina');
  assert.equal(storm?.kind, 'place');
  assert.equal(owner(text, 'Katrina', 1)?.id, storm?.id);
  const doctor = owner(text, 'Mara Quillon');
  assert.deepEqual(doctor?.pronouns?.map((p) => p.text), ['She', 'her']);
});
