// No silent failure: malformed analyses that make entity identity, one aligner or a report's
// grouping terms throw lose that part's output for that event (or report) only, and the
// comparison's onInternalError hook hears of each, with the part and the event or report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyzeReport, compareReports, compareReportsIncremental, internalErrorLine,
  type CompareErrorPlace, type Comparison, type CompareOptions, type ReportAnalysis, type ReportInput,
} from '@newslens/language-service';

// one event told twice: an entity, a quote, a figure, a date and claims each report shares, each a little differently
// (the datelines date the reports, not a happening: the bridge's opening is the date both share)
const A = 'GENEVA, March 5, 2024 — Wang Kejian, the Chinese envoy, said 40 people were killed on Sunday, March 3, when the bridge collapsed in Qatar. “We will rebuild every single home in the north,” Wang Kejian said on Monday. The ministry reportedly disagreed with the envoy about the bridge. The bridge was opened on May 12, 2019 by the king.';
const B = 'GENEVA, March 5, 2024 — Chinese envoy Wang Kejian said 45 people were killed on Saturday, March 2, when the bridge collapsed in Qatar. “We will rebuild every home in the north,” Wang said. The ministry disagreed with the envoy about the bridge, officials said. The bridge was opened on May 12, 2019 by the king.';
const a = analyzeReport(A);
const b = analyzeReport(B);
const EVENT = { event: 'event:a.txt', reports: ['a.txt', 'b.txt'] };

/** The comparison of a.txt (its analysis changed by `change`) and b.txt, and what the hook heard. */
function compareWith(change: (x: ReportAnalysis) => unknown): { c: Comparison; heard: CompareErrorPlace[] } {
  const heard: CompareErrorPlace[] = [];
  const options: CompareOptions = { onInternalError: (_e, where) => heard.push(where) };
  const c = compareReports([{ id: 'a.txt', analysis: change(a) as ReportAnalysis }, { id: 'b.txt', analysis: b }], options);
  return { c, heard };
}

/** The links of these kinds and the problems of these codes. */
function part(c: Comparison, kinds: readonly string[], codes: readonly string[]) {
  return {
    links: c.links.filter((l) => kinds.includes(l.kind)),
    problems: Object.values(c.problems).flat().filter((p) => codes.includes(p.code)),
  };
}

/** Each aligner, its output, and a malformed analysis that makes it (and nothing else) throw. */
const ALIGNERS = [
  { part: 'align-quotes', kind: 'quote', code: 'quote-mismatch', broken: 'quotes not a list', change: (x: ReportAnalysis) => ({ ...x, quotes: null }) },
  { part: 'align-figures', kind: 'figure', code: 'figure-mismatch', broken: 'figures not a list', change: (x: ReportAnalysis) => ({ ...x, figures: null }) },
  { part: 'align-dates', kind: 'date', code: 'date-mismatch', broken: 'dates without their text', change: (x: ReportAnalysis) => ({ ...x, dates: x.dates.map((d) => ({ ...d, text: null })) }) },
  { part: 'align-claims', kind: 'claim', code: 'uncorroborated-claim', broken: 'claims not a list', change: (x: ReportAnalysis) => ({ ...x, claims: null }) },
] as const;

test('the event of the fixtures has output from the identity and from every aligner, and no internal error', () => {
  const { c, heard } = compareWith((x) => x);
  assert.deepEqual(heard, []);
  assert.deepEqual(c.events, [{ id: 'event:a.txt', reports: ['a.txt', 'b.txt'] }]);
  assert.ok(c.links.some((l) => l.kind === 'entity'));
  for (const x of ALIGNERS.filter((x) => x.kind !== 'claim')) assert.ok(part(c, [x.kind], [x.code]).problems.length > 0, x.code);
  for (const kind of ['quote', 'date', 'claim']) assert.ok(c.links.some((l) => l.kind === kind), kind);
});

for (const broken of ALIGNERS) {
  test(`${broken.part} throwing (${broken.broken}) loses its output only, and is reported`, () => {
    const whole = compareWith((x) => x).c;
    const { c, heard } = compareWith(broken.change);
    assert.deepEqual(heard, [{ part: broken.part, ...EVENT }]);
    assert.deepEqual(part(c, [broken.kind], [broken.code]), { links: [], problems: [] });
    const others = ALIGNERS.filter((x) => x !== broken);
    const kinds = ['entity', ...others.map((x) => x.kind)];
    const codes = ['name-variant', ...others.map((x) => x.code)];
    assert.deepEqual(part(c, kinds, codes), part(whole, kinds, codes), 'the identity and the other aligners give what they give unbroken');
  });
}

