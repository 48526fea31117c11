// The planting and the near-copy filter of `pnpm eval pairs` (scripts/pairs-lib.ts), on short
// passages written for this test and on sentences of ECB+ topic 1 (CC BY 3.0).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPlant, changedNumber, changedPlaces, isNearCopy, mapOffset, misspelt, monthDays, pairPlants, sharedRunShare, wordRuns, type PersonMention } from '../scripts/pairs-lib.ts';

const A = 'Tara Reid has checked into Promises Treatment Center in Malibu, her publicist said Tuesday. '
  + 'Reid, 33, entered the rehab facility on Monday, according to People magazine.';
const B = 'Actress Tara Reid has entered well-known Malibu rehab center Promises Treatment Center, her rep told People. '
  + 'A spokeswoman said Reid checked in on Monday.';

test('the near-copy filter: a copy shares every 5-word run, two outlets\' reports few', () => {
  const a = wordRuns(A);
  assert.equal(sharedRunShare(a, wordRuns(A)), 1);
  assert.ok(!isNearCopy(a, wordRuns(B)), `${sharedRunShare(a, wordRuns(B))}`);
  // the same text with a sentence added is a near-copy, whichever report is the longer
  const longer = wordRuns(`${A} The actress has been linked to several parties this year, the magazine said.`);
  assert.ok(isNearCopy(a, longer) && isNearCopy(longer, a));
  assert.equal(sharedRunShare(wordRuns('too short'), a), 0);
});

test('a number changes by a third or more, written as it was', () => {
  assert.equal(changedNumber('150'), '225');
  assert.equal(changedNumber('1,200'), '1,800');
  assert.equal(changedNumber('2.5'), '3.8');
  assert.equal(changedNumber('1'), '2');
  assert.equal(changedNumber('three'), 'five');
  assert.equal(changedNumber('Two'), 'Three');
  assert.equal(changedNumber('0'), null);
});

test('a figure is planted only where B has the same number and counted noun', () => {
  const a = 'Officials said 150 migrants were detained near the border on Tuesday, and 8 and 9 others later.';
  const plants = pairPlants(a, 'At least 150 migrants were held, the agency said.', 'figure');
  assert.equal(plants.length, 1);
  assert.deepEqual(plants[0].edits, [{ start: a.indexOf('150'), end: a.indexOf('150') + 3, before: '150', after: '225' }]);
  assert.ok(applyPlant(a, plants[0]).startsWith('Officials said 225 migrants were detained'));
  // where A states the fact and where B writes it, for the gold to say whether they are one fact
  const b = 'At least 150 migrants were held, the agency said.';
  assert.equal(a.slice(plants[0].at!.start, plants[0].at!.end), '150 migrants');
  assert.deepEqual(plants[0].twins!.map((t) => b.slice(t.start, t.end)), ['150 migrants']);
  assert.deepEqual(pairPlants(a, 'At least 150 people were held.', 'figure'), []);
  assert.deepEqual(pairPlants(a, 'In 2150 migrants were held.', 'figure'), []);
  const words = pairPlants('Police arrested three men on Friday.', 'Three men were arrested.', 'figure');
  assert.deepEqual(words.map((p) => p.edits[0].after), ['five']);
});

test('no figure is planted on a number that names or places, nor on one B tells another way', () => {
  const none = (a: string, b: string) => assert.deepEqual(pairPlants(a, b, 'figure'), [], a);
  // a model, a calibre, a street block, a decade: no figure of the story
  none('Six AK 47 rifles were seized from the boats.', 'Police found six AK 47 rifles on board.');
  none('She had a. 357 magnum.', 'It was a. 357 Magnum in her car.');
  none('Officers fanned out around the 12200 block of 223rd Street.', 'It happened in the 12200 block of 223rd Street.');
  none('She was a pin-up queen in the nineteen fifties.', 'The film told her story up to the nineteen fifties.');
  // a length against a time since: two facts
  none('Page had been hospitalized for the past three weeks for pneumonia.', 'She died of a heart attack suffered almost three weeks ago.');
  // an upper bound raised still allows B's plain figure
  none('The store was stormed by as many as four robbers on Thursday.', 'The four robbers stole nearly all the jewellery.');
  // told the same way in both: planted
  assert.equal(pairPlants('He was married two weeks ago to his second wife.', 'He had married two weeks before the shooting.', 'figure').length, 1);
  assert.equal(pairPlants('A 48-page indictment named as many as four robbers.', 'Police said as many as four robbers fled.', 'figure').length, 1);
  assert.equal(pairPlants('A 10-day trip ended with three arrests.', 'The FBI made three arrests on Friday.', 'figure').length, 1);
});

