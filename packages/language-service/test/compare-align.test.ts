import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignEvent } from '../src/compare/align/align-event.ts';
import { dateRole, datesAgree, dateSurface } from '../src/compare/align/align-dates.ts';
import { converted, notCounted } from '../src/compare/align/figure-units.ts';
import { figuresAgree } from '../src/figures/figure-intervals.ts';
import { matchQuoteWords, quoteWords } from '../src/compare/align/align-quotes.ts';
import { diffWindow } from '../src/text/excerpt.ts';
import { quoteChange } from '../src/compare/align/quote-change.ts';
import { applyConfig, cloneDefault } from '@newslens/language-service';
import { compareKey, wordsOf } from '../src/compare/align/words.ts';
import { clauseAround, namedMentions } from '../src/compare/align/clause-subjects.ts';
import { parseMarkers } from './helpers/markers.ts';
import type { Approx, Figure } from '../src/types.ts';
import { analysisOf, reportsOf } from './helpers/compare-fixtures.ts';

const words = (s: string) => wordsOf(s);
const fig = (value: number, approx: Approx = 'exact'): Figure => ({ start: 0, end: 1, text: '', value, approx, counts: 'x', countsSpan: null });
const codes = (out: ReturnType<typeof alignEvent>, id: string) => (out.problems[id] ?? []).map((p) => p.code);

test('quotes: identical, contained, reworded, and merely sharing a phrase', () => {
  const cases: Array<[string, string, 'same' | 'differs' | null]> = [
    ['exchanged views on the Gaza conflict and other issues,', 'exchanged views on the Gaza conflict and other issues', 'same'],
    ['close and historical relations', 'stressed the close and historical relations between the two peoples', 'same'],
    ['as a legitimate part of the Palestinian fabric.', 'the Hamas movement is part of the Palestinian national fabric and that', 'differs'],
    ['we will rebuild every single home', 'We will rebuild every home', 'differs'],
    ['we will not stop the war', 'we will stop the war', 'differs'],
    ['it’s a sad day for the city', "it's a sad day for the city", 'same'],
    ['return the displaced [Gazans] to their homes', 'return the displaced to their homes', 'same'],
    ['the Palestinian state', 'the establishment of the Palestinian state with Jerusalem', 'same'],
    ['deeply concerned', 'deeply concerned about the war', null],
    ['He tweeted it. I would like to thank my wife and my friends', 'Hosting the show! I would like to thank my wife and my friends', 'same'],
    ['the ceasefire must hold for all of the people of Gaza now', 'talks on the ceasefire will resume in Cairo next week', null],
  ];
  for (const [a, b, want] of cases) {
    const m = matchQuoteWords(words(a), words(b), a, b);
    assert.equal(m === null ? null : m.same ? 'same' : 'differs', want, `${a} | ${b}`);
  }
});

test('quotes: the reworded passage and the words that differ', () => {
  const a = 'as a legitimate part of the Palestinian fabric.';
  const b = 'the Hamas movement is part of the Palestinian national fabric and that';
  const m = matchQuoteWords(words(a), words(b))!;
  assert.equal(a.slice(m.a.start, m.a.end), 'legitimate part of the Palestinian fabric');
  assert.equal(b.slice(m.b.start, m.b.end), 'part of the Palestinian national fabric');
  assert.deepEqual([m.onlyA, m.onlyB], [['legitimate'], ['national']]);
  const c = 'the future of Germany within Europe is at stake';
  const d = 'the future of Germany in Europe is at stake';
  const n = matchQuoteWords(words(c), words(d), c, d)!;
  assert.deepEqual([n.onlyA, n.onlyB], [['within'], ['in']], 'a side with only function words shows them');
});

