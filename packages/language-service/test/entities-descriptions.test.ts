import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import { parseMarkers } from './helpers/markers.ts';

/** Each description mention (form `description`) with the name of the person it was given to. */
function descriptions(text: string): Array<{ start: number; end: number; text: string; person: string }> {
  return analyzeReport(text)
    .entities.flatMap((e) => e.mentions.filter((m) => (m.form as string) === 'description').map((m) => ({ start: m.start, end: m.end, text: m.text, person: e.name })))
    .sort((a, b) => a.start - b.start);
}

// Each case: the marked spans are exactly the descriptions, given in order to the persons listed.
const CASES: Array<{ name: string; marked: string; persons: string[] }> = [
  {
    name: 'two descriptions in one headline are two people, each the next one named',
    marked: '[[Woman]] Killed In Queens Hit-And-Run, [[Driver]] Charged\nPolice named Raj Chohan as the victim and Vishwanand Subryan as the driver.',
    persons: ['Raj Chohan', 'Vishwanand Subryan'],
  },
  {
    name: 'roles joined by "and" or a comma are one person\'s, the sexes permitting; a mother and her son stay two',
    marked: 'Edna Vollmer: [[Swimmer]] And [[Actress]] Dies Aged 91\nEdna Vollmer died on Thursday.\n\n' +
      '[[Mother]] And [[Son]] Killed In Fire\nMary Olsen, 34, and her son Peter Olsen, 9, died.',
    persons: ['Edna Vollmer', 'Edna Vollmer', 'Mary Olsen', 'Peter Olsen'],
  },
  {
    name: 'a headline in capitals, an em dash and a curly apostrophe',
    marked: '[[MAN]] CHARGED OVER FIRE\nPolice say John Jenkin — who denies it — was held in the town’s station.',
    persons: ['John Jenkin'],
  },
  {
    name: 'a sentence-initial person noun before the named person',
    marked: 'Ruth Kaye was arrested on Monday.\n[[Lifer]] escapes during transfer to hospital.',
    persons: ['Ruth Kaye'],
  },
  {
    name: 'after a possessive it is someone else; before a colon it sets a speaker',
    marked: 'Lindsay Lohan’s Lawyer Speaks Out\nLawyer: Lindsay Lohan checks into rehab.',
    persons: [],
  },
  {
    name: 'a title or a name after the noun: no description',
    marked: 'Surgeon General Nominee Named\nBoss Gaetano Lo Presti was arrested.',
    persons: [],
  },
  {
    name: 'a place before a person noun, the place staying a mention of its own (ECB+ 33_7, CC BY 3.0)',
    marked: 'Last moments of [[Brooklyn mother]] of 12 killed in crossfire caught on tape\nZurana Horton, 34, was killed on Oct. 21, 2011.',
    persons: ['Zurana Horton'],
  },
  {
    name: 'a person named after the description\'s verb in its clause is one it acts on, not it (ECB+ 16_2, CC BY 3.0)',
    marked: 'Hawaiian Gardens [[Gangmember]] Convicted Of Murdering Lakewood Stn. Sheriff\'s Deputy Jerry Ortiz\n' +
      'Jose Luis Orozco, 24, was convicted on Tuesday of killing Jerry Ortiz.',
    persons: ['Jose Luis Orozco'],
  },
  {
    name: 'in apposition to the name just before it, a listed person noun that is no name (ECB+ 26_3, CC BY 3.0)',
    marked: 'Mob boss Vincent Gigante, the powerful [[Mafioso]] who avoided jail for decades, died.\nHis lawyer Al Quintero spoke.',
    persons: ['Vincent Gigante'],
  },
  {
    name: 'nobody named near it: dropped',
    marked: 'Woman hurt in crash on the motorway.\nThe road was closed for hours.',
    persons: [],
  },
];

/** The marked spans are exactly the description mentions, given in order to `persons`. */
function check(c: { marked: string; persons: string[] }): void {
  const { text, spans } = parseMarkers(c.marked);
  const got = descriptions(text);
  assert.deepEqual(got.map((d) => [d.start, d.end, d.text]), spans.map((s) => [s.start, s.end, s.text]));
  assert.deepEqual(got.map((d) => d.person), c.persons);
}

for (const c of CASES) test(`descriptions: ${c.name}`, () => check(c));

test('descriptions: a female noun skips a male given name for the next person', () => {
  const got = descriptions('Mother of 12 shot dead\nAndrew Lopez, 20, fired the shots that killed Zurana Horton, 34.');
  assert.deepEqual(got.map((d) => [d.text, d.person]), [['Mother', 'Zurana Horton']]);
});

