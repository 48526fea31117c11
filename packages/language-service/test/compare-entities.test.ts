import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { identifyEntities } from '../src/compare/identify-entities.ts';
import { crossId, report, type EntitySpec } from './helpers/entity-fixtures.ts';

const sameEntity: Array<[string, EntitySpec, EntitySpec]> = [
  ['transliteration', ['person', 'Isma’il Haniya'], ['person', 'Ismail Haniyeh']],
  ['a short form in the other report', ['person', 'Haniyeh'], ['person', 'Ismail Haniyeh']],
  ['an East Asian family name as short form', ['person', 'Wang'], ['person', 'Wang Kejian']],
  ['acronym with dots', ['organization', 'U.N.'], ['organization', 'United Nations']],
  ['acronym without dots', ['organization', 'UN'], ['organization', 'United Nations']],
  ['country code', ['place', 'U.S.'], ['place', 'United States']],
  ['country alias', ['place', 'America'], ['place', 'the United States']],
  ['diacritics', ['place', 'Place Vendôme'], ['place', 'Place Vendome']],
  ['letters without a base letter', ['place', 'Łódź'], ['place', 'Lodz']],
  ['a title', ['person', 'President Karolos Papoulias'], ['person', 'Karolos Papoulias']],
  ['an initial', ['person', 'W. Mark Felt'], ['person', 'William Mark Felt']],
  ['a doubled letter', ['person', 'Hugh Heffner'], ['person', 'Hugh Hefner']],
  ['two letters swapped', ['person', 'Wladimir Klistchko'], ['person', 'Wladimir Klitschko']],
  ['a misspelt place taken for an organisation', ['organization', 'Thesseloniki'], ['place', 'Thessaloniki']],
  ['a misspelt surname as short form', ['organization', 'Qoinn'], ['person', 'Brady Quinn']],
  ['a two-letter familiar given name', ['person', 'Mo Cheeks'], ['person', 'Maurice Cheeks']],
  ['a pet form in -ie', ['person', 'Katie Jenkin'], ['person', 'Kathryn Jenkin']],
  ['given names sharing four letters', ['person', 'Alexis Grigoropoulos'], ['person', 'Alexandros Grigoropoulos']],
  ['a blended nickname', ['organization', 'LiLo'], ['person', 'Lindsay Lohan']],
  ['a name before the common noun it heads', ['organization', 'Internet Explorer'], ['organization', 'Internet Explorer Web browser']],
  ['a city taken for its team', ['organization', 'Indianapolis'], ['organization', 'Indianapolis Colts']],
  ['a blended nickname with a hyphen', ['person', 'A-Rod'], ['person', 'Alex Rodriguez']],
  ['a body without its "Department"', ['organization', 'Staunford Police'], ['organization', 'Staunford Police Department']],
];

for (const [what, a, b] of sameEntity) {
  test(`one entity across reports: ${what} (${a[1]} ~ ${b[1]})`, () => {
    const r = identifyEntities([report('a.txt', `First ${a[1]} here.`, [a]), report('b.txt', `Then ${b[1]} there.`, [b])]);
    assert.ok(crossId(r, 'a.txt', a[1]));
    assert.equal(crossId(r, 'a.txt', a[1]), crossId(r, 'b.txt', b[1]));
  });
}

const differentEntities: Array<[string, EntitySpec, EntitySpec]> = [
  ['same surname, other first name', ['person', 'Bill Clinton'], ['person', 'Hillary Clinton']],
  ['close first names', ['person', 'John Smith'], ['person', 'Joan Smith']],
  ['first names one letter apart, both given names', ['person', 'Mark Felt'], ['person', 'Mary Felt']],
  ['given names sharing three letters only', ['person', 'Daniel Ortiz'], ['person', 'Dana Ortiz']],
  ['a two-letter given name with another initial', ['person', 'Al Jenkin'], ['person', 'Maurice Jenkin']],
  ['a surname with a capital inside is no blend', ['person', 'DeLuca'], ['person', 'Debra Lucas']],
  ['two countries one letter apart', ['place', 'Iran'], ['place', 'Iraq']],
  ['a place and the demonym of it', ['place', 'Alaska'], ['organization', 'Alaskan']],
  ['similar countries', ['place', 'Austria'], ['place', 'Australia']],
  ['a person and a place', ['person', 'George Washington'], ['place', 'Washington']],
  ['an acronym of something else', ['organization', 'UN'], ['organization', 'United Airlines Network']],
  ['a foundation named after a person', ['person', 'Bill Clinton'], ['organization', 'Bill Clinton Foundation']],
  ['a one-word name before a common noun', ['organization', 'Paris'], ['organization', 'Paris jewelry store']],
  ['a city as a place and its team', ['place', 'Indianapolis'], ['organization', 'Indianapolis Colts']],
  ['a version after the name', ['organization', 'Internet Explorer'], ['organization', 'Internet Explorer 8']],
];