test('a date is planted where B dates a happening with the same month and day, never in a dateline', () => {
  const a = 'The hearing was moved, and sentencing is set for June 28 in Los Angeles.';
  const plants = pairPlants(a, 'He will be sentenced on June 28, the court said.', 'date');
  assert.equal(plants.length, 1);
  assert.equal(applyPlant(a, plants[0]), a.replace('June 28', 'June 25'));
  // in B the day only dates the report
  assert.deepEqual(pairPlants(a, 'June 28, 2008\nHe will be sentenced later this summer, the court said.', 'date'), []);
  assert.deepEqual(monthDays('Published 12 May\nOn 12 May and Oct. 3 the court sat.').map((d) => `${d.month + 1}/${d.day}`), ['5/12', '10/3']);
});

test('a quoted word is planted where B quotes the same words around it', () => {
  const a = 'She said: "We are proud of what the firefighters did this morning," the mayor said outside the station, thanking everyone.';
  const b = 'The mayor told reporters "we are proud of what the firefighters did."';
  const plants = pairPlants(a, b, 'quote');
  // "firefighters" and "morning": B does not quote three words either side of them
  assert.deepEqual(plants.map((p) => p.edits[0].before), ['proud']);
  for (const p of plants) {
    assert.equal(p.edits.length, 1);
    assert.ok(a.slice(p.edits[0].start, p.edits[0].end) === p.edits[0].before && /^[a-z]+$/.test(p.edits[0].after));
  }
  assert.deepEqual(pairPlants(a, 'The mayor said "the firefighters were brave and quick this morning."', 'quote'), []);
});

test('a quoted word near a quote\'s end is planted only where B\'s quote ends there too (ECB+ 28_7ecb / 28_3ecb)', () => {
  const a = 'He said: "This is going to be the biggest shot in the arm for a long time," and walked outside.';
  assert.deepEqual(pairPlants(a, 'Felt wrote: "People will debate for a long time whether I did the right thing."', 'quote'), []);
  const plants = pairPlants(a, 'He added: "It is the biggest shot in the arm for a long time."', 'quote');
  assert.ok(plants.some((p) => p.edits[0].before === 'time'));
});

test('a capitalised common word is no surname: a report writes it in lower case too', () => {
  const a = 'Three Arrested After Robbery\nPolice said three men were held. Officer Dana Reid said so.';
  const b = 'Three men were held, Officer Dana Reid said.';
  const person = (text: string, s: string, chain: string): PersonMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, chain });
  const plants = pairPlants(a, b, 'name', { a: [person(a, 'Three', 'HUM1'), person(a, 'Dana Reid', 'HUM2')], b: [person(b, 'Three', 'HUM1'), person(b, 'Dana Reid', 'HUM2')] });
  assert.deepEqual(plants.map((p) => p.fact), ['Reid']);
});

test('a surname the gold gives the same person in both reports is misspelt everywhere in A', () => {
  assert.equal(misspelt('Reid'), misspelt('Reid'));
  const wrong = misspelt('Reid')!;
  assert.equal(wrong.length, 4);
  assert.equal([...wrong].filter((c, i) => c !== 'Reid'[i]).length, 2);
  const person = (text: string, s: string, chain: string): PersonMention => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, chain });
  const persons = { a: [person(A, 'Tara Reid', 'HUM1')], b: [person(B, 'Tara Reid', 'HUM1')] };
  const [p] = pairPlants(A, B, 'name', persons);
  assert.equal(p.edits.length, 2);
  const changed = applyPlant(A, p);
  assert.ok(!changed.includes('Reid') && changed.includes(`Tara ${wrong}`));
  assert.deepEqual(changedPlaces(p).map(([s, e]) => changed.slice(s, e)), [wrong, wrong]);
  // another person of B with that surname is not the same person
  assert.deepEqual(pairPlants(A, B, 'name', { a: persons.a, b: [person(B, 'Tara Reid', 'HUM2')] }), []);
});

test('offsets of the unchanged text map into the changed text', () => {
  const p = { type: 'figure' as const, fact: '', edits: [{ start: 10, end: 13, before: '150', after: '2250' }] };
  assert.equal(mapOffset(p, 5), 5);
  assert.equal(mapOffset(p, 11), 10);
  assert.equal(mapOffset(p, 13), 14);
});