test('figures: agreement by kind of figure and value', () => {
  const cases: Array<[Figure, Figure, boolean]> = [
    [fig(31000, 'more-than'), fig(31000, 'more-than'), true],
    [fig(31000), fig(32000), false],
    [fig(1e6), fig(1e6), true],
    [fig(31000, 'more-than'), fig(32000), true],
    [fig(31000, 'more-than'), fig(30000), false],
    [fig(31000, 'more-than'), fig(41000, 'more-than'), false],
    [fig(31000, 'more-than'), fig(31000, 'at-least'), true],
    [fig(800, 'about'), fig(780), true],
    [fig(800, 'about'), fig(1200, 'more-than'), false],
    [fig(100, 'vague'), fig(500), true],
    [fig(100, 'vague'), fig(5000), false],
    [fig(50, 'up-to'), fig(40), true],
    [fig(50, 'up-to'), fig(60), false],
  ];
  for (const [a, b, want] of cases) {
    assert.equal(figuresAgree(a, b), want, `${a.approx} ${a.value} / ${b.approx} ${b.value}`);
    assert.equal(figuresAgree(b, a), want, 'symmetric');
  }
});

test('dates agree to the precision both give', () => {
  assert.equal(datesAgree('2024-03-19', '2024-03-19'), true);
  assert.equal(datesAgree('2024-03', '2024-03-19'), true);
  assert.equal(datesAgree('2024', '2023-12-31'), false);
  assert.equal(datesAgree('2024-03-19', '2024-03-18'), false);
});

const war = (id: string, fig: string, approx: Approx, value: number) => ({
  id, text: `The war has now seen ${fig} Palestinians killed in Gaza, the health ministry said. Some 1,200 Israelis died on Oct. 7.`,
  figures: [{ text: fig, value, approx, counts: 'Palestinians killed' }, { text: '1,200', value: 1200, counts: 'Israelis' }],
});

test('figures: the same count with another value is flagged in both reports; agreeing ones are linked', () => {
  let out = alignEvent(reportsOf(war('a', 'more than 31,000', 'more-than', 31000), war('b', 'over 31,000', 'more-than', 31000)));
  assert.deepEqual([codes(out, 'a'), codes(out, 'b')], [[], []]);
  assert.equal(out.links.filter((l) => l.kind === 'figure').length, 4, 'two figures, both directions');
  out = alignEvent(reportsOf(war('a', '31,000', 'exact', 31000), war('b', '32,000', 'exact', 32000)));
  assert.deepEqual([codes(out, 'a'), codes(out, 'b')], [['figure-mismatch'], ['figure-mismatch']]);
  const p = out.problems.a[0];
  assert.equal(p.message, 'Figure differs from b: "31,000" vs "32,000" (palestinians killed)');
  assert.deepEqual({ ...p.related[0], message: '' }, { report: 'b', start: 21, end: 27, message: '' });
});

test('figures: different things counted are not compared; "1 million" = "1,000,000"', () => {
  const a = { id: 'a', text: 'Over 1,200 Israelis were killed in the attack on Oct. 7, officials said.', figures: [{ text: '1,200', value: 1200, approx: 'more-than' as const, counts: 'Israelis' }] };
  const b = { id: 'b', text: 'Over 31,000 Palestinians were killed in the attack on Oct. 7, officials said.', figures: [{ text: '31,000', value: 31000, approx: 'more-than' as const, counts: 'Palestinians' }] };
  assert.deepEqual(alignEvent(reportsOf(a, b)).problems, {});
  const c = { id: 'c', text: 'More than 1 million people have fled to Rafah in the south.', figures: [{ text: '1 million', value: 1e6, approx: 'more-than' as const, counts: 'people' }] };
  const d = { id: 'd', text: 'More than 1,000,000 people fled to Rafah, in the south.', figures: [{ text: '1,000,000', value: 1e6, approx: 'more-than' as const, counts: 'people' }] };
  const out = alignEvent(reportsOf(c, d));
  assert.deepEqual(out.problems, {});
  assert.equal(out.links.filter((l) => l.kind === 'figure').length, 2);
});