for (const [what, a, b] of differentEntities) {
  test(`kept apart: ${what} (${a[1]} / ${b[1]})`, () => {
    const r = identifyEntities([report('a.txt', `First ${a[1]} here.`, [a]), report('b.txt', `Then ${b[1]} there.`, [b])]);
    assert.notEqual(crossId(r, 'a.txt', a[1]), crossId(r, 'b.txt', b[1]));
  });
}

test('an ambiguous short form joins no one, unless its own report names one of them in full', () => {
  const a = report('a.txt', 'Wang Yi met Wang Kejian.', [['person', 'Wang Yi'], ['person', 'Wang Kejian']]);
  const b = report('b.txt', 'Wang spoke.', [['person', 'Wang']]);
  const r = identifyEntities([a, b]);
  assert.notEqual(crossId(r, 'b.txt', 'Wang'), crossId(r, 'a.txt', 'Wang Yi'));
  assert.notEqual(crossId(r, 'b.txt', 'Wang'), crossId(r, 'a.txt', 'Wang Kejian'));
  const c = report('c.txt', 'Wang Kejian arrived. Wang spoke.', [['person', 'Wang Kejian'], ['person', 'Wang']]);
  const r2 = identifyEntities([a, c]);
  assert.equal(crossId(r2, 'c.txt', 'Wang'), crossId(r2, 'a.txt', 'Wang Kejian'));
});

test('a short name a report gives its organisation is that organisation in the other reports ("Apple" / "Apple Computer" called "Apple"; a company renamed)', () => {
  const r = identifyEntities([
    report('a.txt', 'Apple Computer sold it. Apple said so.', [['organization', 'Apple Computer', 'Apple Computer', 'Apple']]),
    report('b.txt', 'Apple sold more.', [['organization', 'Apple']]),
    report('c.txt', 'Apple Inc. sold it. Apple said so.', [['organization', 'Apple Inc.', 'Apple Inc.', 'Apple']]),
    report('d.txt', 'The Air Force chose EADS. EADS said so.', [['organization', 'European Aeronautic Defence & Space Company', 'EADS', 'EADS']]),
    report('e.txt', 'EADS lost.', [['organization', 'EADS']]),
  ]);
  assert.equal(crossId(r, 'b.txt', 'Apple'), crossId(r, 'a.txt', 'Apple Computer'));
  assert.equal(crossId(r, 'c.txt', 'Apple Inc.'), crossId(r, 'a.txt', 'Apple Computer'));
  assert.equal(crossId(r, 'e.txt', 'EADS'), crossId(r, 'd.txt', 'European Aeronautic Defence & Space Company'));
});

test('a title a report gives its person ("President" for Obama) stays his, though another report names an office by it', () => {
  const a = report('a.txt', 'Obama spoke. The President left.', [['person', 'Obama', 'Obama', 'President']]);
  a.analysis.entities[0].mentions[1].form = 'description';
  const b = report('b.txt', 'Barack Obama and the President of the society met.', [['person', 'Barack Obama'], ['organization', 'President']]);
  const r = identifyEntities([a, b]);
  assert.equal(crossId(r, 'a.txt', 'Obama'), crossId(r, 'b.txt', 'Barack Obama'));
  assert.ok(!(r.recovered?.['a.txt'] ?? []).some((x) => x.text === 'President'));
});

