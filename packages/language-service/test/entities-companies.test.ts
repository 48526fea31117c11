// A company's short forms within one report (issue 14): its acronym without the company form, its
// first word, and its name where it opens a sentence shaped like a person noun. Invented sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { owner } from './helpers/owner.ts';
import { analyzeReport } from '@newslens/language-service';


test('an acronym of a company\'s name without its form is the company ("GM" of "General Motors Corporation")', () => {
  const text = 'General Motors Corporation (GM) has posted a loss. GM reported the loss on Monday. Analysts said GM would recover.';
  assert.equal(owner(text, 'GM', 1)?.name, 'General Motors Corporation');
  assert.equal(owner(text, 'GM', 2)?.kind, 'organization');
});

test('the first word of a company\'s name before its trade and form is the company ("Ford" of "Ford Motor Company"); not a person\'s surname, not a title word', () => {
  const text = 'The Ford Motor Company said on Monday it would cut jobs. Ford shares fell. Analysts said Ford would recover.';
  assert.equal(owner(text, 'Ford', 1)?.name, 'Ford Motor Company');
  const actor = 'Harrison Ford met Ford Motor Company executives. Ford said he liked cars.';
  assert.equal(owner(actor, 'Ford', 2)?.name, 'Harrison Ford');
  const airline = 'AirTran Airways said on Monday it would merge. AirTran shares rose.';
  assert.equal(owner(airline, 'AirTran', 1)?.name, 'AirTran Airways');
  const british = 'British Airways said on Monday it would merge. British officials agreed.';
  assert.notEqual(owner(british, 'British', 1)?.name, 'British Airways');
  const general = 'General Motors Corp. said on Monday it would cut jobs. General Electric fell.';
  assert.equal(owner(general, 'General Electric')?.name, 'General Electric');
});

test('a company\'s name shaped like a person noun opening a sentence is the company the report names, no description of the person named next ("Chrysler")', () => {
  const text = 'General Motors and Chrysler will get loans, said Barack Obama, President of the United States. Chrysler will receive a loan.';
  assert.equal(owner(text, 'Chrysler', 1)?.kind, 'organization');
  assert.equal(owner(text, 'Chrysler', 1)?.id, owner(text, 'Chrysler')?.id);
  assert.ok(!owner(text, 'Barack Obama')?.mentions.some((m) => m.text === 'Chrysler'));
  // a person noun stays a description ("Woman" of the headline)
  const woman = 'Woman Killed In Crash\n\nMary Jones, 34, died on Monday.';
  assert.equal(owner(woman, 'Woman')?.name, 'Mary Jones');
});

test('a continental company form ("NV", "AG") is left out of the initials the report then uses ("EADS", "BMW")', () => {
  const a = analyzeReport('European Aeronautic Defence & Space NV said on Monday it would cut jobs. EADS shares rose 2 percent.');
  const eads = a.entities.find((e) => e.mentions.some((m) => m.text === 'EADS'));
  assert.equal(eads?.name, 'European Aeronautic Defence & Space NV');
  assert.equal(eads?.mentions.length, 2);
  const b = analyzeReport('Bayerische Motoren Werke AG reported higher sales. BMW said demand was strong in China.');
  assert.equal(b.entities.find((e) => e.mentions.some((m) => m.text === 'BMW'))?.name, 'Bayerische Motoren Werke AG');
});

test('an acronym defined in parentheses after a name is that name, initials or not ("Singapore Airlines (SIA)"); letters out of order are not', () => {
  const text = 'Singapore Airlines (SIA) said it would be compensated for the delays. SIA said the details were confidential.';
  assert.equal(owner(text, 'SIA')?.name, 'Singapore Airlines');
  assert.equal(owner(text, 'SIA', 1)?.name, 'Singapore Airlines');
  assert.notEqual(owner('Shares of Singapore Airlines (ASI) fell on Monday. ASI said nothing.', 'ASI', 1)?.name, 'Singapore Airlines');
});