test('dates: the same happening dated differently; two dates of one sentence are not confused', () => {
  const a = { id: 'a', text: 'Hamas released a statement on March 19 about the meeting in Qatar.', dates: [{ text: 'March 19', value: '2024-03-19' }] };
  const b = { id: 'b', text: 'On March 18, Hamas released a statement about the Qatar meeting.', dates: [{ text: 'March 18', value: '2024-03-18' }] };
  const out = alignEvent(reportsOf(a, b));
  assert.deepEqual([codes(out, 'a'), codes(out, 'b')], [['date-mismatch'], ['date-mismatch']]);
  assert.match(out.problems.a[0].message, /^Date differs from b: "March 19" \(2024-03-19\) vs "March 18" \(2024-03-18\)/);
  const c = { id: 'c', text: 'Wang toured Egypt, Israel and Qatar from March 10 to March 19, meeting officials.', dates: [{ text: 'March 10', value: '2024-03-10' }, { text: 'March 19', value: '2024-03-19' }] };
  const d = { id: 'd', text: 'Wang has toured Egypt, Israel and Qatar since March 10, meeting officials.', dates: [{ text: 'March 10', value: '2024-03-10' }] };
  const out2 = alignEvent(reportsOf(c, d));
  assert.deepEqual(out2.problems, {});
  assert.equal(out2.links.filter((l) => l.kind === 'date').length, 2);
});

test('claims: linked to the most similar statement; a claim nobody else carries is uncorroborated', () => {
  const a = { id: 'a', text: 'The army destroyed the hospital in Khan Younis. Talks resumed in Cairo.', claims: ['The army destroyed the hospital in Khan Younis.', 'Talks resumed in Cairo.'] };
  const b = { id: 'b', text: 'Witnesses said the hospital in Khan Younis was destroyed by the army. It rained.' };
  const out = alignEvent(reportsOf(a, b));
  const claimLinks = out.links.filter((l) => l.kind === 'claim');
  assert.equal(claimLinks.length, 2);
  assert.equal(b.text.slice(claimLinks.find((l) => l.from.report === 'a')!.to.start, claimLinks.find((l) => l.from.report === 'a')!.to.end), 'Witnesses said the hospital in Khan Younis was destroyed by the army.');
  assert.deepEqual(codes(out, 'a'), ['uncorroborated-claim']);
  assert.match(out.problems.a[0].message, /^No other report of this event carries this claim/);
});

test('offsets are UTF-16 indices through curly quotes, em dashes, emoji and CRLF', () => {
  const a = { id: 'a', text: '🙂 Intro — here.\r\nHe said “we will rebuild every single home in the north” on Monday.\r\n', quotes: ['we will rebuild every single home in the north'] };
  const b = { id: 'b', text: 'Text — 🙂🙂 “We will rebuild every home in the north,” he said.', quotes: ['We will rebuild every home in the north,'] };
  const out = alignEvent(reportsOf(a, b));
  const p = out.problems.a[0];
  assert.match(a.text.slice(p.start, p.end), /^we will rebuild every single home in the north$/);
  const r = p.related[0];
  assert.equal(b.text.slice(r.start, r.end), 'We will rebuild every home in the north');
  assert.match(p.message, /\(here "single", there nothing\)$/);
});

test('alignment of one report, or of reports with nothing, gives nothing and never throws', () => {
  const errors: unknown[] = [];
  const onError = (e: unknown) => errors.push(e);
  assert.deepEqual(alignEvent(reportsOf({ id: 'a', text: 'x' }), undefined, onError), { links: [], problems: {} });
  assert.deepEqual(alignEvent(reportsOf({ id: 'a', text: '' }, { id: 'b', text: '' }), undefined, onError), { links: [], problems: {} });
  assert.deepEqual(errors, [], 'no aligner threw');
});

test('long wordings are shown from a little before where they start to differ', () => {
  const head = 'We have said again and again to everyone who would listen that the bridge ';
  const [a, b] = diffWindow(`${head}was fragile and needed repairs`, `${head}was unsafe and needed repairs`, 60);
  assert.equal(a, '…listen that the bridge was fragile and needed repairs');
  assert.equal(b, '…listen that the bridge was unsafe and needed repairs');
  assert.deepEqual(diffWindow('short one', 'short two'), ['short one', 'short two']);
});

test('figures: a plain figure at the bound of another agrees ("$1 million" / "more than $1 million")', () => {
  assert.equal(figuresAgree(fig(1e6, 'more-than'), fig(1e6)), true);
  assert.equal(figuresAgree(fig(50, 'less-than'), fig(50)), true);
  assert.equal(figuresAgree(fig(1e6, 'more-than'), fig(2e6, 'up-to')), true);
  assert.equal(figuresAgree(fig(31000, 'more-than'), fig(31000, 'less-than')), false);
});