test('a short name one report gives a person is no reason to merge another report\'s namesake', () => {
  const r = identifyEntities([
    report('a.txt', 'George W. Bush spoke. Bush left.', [['person', 'George W. Bush', 'George W. Bush', 'Bush']]),
    report('b.txt', 'Reggie Bush ran. Bush scored.', [['person', 'Reggie Bush', 'Reggie Bush', 'Bush']]),
  ]);
  assert.notEqual(crossId(r, 'a.txt', 'George W. Bush'), crossId(r, 'b.txt', 'Reggie Bush'));
});

test('a short form does not chain two people with one surname together', () => {
  const r = identifyEntities([
    report('a.txt', 'Bill Clinton spoke.', [['person', 'Bill Clinton']]),
    report('b.txt', 'Clinton spoke.', [['person', 'Clinton']]),
    report('c.txt', 'Hillary Clinton spoke.', [['person', 'Hillary Clinton']]),
  ]);
  assert.notEqual(crossId(r, 'a.txt', 'Bill Clinton'), crossId(r, 'c.txt', 'Hillary Clinton'));
});

test('short forms of one surname in two reports do not merge the two people each report names', () => {
  const r = identifyEntities([
    report('a.txt', 'Bill Clinton spoke. Clinton left.', [['person', 'Bill Clinton'], ['person', 'Clinton']]),
    report('b.txt', 'Hillary Clinton spoke. Clinton left.', [['person', 'Hillary Clinton'], ['person', 'Clinton']]),
  ]);
  assert.notEqual(crossId(r, 'a.txt', 'Bill Clinton'), crossId(r, 'b.txt', 'Hillary Clinton'));
});

test('middle names, initials and familiar first names: one person, and no name-variant', () => {
  const r = identifyEntities([
    report('a.txt', 'W. Mark Felt and Fred LaRue.', [['person', 'W. Mark Felt'], ['person', 'Fred LaRue']]),
    report('b.txt', 'Mark Felt and Frederick C. LaRue.', [['person', 'Mark Felt'], ['person', 'Frederick C. LaRue']]),
  ]);
  assert.equal(crossId(r, 'a.txt', 'W. Mark Felt'), crossId(r, 'b.txt', 'Mark Felt'));
  assert.equal(crossId(r, 'a.txt', 'Fred LaRue'), crossId(r, 'b.txt', 'Frederick C. LaRue'));
  assert.deepEqual(r.problems, {});
});

test('a headline run of capitals around a full name joins that person', () => {
  const r = identifyEntities([
    report('a.txt', 'Saints RB Pierre Thomas scores.', [['person', 'Saints RB Pierre Thomas']]),
    report('b.txt', 'Pierre Thomas ran.', [['person', 'Pierre Thomas']]),
    report('c.txt', 'Pierre Thomas ran again.', [['person', 'Pierre Thomas']]),
  ]);
  assert.equal(crossId(r, 'a.txt', 'Saints RB Pierre Thomas'), crossId(r, 'b.txt', 'Pierre Thomas'));
  assert.equal(r.entities.find((e) => e.kind === 'person')?.name, 'Pierre Thomas');
});

test('ids are the same in every report, stable under report order, and named after the fullest name', () => {
  const a = report('a.txt', 'Isma’il Haniya met the U.N. envoy.', [['person', 'Isma’il Haniya'], ['organization', 'U.N.']]);
  const b = report('b.txt', 'Ismail Haniyeh and the United Nations. Haniyeh left.', [['person', 'Ismail Haniyeh', 'Ismail Haniyeh', 'Haniyeh'], ['organization', 'United Nations']]);
  const r1 = identifyEntities([a, b]);
  const r2 = identifyEntities([b, a]);
  const ids = (r: ReturnType<typeof identifyEntities>) => r.entities.map((e) => e.id).sort();
  assert.deepEqual(ids(r1), ids(r2));
  assert.ok(ids(r1).includes('org:united-nations'));
  const person = r1.entities.find((e) => e.kind === 'person');
  assert.equal(person?.occurrences.length, 2);
  assert.deepEqual(r1, identifyEntities([a, b]));
});