test('an acronym with a country code before a body\'s initials is that body where the report leaves the country out ("USAF" of "Air Force")', () => {
  const text = 'The Air Force said the new tanker would be late. USAF officials declined to say by how much.';
  assert.equal(owner(text, 'USAF')?.name, 'Air Force');
  // initials alone stay what they are: "AF" is no country's
  assert.notEqual(owner('The Air Force said the tanker was late. FRAF officials said nothing.', 'FRAF')?.name, 'Air Force');
});

test('a computer maker is a company, and its name without "Computer" is it ("Apple" of "Apple Computer"), even where the name is first written possessive', () => {
  const text = "Five years after its launch, Apple Computer's music service passed a rival. Apple said on Monday it would cut prices.";
  assert.equal(owner(text, 'Apple Computer')?.kind, 'organization');
  assert.equal(owner(text, 'Apple', 1)?.name, 'Apple Computer');
});

test('a survey body is an organisation, with or without its country ("the Geological Survey")', () => {
  assert.equal(owner('According to the Geological Survey, the quake was strong.', 'Geological Survey')?.kind, 'organization');
});

test('two names joined by a hyphen are two mentions where the report names each apart or one is a place ("Dunmore-Air Force talks"); not a name it never gives apart', () => {
  const text = 'Emails expose Dunmore-Air Force talks. The Air Force chose Dunmore in May, and Dunmore said it was pleased.';
  assert.equal(owner(text, 'Dunmore')?.id, owner(text, 'Dunmore', 1)?.id);
  assert.equal(owner(text, 'Air Force')?.id, owner(text, 'Air Force', 1)?.id);
  assert.equal(owner(text, 'Dunmore')?.name, 'Dunmore');
  assert.equal(owner('The maker is based in San Jose-Kestrel. Kestrel sued on Monday.', 'Kestrel')?.name, 'Kestrel');
  assert.equal(owner('Voss-Kettering said sales rose. Kettering shares fell.', 'Voss-Kettering')?.name, 'Voss-Kettering');
});

test('an award is no person ("the Harlow Awards"); the body word heading "<body> of ..." alone is that body ("the Academy" of "Academy of Screen Arts"), not where two bodies share it', () => {
  const text = 'The Academy of Screen Arts said Mia Torres would host the Harlow Awards. The Academy picked her last week.';
  assert.equal(owner(text, 'Harlow Awards')?.kind, 'organization');
  const academy = owner(text, 'Academy of Screen Arts');
  assert.equal(owner(text, 'Academy', 1)?.id, academy?.id);
  const two = 'The Bank of Leith and the Bank of Ayr merged. The Bank said jobs would go.';
  assert.equal(owner(two, 'Bank', 2), undefined);
});

test('an acronym in a title-case headline is the body the report spells out ("ANA Celebrates ..." over "the American Nursing Alliance"); a degree after a person\'s name is no place', () => {
  const text = 'ANA Celebrates Nomination of Mary Quinn\nThe American Nursing Alliance is pleased that Dr. Mary Quinn, MD, was chosen. She lives in Baltimore, MD.';
  assert.equal(owner(text, 'ANA')?.name, 'American Nursing Alliance');
  assert.equal(owner(text, 'MD'), undefined);
  assert.equal(owner(text, 'MD', 1)?.kind, 'place');
});

test('an acronym keeps a country\'s code whole ("USGS" of "the U.S. Geological Survey", "USDA"); the initials alone still count', () => {
  const survey = 'The U.S. Geological Survey said the tremor had a magnitude of 5.2. The USGS said it struck at noon.';
  assert.equal(owner(survey, 'USGS')?.name, 'U.S. Geological Survey');
  const farm = 'The U.S. Department of Agriculture will buy pork. The USDA said the purchase helps farmers.';
  assert.equal(owner(farm, 'USDA')?.name, 'U.S. Department of Agriculture');
  const fund = 'The UN Refugee Agency opened a camp. The URA said 300 families arrived.';
  assert.equal(owner(fund, 'URA')?.name, 'UN Refugee Agency');
});