test('figures: groups of a phone number, a street block and ends of a range are no figures; a conversion is one apart', () => {
  // ECB+ t14, t10 and t16 (CC BY 3.0), short passages
  const cases: Array<[string, boolean]> = [
    ['shot to death outside an apartment in the [[12000 block]] of East 223rd Street.', true],
    ['an apartment complex in the [[12,500 block]] of East 223rd Street', true],
    ['police closed [[two blocks]] of the avenue', false],
    ['call police on [[0845]] 125 2222 or Crimestoppers', true],
    ['call police on 0845 [[125]] 2222 or Crimestoppers', true],
    ['call police on 0845 125 [[2222]] or Crimestoppers', true],
    ['the Orioles (seven years, [[$140]]- $150 million) and', true],
    ['an offer between [[$140 million]] and $150 million', true],
    ['an offer between $140 million and [[$150 million]] over', true],
    ['worked at the station about [[500 feet]] from the bank', false],
    ['Over [[2.5 million people]] were eligible to vote.', false],
    ['on Oregon 214 about [[500 feet]] away', false],
  ];
  for (const [marked, want] of cases) {
    const { text, spans } = parseMarkers(marked);
    assert.equal(notCounted(text, spans[0]), want, marked);
  }
  const conv = (marked: string, counts = '') => {
    const { text, spans } = parseMarkers(marked);
    return converted(text, { ...spans[0], value: 1, approx: 'exact', counts, countsSpan: null });
  };
  assert.equal(conv('Damage was estimated at $US1 million ([[$1.52 million]]), authorities said.'), true);
  assert.equal(conv('a 110 billion euro ([[93.6 billion pound]]) aid package', 'pound'), true);
  assert.equal(conv('adults 18-49 ([[14.1 rating]]/33 share)', 'rating'), false);
});

test('quotes: compared on their words, not on spelling, digits or an attribution they run across', () => {
  // ECB+ t18, t09, t29 (CC BY 3.0), short passages
  const same: Array<[string, string]> = [
    ['Police locked down the neighbourhood and negotiated with the suspect', 'Police locked down the neighborhood and negotiated with the suspect'],
    ['who gave himself up to police just after 6 p.m.', 'who gave himself up to police just after 6:00 p.m.'],
    ['By rolling back this 11th hour regulation we are ensuring', 'By rolling back this eleventh-hour regulation, we are ensuring'],
    ['a terrestrial fiber cut between Alexandria and the Suez', 'a terrestrial fibre cut between Alexandria and the Suez'],
  ];
  for (const [a, b] of same) {
    const m = matchQuoteWords(quoteWords(a, { start: 0, end: a.length }), quoteWords(b, { start: 0, end: b.length }), a, b);
    assert.equal(m?.same, true, `${a} / ${b}`);
  }
  const a = 'Quinn said. "You can\'t play the way I played today and win a football game';
  const b = 'he said. "You can\'t play the way I played today and win a football game';
  assert.equal(quoteWords(a, { start: 0, end: a.length })[0].norm, 'you');
  assert.equal(matchQuoteWords(quoteWords(a, { start: 0, end: a.length }), quoteWords(b, { start: 0, end: b.length }), a, b)?.same, true);
  const c = 'There’s a lot of anger here';
  const d = 'there’s a lot of crime in the neighborhood';
  assert.equal(matchQuoteWords(words(c), words(d), c, d), null, 'two short sayings sharing a phrase');
  assert.equal(compareKey('hour'), 'hour');
  assert.equal(compareKey('four'), '4');
  assert.equal(compareKey('detour'), 'detour');
  assert.equal(compareKey('there'), 'there');
  assert.equal(compareKey('realised'), 'realized');
});