test('a name another report gives the entity is found where the extractor missed it, and linked', () => {
  const a = report('a.txt', 'Director Gary Ross spoke. Ross left.', [['person', 'Gary Ross', 'Gary Ross', 'Ross']]);
  const b = report('b.txt', 'Ross arrived. Yesterday Gary Ross and Ross again. Ross.', []);
  const r = identifyEntities([a, b]);
  const id = crossId(r, 'a.txt', 'Gary Ross');
  // a short form only after the full name in the same report
  assert.deepEqual(r.recovered?.['b.txt']?.map((m) => [m.start, m.text, m.entity]), [[24, 'Gary Ross', id], [38, 'Ross', id], [50, 'Ross', id]]);
  assert.ok(r.links.some((l) => l.from.report === 'b.txt' && l.from.start === 24 && l.to.report === 'a.txt' && l.to.start === 9));
  assert.ok(r.links.some((l) => l.from.report === 'a.txt' && l.to.report === 'b.txt' && l.to.start === 24));
});

test('a one-word name opening a sentence is found only when the lexicon knows no such common word', () => {
  const a = report('a.txt', 'The Chargers and the Police met.', [['organization', 'Chargers'], ['organization', 'Police']]);
  const b = report('b.txt', 'Chargers defensive tackle Jamal Williams was held.\nPolice said so.', []);
  const r = identifyEntities([a, b]);
  assert.deepEqual(r.recovered?.['b.txt']?.map((m) => m.text), ['Chargers']);
});

test('a mention that is exactly another entity\'s full name, and no form of its own entity\'s, moves there', () => {
  const a = report('a.txt', 'Colts Beat Chiefs. The Colts won.', [['person', 'Colts Beat Chiefs', 'Colts Beat Chiefs', 'Colts']]);
  const b = report('b.txt', 'The Colts lost nothing.', [['organization', 'Colts']]);
  const r = identifyEntities([a, b]);
  const colts = crossId(r, 'b.txt', 'Colts');
  assert.deepEqual(r.recovered?.['a.txt']?.map((m) => [m.start, m.entity]), [[23, colts]]);
  assert.ok(r.links.some((l) => l.from.report === 'a.txt' && l.from.start === 23 && l.to.report === 'b.txt'));
  assert.ok(!r.links.some((l) => l.from.report === 'a.txt' && l.from.start === 0));
});

test('links go from each mention to the first mention in each other report', () => {
  const a = report('a.txt', 'Wang Kejian arrived. Wang spoke.', [['person', 'Wang Kejian', 'Wang Kejian', 'Wang']]);
  const b = report('b.txt', 'Later, Wang Kejian left.', [['person', 'Wang Kejian']]);
  const { links } = identifyEntities([a, b]);
  assert.equal(links.length, 3);
  const toB = links.filter((l) => l.to.report === 'b.txt');
  assert.deepEqual(toB.map((l) => [l.from.start, l.to.start]), [[0, 7], [21, 7]]);
  const toA = links.filter((l) => l.to.report === 'a.txt');
  assert.deepEqual(toA.map((l) => [l.from.start, l.to.start, l.to.end]), [[7, 0, 11]]);
  assert.ok(links.every((l) => l.kind === 'entity' && l.score === 1));
});

const variantCases: Array<[string, EntitySpec, EntitySpec, boolean]> = [
  ['transliteration', ['person', 'Isma’il Haniya'], ['person', 'Ismail Haniyeh'], true],
  ['a surname spelled two ways', ['person', 'Heidar Alishvandi'], ['person', 'Heidar Alishbandi'], true],
  ['a first name transliterated two ways', ['person', 'Gurbanguly Berdymukhamedov'], ['person', 'Kurbanguly Berdymukhamedov'], true],
  ['a mere short form', ['person', 'Haniyeh'], ['person', 'Ismail Haniyeh'], false],
  ['an abbreviation', ['place', 'U.S.'], ['place', 'United States'], false],
  ['dots only', ['organization', 'U.N.'], ['organization', 'UN'], false],
  ['a possessive', ['person', 'Wang Kejian’s'], ['person', 'Wang Kejian'], false],
  ['British and American spelling of a common word', ['organization', 'Promises Treatment Centre'], ['organization', 'Promises Treatment Center'], false],
  ['a plural', ['organization', 'Central Elections Commission'], ['organization', 'Central Election Commission'], false],
];