test('descriptions: a word shaped like a person noun that the report uses as a surname stays the short form', () => {
  const r = analyzeReport('Chief executive Stephen Frater spoke on Friday.\nFrater declined to give a forecast.');
  const e = r.entities.find((x) => x.name === 'Stephen Frater');
  assert.deepEqual(e?.mentions.map((m) => [m.text, m.form]), [['Stephen Frater', 'full'], ['Frater', 'short']]);
});

test('descriptions: the place before the person noun keeps its own entity', () => {
  const r = analyzeReport('Last moments of Brooklyn mother of 12 killed in crossfire caught on tape\nZurana Horton, 34, was killed.');
  assert.deepEqual(r.entities.find((e) => e.name === 'Brooklyn')?.mentions.map((m) => [m.text, m.form]), [['Brooklyn', 'full']]);
});

test('descriptions are no names: the entity keeps its full name, other extractors do not see them', () => {
  const r = analyzeReport('Woman Killed In Crash\nRaj Chohan, 78, died on Friday.');
  const e = r.entities.find((x) => x.name === 'Raj Chohan');
  assert.ok(e);
  assert.deepEqual(e.mentions.map((m) => m.form as string), ['description', 'full']);
});

// A title-case headline: its words are read by the lexicon, compromise's tags there being random
// ("Host" a verb), and a person noun right before the person's name is that person (the line gives no
// title label). Invented headlines.
const HEADLINE_CASES: Array<{ name: string; marked: string; persons: string[] }> = [
  {
    name: 'a role after "as" that compromise tags a verb',
    marked: 'Dana Whitfield Named As Gala [[Host]] For 2015 Awards\n\nDana Whitfield will host the gala in March.',
    persons: ['Dana Whitfield'],
  },
  {
    name: 'a role right before the person\'s name',
    marked: 'Legendary Screen [[Star]] Edna Vollmer Dies At 91\n\nEdna Vollmer died on Thursday in her home.',
    persons: ['Edna Vollmer'],
  },
  {
    name: 'the headline\'s description and the lead\'s, on two lines, are one person\'s; a verb inside a hyphenated compound is no clause',
    marked: 'Screen [[Star]] Edna Vollmer Dies At 91\n[[Championship swimmer]]-turned-legendary Hollywood actress Edna Vollmer has died, her publicist said in Beverly Hills.',
    persons: ['Edna Vollmer', 'Edna Vollmer'],
  },
  {
    name: 'a definite description refers back to the person named before it, not to the one named next',
    marked: 'Actress Edna Vollmer has died at 91.\nThe [[California native]], who once held a swimming record, was a pin-up in the 1940s. Publicist Harlan Boll confirmed her death.',
    persons: ['Edna Vollmer'],
  },
  {
    name: 'a role word modifying a noun is no person',
    marked: 'Host City Chosen For 2030 Games\n\nMayor Anne Hidalgo said the city was ready.',
    persons: [],
  },
];

for (const c of HEADLINE_CASES) test(`headlines: ${c.name}`, () => check(c));

// A title alone stands for the person the report gives it, the nearest one before it.
const TITLE_CASES: Array<{ name: string; marked: string; persons: string[] }> = [
  {
    name: 'a title alone after the titled name',
    marked: 'President Barack Obama named Regina Benjamin. The [[President]] said she was ready.',
    persons: ['Barack Obama'],
  },
  {
    name: 'a title in a headline, before the titled name',
    marked: 'Sixers Hire Maurice Cheeks as Head [[Coach]]\nFormer Portland Coach Maurice Cheeks was hired — “[[Coach]] is home,” a fan said.',
    persons: ['Maurice Cheeks', 'Maurice Cheeks'],
  },
  {
    name: 'a title no one in the report holds',
    marked: 'Regina Benjamin spoke. The Governor was not there.',
    persons: [],
  },
];

for (const c of TITLE_CASES) test(`titles: ${c.name}`, () => check(c));

test('"ACCUSED" ending a headline in capitals stands for the person named next', () => {
  const text = 'TRIAL DATE SET FOR LAKESIDE DOUBLE MURDER ACCUSED\n\nA trial date has been set for Tom Harkin, 23, who is charged with two murders.';
  const e = analyzeReport(text).entities.find((x) => x.name === 'Tom Harkin');
  assert.deepEqual(e?.mentions.map((m) => [m.text, m.form as string]), [['ACCUSED', 'description'], ['Tom Harkin', 'full']]);
});