test('dates: the role of a date (a saying, a day named as a thing, a page stamp) and its written form', () => {
  const role = (marked: string) => {
    const { text, spans } = parseMarkers(marked);
    return dateRole(text, spans[0]);
  };
  // ECB+ t18, t05, t21, t31 (CC BY 3.0), short passages
  assert.equal(role('has been charged with first-degree murder, police said [[Saturday]].'), 'saying');
  assert.equal(role('a naval officer said here [[Friday]].'), 'saying');
  assert.equal(role('Seacom announced on Twitter [[today]] that'), 'saying');
  assert.equal(role('a shooting at an office Christmas party in Vancouver [[Friday]].'), 'happening');
  assert.equal(role('Police said the fire on [[Friday]] was set'), 'happening');
  assert.equal(role('In [[Saturday]]\'s semifinals, Creighton will play'), 'named');
  assert.equal(role('Updated: [[May 24, 2005]], 3:23 PM ET'), null);
  assert.equal(role('Drunk Driver on [[September 14, 2013]] 11: 41am'), null);
  assert.equal(role('Newman, LLP. posted in Hit and Run Accidents on [[Friday, September 20, 2013]].'), null);
  assert.equal(role('The study, published [[Monday]] in Nature, found'), 'happening');
  assert.equal(role('The bomb went off on [[Friday]] at 5:30 p.m.'), 'happening');
  assert.equal(dateSurface('last month'), null);
  assert.equal(dateSurface('Tues.'), 'wd:tue');
  assert.equal(dateSurface('Wednesday afternoon'), 'wd:wed');
});

test('dates: a saying is not dated against the happening it tells', () => {
  // ECB+ t18 (CC BY 3.0)
  const a = { id: 'a', text: 'A former employee who opened fire at an office Christmas party and killed one man has been charged with first-degree murder, police said Saturday.', dates: [{ text: 'Saturday', value: '2008-12-20' }] };
  const b = { id: 'b', text: 'A man has been charged with first-degree murder after a shooting at an office Christmas party in Vancouver Friday.', dates: [{ text: 'Friday', value: '2008-12-19' }] };
  assert.deepEqual(alignEvent(reportsOf(a, b)).problems, {});
  const c = { ...b, id: 'c', text: b.text.replace('Vancouver Friday', 'Vancouver Thursday'), dates: [{ text: 'Thursday', value: '2008-12-18' }] };
  assert.deepEqual([codes(alignEvent(reportsOf(b, c)), 'b'), codes(alignEvent(reportsOf(b, c)), 'c')], [['date-mismatch'], ['date-mismatch']]);
});

test('figures: a thing both reports count many times over is told apart only by nearly all its words', () => {
  // after ECB+ t25_ecbplus (CC BY 3.0): two running backs' season lines, told with "he"
  const a = { id: 'a', text: 'He finished with 269 yards rushing and caught 29 passes for 201 yards. He had 150 yards in his last game.', figures: [{ text: '269 yards', value: 269, counts: 'yards' }, { text: '201 yards', value: 201, counts: 'yards' }, { text: '150 yards', value: 150, counts: 'yards' }] };
  const b = { id: 'b', text: 'He had 793 yards on 147 carries and caught 39 passes for 302 yards. He gained 716 yards as a rookie.', figures: [{ text: '793 yards', value: 793, counts: 'yards' }, { text: '302 yards', value: 302, counts: 'yards' }, { text: '716 yards', value: 716, counts: 'yards' }] };
  assert.deepEqual(alignEvent(reportsOf(a, b)).problems, {});
  const c = { ...a, id: 'c', text: a.text.replace('201 yards', '301 yards'), figures: [a.figures[0], { text: '301 yards', value: 301, counts: 'yards' }, a.figures[2]] };
  const out = alignEvent(reportsOf(a, c));
  assert.deepEqual([codes(out, 'a'), codes(out, 'c')], [['figure-mismatch'], ['figure-mismatch']], 'the same line with one yardage changed');
});