for (const [what, a, b, flagged] of variantCases) {
  test(`name-variant ${flagged ? 'for' : 'not for'} ${what} (${a[1]} / ${b[1]})`, () => {
    const r = identifyEntities([report('desk/a.txt', `First ${a[1]} here.`, [a]), report('desk/b.txt', `Then ${b[1]} there.`, [b])]);
    const pa = r.problems['desk/a.txt'] ?? [];
    const pb = r.problems['desk/b.txt'] ?? [];
    assert.equal(pa.length, flagged ? 1 : 0);
    assert.equal(pb.length, flagged ? 1 : 0);
    if (!flagged) return;
    assert.equal(pa[0].code, 'name-variant');
    assert.equal(pa[0].message, `Spelled '${b[1]}' in b.txt`);
    assert.equal(pa[0].start, 6);
    assert.deepEqual(pa[0].related.map((x) => [x.report, x.start, x.end]), [['desk/b.txt', 5, 5 + b[1].length]]);
  });
}

// Its cost is measured by `pnpm bench compare`, not here: tests never assert on timings.
test('a big event: 300 reports naming one entity each stay one entity', () => {
  const reports = Array.from({ length: 300 }, (_, i) => report(`r${i}.txt`, `Xi Jinping met Nguyen${i} Van in China.`,
    [['person', 'Xi Jinping'], ['person', `Nguyen${i} Van`], ['place', 'China']]));
  const r = identifyEntities(reports);
  assert.equal(r.entities.filter((e) => e.name === 'Xi Jinping').length, 1);
  assert.equal(r.entities.find((e) => e.name === 'China')?.occurrences.length, 300);
  assert.equal(r.entities.length, 302);
});

test('no entities, one report, odd names: no error, no links', () => {
  const none = identifyEntities([]);
  assert.deepEqual([none.entities, none.links, none.problems], [[], [], {}]);
  const r = identifyEntities([report('a.txt', 'Qatar 😀 — “Gaza”', [['place', 'Qatar'], ['place', '“Gaza”', 'Gaza']])]);
  assert.equal(r.links.length, 0);
  assert.equal(r.entities.length, 2);
});

test('seeds: Isma’il Haniya (000) is Ismail Haniyeh / Haniyeh (002), Wang Kejian is one person', () => {
  const dir = join(import.meta.dirname, '../../../seeds');
  const files = readdirSync(dir).filter((f) => /^00[02]_.*\.txt$/.test(f)).sort();
  const inputs = files.map((f) => ({ id: f, analysis: analyzeReport(readFileSync(join(dir, f), 'utf8')) }));
  const r = identifyEntities(inputs);
  const [a, b] = files;
  const entityAt = (report: string, needle: string) => {
    const text = inputs.find((x) => x.id === report)!.analysis.text;
    const at = text.indexOf(needle);
    return r.entities.find((e) => e.occurrences.some((o) => o.report === report &&
      inputs.find((x) => x.id === report)!.analysis.entities.find((le) => le.id === o.entityId)?.mentions.some((m) => m.start <= at && at < m.end)))?.id;
  };
  const haniya = entityAt(a, 'Isma’il Haniya');
  assert.ok(haniya);
  assert.equal(entityAt(b, 'Ismail Haniyeh'), haniya);
  assert.equal(entityAt(a, 'Wang Kejian'), entityAt(b, 'Wang Kejian'));
  const variants = r.problems[a] ?? [];
  assert.ok(variants.some((p) => p.code === 'name-variant' && p.message.includes('Ismail Haniyeh') && p.related[0].report === b));
  const text = inputs[1].analysis.text;
  const haniyeh = [...text.matchAll(/Haniyeh/g)].map((m) => m.index ?? 0);
  const linked = r.links.filter((l) => l.from.report === b && l.to.report === a).map((l) => l.from.start);
  assert.ok(haniyeh.some((at) => linked.includes(at) && text.slice(at - 7, at) !== 'Ismail '), 'a bare "Haniyeh" in 002 is linked to 000');
});
