import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, type Entity, type EntityKind } from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.ts';

function mentionsOf(text: string, kind?: EntityKind): Array<{ text: string; kind: EntityKind; start: number; end: number }> {
  const r = analyzeReport(text);
  return r.entities
    .filter((e) => !kind || e.kind === kind)
    .flatMap((e) => e.mentions.map((m) => ({ text: m.text, kind: e.kind, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
}

function entity(text: string, name: string): Entity | undefined {
  return analyzeReport(text).entities.find((e) => e.name === name);
}

// Each case: the marked spans are exactly the mentions of the given kind.
const SPAN_CASES: Array<{ name: string; kind: EntityKind; marked: string }> = [
  { name: 'Hamas and Hezbollah are organisations', kind: 'organization', marked: 'Officials said [[Hamas]] and [[Hezbollah]] rejected the plan.' },
  { name: 'Hamas at the start of a sentence', kind: 'organization', marked: '[[Hamas]] released a statement on Tuesday.' },
  { name: 'a name with a curly apostrophe', kind: 'person', marked: 'A delegation led by [[Isma’il Haniya]] met officials.' },
  { name: 'West Bank is a place', kind: 'place', marked: 'Wang visited [[Egypt]], the [[West Bank]], and [[Israel]].' },
  { name: 'Al-Manar is not a person', kind: 'person', marked: 'Al-Manar TV reported the meeting.' },
  { name: 'a title glued to the name by its period', kind: 'person', marked: 'Alaska Gov.[[Sarah Palin]] spoke. Dr.Who? [[Sarah Palin]] left.' },
  { name: 'titles are not part of the name', kind: 'person', marked: 'Prime Minister [[Benjamin Netanyahu]] and Majority Leader [[Chuck Schumer]] spoke.' },
  { name: 'trailing commas stay out of spans', kind: 'person', marked: 'The envoy, [[Wang Kejian]], met [[Osama Hamdan]], a Hamas official.' },
  { name: 'a team named by a number the lexicon knows', kind: 'organization', marked: 'The [[Philadelphia 76ers]] fired their coach. The [[76ers]] lost in Boston 2-1 on Friday.' },
  { name: 'possessives are cut', kind: 'place', marked: '[[China]]’s position and [[Qatar]]\'s role were discussed.' },
  { name: 'curly quotes around a name', kind: 'person', marked: '“[[Wang Kejian]] said so,” the readout added.' },
  { name: 'emoji before a name keep UTF-16 offsets', kind: 'place', marked: '🇨🇳🎉 Talks in [[Qatar]] went on.' },
  { name: 'CRLF line ends', kind: 'place', marked: 'Talks in [[Qatar]] ended.\r\n\r\nThe envoy flew to [[Egypt]].\r\n' },
  { name: 'a headline in capitals', kind: 'place', marked: 'TALKS IN [[QATAR]] END\n\nThe talks in [[Qatar]] ended on Friday.' },
  { name: 'organisation suffixes and "X of Y"', kind: 'organization', marked: 'The [[Bank of England]] and [[Acme Widgets Inc]] met the [[Foreign Ministry]].' },
  { name: 'U.S. is a place', kind: 'place', marked: 'The [[U.S.]] and [[China]] disagreed.' },
  { name: '(U.S.) keeps its last period', kind: 'place', marked: 'Doug Flach ([[U.S.]]) won.' },
  { name: 'an unknown name after "in" is a place', kind: 'place', marked: 'Fighting went on in [[Zorbistan]] on Sunday.' },
  { name: 'an unknown name entered or invaded, or followed by ", where", is a place', kind: 'place', marked: 'He pledged to invade [[Zorbistan]], where many have fled, and to enter [[Quovaria]] too. [[Velmora]], where it rained, was quiet.' },
  { name: 'an unknown name after "at" is a place', kind: 'place', marked: 'Talks opened at [[Quovaria]] on Monday.' },
  { name: 'an unknown given name ending in "s" at a line start', kind: 'person', marked: 'Results:\n5. [[Virgilijus Alekna]] (Lithuania) 65.00' },
  { name: 'unknown names in a list with two known persons are persons', kind: 'person', marked: 'The team: [[Tom Smith]], [[Zorbeck]], [[Ann Lee]], [[Quovarin]].' },
  { name: 'a name before "chairman", "CEO" or "\'s shares" is a company', kind: 'organization', marked: '[[Zorbex]] CEO Tom Smith spoke. Later [[Quovar]]’s shares fell, and [[Zorbex]] said so.' },
  { name: 'an unknown multi-word name with a common word is a body, not a person', kind: 'organization', marked: 'Players of [[Red Star]] and the [[Air Force]] met.' },
  { name: 'a plural beside its nationality adjective names a people', kind: 'organization', marked: 'The Zorbs fought on. Zorbish rebels and [[Hamas]] said so.' },
  { name: 'name particles are no common words', kind: 'person', marked: 'The flanker [[Piet Van Dijk]] scored.' },
  { name: 'a verb written capitalised inside a sentence is a surname', kind: 'person', marked: 'The [[Dole]] campaign wrote to them.' },
  { name: 'a city used as a sports team is an organisation', kind: 'organization', marked: '[[Leeds]] beat [[Sheffield]] on Saturday.' },
  { name: 'a title-case headline', kind: 'person', marked: 'Chinese Envoy Meets With A Hamas Leader In Qatar\n\n[[Wang Kejian]] met Hamas.' },
  { name: 'a compass word before an organisation name is no place', kind: 'organization', marked: 'The [[Middle East Media Research Institute]] translated it.' },
  { name: 'a country joined by a hyphen to a name is two names', kind: 'organization', marked: 'The Israel-[[Hamas]] war went on.' },
  { name: '"X of Y" takes the kind of the word before "of"', kind: 'organization', marked: 'The [[Chicago Board of Trade]] and [[Acme Inc]] of Ohio.' },
  { name: 'a name that fills a whole quotation is a title of a work', kind: 'person', marked: 'He starred in “Viva Zapata” with [[Jean Peters]].' },
  { name: 'a group plural is no organisation and no part of a name', kind: 'organization', marked: 'Senate Republicans and Democrats met [[Hamas]]; the Shiites and Catholics of [[Acme Inc]] agreed.' },
  { name: 'a group plural after a name is no person', kind: 'person', marked: 'Senate Republicans met [[Chuck Schumer]].' },
  { name: 'a weak word written both as "X" and "Xs" names group members', kind: 'organization', marked: 'Zorb forces shelled the town.\n\nThe Zorbs said [[Hamas]] fired first.' },
  { name: 'unknown names in a list with a known place are places', kind: 'place', marked: 'He backed the claims of [[Quovaria]], [[Hong Kong]], [[Zorbistan]], and the island of [[Taiwan]].' },
  { name: 'a party-state tag is no organisation', kind: 'organization', marked: 'Sen. Chuck Schumer (D-NY) and Rep. Ann Lee (R-Texas) met [[Hamas]].' },
  { name: 'a table word after a first name is a surname', kind: 'person', marked: 'Pin-up icon [[Bettie Page]] died. Page 2 follows.' },
  { name: 'a city after "at" is the venue, not the team of its name', kind: 'place', marked: 'Boston 74 58\nChicago 70 62\n\nChicago at [[Boston]]\nBoston at [[Chicago]]' },
  { name: 'a headline in title case with lower-case function words', kind: 'person', marked: '[[Pierre Thomas]] Placed on Injured Reserve by New Orleans\n\nThe team placed [[Pierre Thomas]] on reserve.' },
  { name: 'a place whose name ends like a plural of members stays whole', kind: 'place', marked: 'He was placed on reserve by [[New Orleans]].' },
  { name: 'a capitalised plural after "the" names a team', kind: 'organization', marked: 'He scored against the [[Chiefs]] on Sunday.' },
  { name: 'a headline word the report names elsewhere is that name', kind: 'person', marked: 'Scientists Call on Agency to Overturn [[Bush]] Rules on Species\n\nThe rule [[George Bush]] made was reversed.' },
  { name: 'a headline word in -ed is no part of a name', kind: 'person', marked: 'Agency Flips [[Bush]] Endangered Species Ruling\n\nThe rule [[George Bush]] made was reversed.' },
  { name: 'a capitalised adjective before a given name is no part of it', kind: 'person', marked: 'He starred in The Notorious [[Bettie Page]] last year.' },
  { name: 'a short abbreviation before a given name is no part of it', kind: 'person', marked: 'The team placed RB [[Pierre Thomas]] on reserve, and Chiefs QB [[Brady Quinn]] threw.' },
  { name: 'a team before a role abbreviation keeps its own name', kind: 'organization', marked: 'He passed to rookie [[Colts]] WR Tom Lee.' },
  { name: 'a role abbreviation after a name is no part of it', kind: 'organization', marked: 'He hit the [[Chiefs]] QB hard; [[Sky TV]] showed it.' },
  { name: 'a lone generic organisation word is only the short form of a longer name', kind: 'organization', marked: 'Division one results. The [[European Commission]] met; the [[Commission]] agreed.' },
  { name: 'a headline of five capitalised words with no function word', kind: 'organization', marked: '[[Obama Administration]] Flips Bush Endangered Species Ruling\n\nThe rule was reversed.' },
  { name: 'a capitalised plural inside a sentence names a team', kind: 'organization', marked: 'The [[Colts]] won over hapless [[Chiefs]] on Sunday.' },
  { name: 'two-word places in a capitals headline', kind: 'place', marked: 'TALKS IN [[LOS ANGELES]] END\n\nThe talks in [[Los Angeles]] ended.' },
];

for (const c of SPAN_CASES) {
  test(`entity spans: ${c.name}`, () => {
    const { text, spans } = parseMarkers(c.marked);
    const got = mentionsOf(text, c.kind).map((m) => ({ start: m.start, end: m.end, text: m.text }));
    assert.deepEqual(got, spans.map((s) => ({ start: s.start, end: s.end, text: s.text })));
  });
}

test('a surname alone links to the earlier full name', () => {
  const text = 'Benjamin Netanyahu spoke on Monday. Later, Netanyahu left for Cairo.';
  const e = entity(text, 'Benjamin Netanyahu');
  assert.ok(e);
  assert.equal(e.kind, 'person');
  assert.deepEqual(e.mentions.map((m) => [m.text, m.form]), [['Benjamin Netanyahu', 'full'], ['Netanyahu', 'short']]);
});

test('a surname alone is the nearest full name before it', () => {
  const text = 'Mark Smith spoke on Monday. Smith left. Later his daughter Anna Smith came.';
  const e = entity(text, 'Mark Smith');
  assert.deepEqual(e?.mentions.map((m) => [m.text, m.form]), [['Mark Smith', 'full'], ['Smith', 'short']]);
});

test('an acronym joins the organisation whose initials it is', () => {
  const e = entity('The European Union met on Monday. The EU said the Israel Defense Forces (IDF) agreed.', 'European Union');
  assert.ok(e);
  assert.deepEqual(e.mentions.map((m) => [m.text, m.form]), [['European Union', 'full'], ['EU', 'alias']]);
  const idf = entity('The Israel Defense Forces (IDF) agreed. The IDF said so.', 'Israel Defense Forces');
  assert.deepEqual(idf?.mentions.map((m) => [m.text, m.form]), [['Israel Defense Forces', 'full'], ['IDF', 'alias'], ['IDF', 'alias']]);
});

test('a lone generic place word is the short form of the longer name that ends with it', () => {
  const e = entity('Troops left the Gaza Strip on Monday. Aid to [the Strip] resumed.', 'Gaza Strip');
  assert.ok(e);
  assert.equal(e.kind, 'place');
  assert.deepEqual(e.mentions.map((m) => [m.text, m.form]), [['Gaza Strip', 'full'], ['Strip', 'short']]);
});

test('the proper last word of an organisation name is its short form', () => {
  const e = entity('The Kansas City Chiefs lost. Later the Chiefs flew home.', 'Kansas City Chiefs');
  assert.ok(e);
  assert.equal(e.kind, 'organization');
  assert.deepEqual(e.mentions.map((m) => [m.text, m.form]), [['Kansas City Chiefs', 'full'], ['Chiefs', 'short']]);
});

test('a possessive mention has the possessive form and joins its entity', () => {
  const e = entity('China is urging a ceasefire. China’s position is firm.', 'China');
  assert.ok(e);
  assert.deepEqual(e.mentions.map((m) => [m.text, m.form]), [['China', 'full'], ['China', 'possessive']]);
});

test('descriptors: pre-modifier, apposition and title', () => {
  const text = 'Hamas met Chinese diplomat Wang Kejian, the former ambassador to Lebanon, in Qatar. ' +
    'Osama Hamdan, a Lebanon-based Hamas official, spoke. Prime Minister Benjamin Netanyahu did not.';
  const r = analyzeReport(text);
  const desc = (name: string): string[] => r.entities.find((e) => e.name === name)?.descriptors.map((d) => d.text) ?? [];
  assert.deepEqual(desc('Wang Kejian'), ['Chinese diplomat', 'the former ambassador to Lebanon']);
  assert.deepEqual(desc('Osama Hamdan'), ['a Lebanon-based Hamas official']);
  assert.deepEqual(desc('Benjamin Netanyahu'), ['Prime Minister']);
  for (const e of r.entities) for (const d of e.descriptors) assert.equal(r.text.slice(d.start, d.end), d.text);
});

test('the canonical name is the fullest form and the id is stable', () => {
  const text = 'Netanyahu spoke first. Then Benjamin Netanyahu left.';
  const a = analyzeReport(text).entities.find((e) => e.kind === 'person');
  const b = analyzeReport(text).entities.find((e) => e.kind === 'person');
  assert.equal(a?.name, 'Benjamin Netanyahu');
  assert.equal(a?.id, 'per:benjamin-netanyahu');
  assert.equal(a?.id, b?.id);
  assert.equal(a?.mentions.length, 2);
});

test('a name gets one kind across the report', () => {
  const text = 'Hezbollah fired rockets.\n\nIsrael struck Hezbollah positions. The Hezbollah statement followed.';
  const kinds = new Set(mentionsOf(text).filter((m) => m.text === 'Hezbollah').map((m) => m.kind));
  assert.deepEqual([...kinds], ['organization']);
});

test('nationality words and bare titles are not entities', () => {
  const names = mentionsOf('The Chinese delegation met the President and the Foreign Minister.').map((m) => m.text);
  assert.deepEqual(names, []);
});

test('mention offsets index the text after a BOM, with CRLF and emoji', () => {
  const r = analyzeReport('\uFEFF🎉 Wang Kejian met Hamas in Qatar.\r\nChina’s envoy left.\r\n');
  assert.ok(r.entities.length >= 3);
  for (const e of r.entities) for (const m of e.mentions) assert.equal(r.text.slice(m.start, m.end), m.text);
});

test('bad text never throws', () => {
  const errors: unknown[] = [];
  for (const t of ['’s', "'s Hamas", 'A. B. C.', '\u0000\uFFFD Mr.', 'U.S', '((((Qatar', '— — —', 'of of of The']) {
    assert.doesNotThrow(() => analyzeReport(t, { onInternalError: (e) => errors.push(e) }));
  }
  assert.deepEqual(errors, [], 'no extractor threw either');
});

test('an abbreviated rank before a name is a title, not part of it (the tokenizer drops its period)', () => {
  for (const [text, name] of [
    ['The house was searched, Sgt. Don Manumaleuna said.', 'Don Manumaleuna'],
    ['The shooter used a rifle, Troy police Lt. Gerry Scherlinck said.', 'Gerry Scherlinck'],
    ['Det. Dawn Retzlaff said investigators were happy.', 'Dawn Retzlaff'],
  ]) {
    const names = analyzeReport(text).entities.filter((e) => e.kind === 'person').map((e) => e.name);
    assert.ok(names.includes(name) && !names.some((n) => /^(Sgt|Lt|Det)\b/.test(n)), `${text}: ${names.join(', ')}`);
  }
});

test('a name before a lower-case local body or its people is their town, not a person', () => {
  const kinds = (t: string) => analyzeReport(t).entities.map((e) => `${e.kind}:${e.name}`);
  assert.ok(kinds('The shooter used a rifle, Troy police Lt. Gerry Scherlinck said.').includes('place:Troy'));
  assert.ok(kinds('Hawaiian Gardens residents were evacuated.').includes('place:Hawaiian Gardens'));
  assert.deepEqual(kinds('Troy Aikman said the team played well.'), ['person:Troy Aikman']);
});