test('figures: the clause of a figure, and who it names (not the counted noun, not who says it)', () => {
  // ECB+ t12, t31, t29 (CC BY 3.0), short passages
  const clause = (marked: string) => {
    const { text, spans } = parseMarkers(marked);
    const c = clauseAround(text, { start: 0, end: text.length }, spans[0]);
    return text.slice(c.start, c.end);
  };
  assert.equal(clause('Six AK 47 rifles, 12 Magazines and [[about 300 rounds]] of ammunition were found.'), 'about 300 rounds of ammunition were found.');
  assert.equal(clause('Richard Carter scored [[14 points]] and Seth VanDeest scored 13 for the Bulldogs.'), 'Richard Carter scored 14 points');
  assert.equal(clause('Klitschko landed 28 of his [[68 punches]] thrown during the round, while Rahman connected'), 'Klitschko landed 28 of his 68 punches thrown during the round');
  assert.equal(clause('more than [[31,000]] Palestinians killed'), 'more than 31,000 Palestinians killed');
  const text = 'Peyton Hillis added 101 yards. Police Chief Ann Lee said 12 Magazines were found.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const analysis = {
    ...analysisOf({ id: 'a', text }),
    entities: [
      { id: 'per:peyton-hillis', kind: 'person' as const, name: 'Peyton Hillis', mentions: [{ ...at('Peyton Hillis'), form: 'full' as const }], descriptors: [] },
      { id: 'per:ann-lee', kind: 'person' as const, name: 'Ann Lee', mentions: [{ ...at('Ann Lee'), form: 'full' as const }], descriptors: [] },
      { id: 'org:magazines', kind: 'organization' as const, name: 'Magazines', mentions: [{ ...at('Magazines'), form: 'full' as const }], descriptors: [] },
    ],
    attributions: [
      { source: at('Peyton Hillis'), cue: at('added'), content: at('101 yards'), sourceKind: 'named' as const },
      { source: at('Police Chief Ann Lee'), cue: at('said'), content: at('12 Magazines were found'), sourceKind: 'named' as const },
    ],
    figures: [{ ...at('101 yards'), value: 101, approx: 'exact' as const, counts: 'yards', countsSpan: null }, { ...at('12 Magazines'), value: 12, approx: 'exact' as const, counts: 'magazines', countsSpan: null }],
  };
  // who says something is kept, marked (what a "who" clause or an apposition after it is about), never a subject
  assert.deepEqual(namedMentions('a', 0, analysis, undefined).map((m) => [text.slice(m.start, m.end), m.says ?? false]), [['Peyton Hillis', false], ['Ann Lee', true]]);
});

test('a quote difference is "form" when only fillers, censoring or respellings differ, else "wording"', () => {
  assert.equal(quoteChange(['momma'], ['mama']), 'form');
  assert.equal(quoteChange(['oh', 'momma'], ['mama']), 'form');
  assert.equal(quoteChange(['f'], ['fucking'], 'a f*** disaster', 'a fucking disaster'), 'form');
  assert.equal(quoteChange(['f', 'ing'], ['fucking'], 'a f***ing disaster', 'a fucking disaster'), 'form');
  assert.equal(quoteChange(['s', 't'], ['shit'], 'this s--t again', 'this shit again'), 'form');
  // a changed word, even one letter apart, and a masked word that hides another word
  assert.equal(quoteChange(['sing'], ['song']), 'wording');
  assert.equal(quoteChange(['legitimate'], ['national']), 'wording');
  assert.equal(quoteChange(['f'], ['disaster'], 'a f*** disaster', 'a big disaster'), 'wording');
  assert.equal(quoteChange(['reached'], []), 'wording');
});

test('a "form" quote-mismatch is reported one severity below the rule\'s setting; a changed word at it', () => {
  const problem = (quoteChange: 'form' | 'wording') => ({ start: 0, end: 4, code: 'quote-mismatch' as const, message: 'm', related: [], data: { quoteChange } });
  const config = cloneDefault();
  assert.deepEqual(applyConfig('text', [problem('form'), problem('wording')], config).map((d) => d.severity).sort(), ['information', 'warning']);
  config.rules['quote-mismatch'] = 'error';
  assert.deepEqual(applyConfig('text', [problem('form')], config).map((d) => d.severity), ['warning']);
  config.rules['quote-mismatch'] = 'hint';
  assert.deepEqual(applyConfig('text', [problem('form')], config).map((d) => d.severity), ['hint']);
});