test('identity throwing (a mention without its text) loses the entities only; the aligners go on', () => {
  const whole = compareWith((x) => x).c;
  const { c, heard } = compareWith((x) => ({ ...x, entities: x.entities.map((e, i) => (i === 0 ? { ...e, mentions: e.mentions.map((m) => ({ ...m, text: null })) } : e)) }));
  assert.deepEqual(heard, [{ part: 'identity', ...EVENT }]);
  assert.deepEqual([c.entities, part(c, ['entity'], ['name-variant'])], [[], { links: [], problems: [] }]);
  assert.deepEqual(part(c, ['quote'], ['quote-mismatch']), part(whole, ['quote'], ['quote-mismatch']));
  // figures, dates and claims are still aligned, without the entities that tell whose clause it is
  assert.ok(c.links.some((l) => l.kind === 'claim'));
});

test('grouping terms throwing (an analysis without text) are reported for that report; the other reports compare as before', () => {
  const heard: Array<[string, CompareErrorPlace]> = [];
  const reports: ReportInput[] = [{ id: 'a.txt', analysis: a }, { id: 'b.txt', analysis: b }, { id: 'x.txt', analysis: { ...a, text: undefined } as unknown as ReportAnalysis }];
  const c = compareReports(reports, { onInternalError: (e, where) => heard.push([(e as Error).name, where]) });
  assert.deepEqual(heard, [['TypeError', { part: 'grouping-terms', reports: ['x.txt'] }]]);
  assert.deepEqual(c.events, [{ id: 'event:a.txt', reports: ['a.txt', 'b.txt'] }, { id: 'event:x.txt', reports: ['x.txt'] }]);
  const whole = compareWith((x) => x).c;
  assert.deepEqual([c.links, c.problems], [whole.links, whole.problems]);
});

test('an internal error is not kept: the next incremental run and the persistence hooks meet it again', () => {
  const reports: ReportInput[] = [{ id: 'a.txt', analysis: ALIGNERS[2].change(a) as unknown as ReportAnalysis }, { id: 'b.txt', analysis: b }];
  const heard: string[] = [];
  const saved: string[] = [];
  const hooks = {
    onInternalError: (_e: unknown, where: CompareErrorPlace) => heard.push(where.part),
    saveEvent: () => saved.push('event'),
    saveGrouping: () => saved.push('grouping'),
  };
  const first = compareReportsIncremental(reports, undefined, hooks);
  assert.deepEqual([heard, saved, first.state.events.size], [['align-dates'], ['grouping'], 0]);
  const second = compareReportsIncremental(reports, first.state, hooks);
  assert.deepEqual([heard, second.aligned], [['align-dates', 'align-dates'], 1]);
  assert.deepEqual(second.comparison, first.comparison);
  const unreadable: ReportInput[] = [...reports, { id: 'x.txt', analysis: {} as ReportAnalysis }];
  const third = compareReportsIncremental(unreadable, second.state, hooks);
  compareReportsIncremental(unreadable, third.state, hooks);
  assert.deepEqual(heard.slice(2), ['grouping-terms', 'align-dates', 'grouping-terms', 'align-dates']);
  assert.deepEqual(saved, ['grouping'], 'neither a grouping without the terms of a report nor a failed event is saved');
});

test('internalErrorLine: the part, the report or the event, and the message on one line', () => {
  assert.equal(internalErrorLine(new TypeError('x is\nundefined'), { part: 'align-quotes', ...EVENT }),
    'internal error (align-quotes) in the event of a.txt, b.txt: TypeError: x is undefined');
  assert.equal(internalErrorLine('boom', { part: 'analysis', reports: ['r.txt'] }), 'internal error (analysis) in r.txt: boom');
  const many = Array.from({ length: 7 }, (_, i) => `${i}.txt`);
  assert.equal(internalErrorLine(new Error('e'), { part: 'identity', event: 'event:0.txt', reports: many }),
    'internal error (identity) in the event of 0.txt, 1.txt, 2.txt, 3.txt, 4.txt and 2 more: Error: e');
});
