import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeReport, compareReports, type ReportInput } from '@newslens/language-service';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
const A = 'seeds/000_a34a0c6796c537b7.txt';
const B = 'seeds/002_33abfcd25e3bfae5.txt';
const seeds: ReportInput[] = [A, B].map((id) => ({ id, analysis: analyzeReport(seed(id.slice(6))) }));

test('seeds: one event, the quote-mismatch in each report, sorted links in both directions', () => {
  const c = compareReports(seeds);
  assert.deepEqual(c.events.map((e) => [...e.reports].sort()), [[A, B]]);
  assert.deepEqual(c.problems[A].filter((p) => p.code === 'quote-mismatch').length, 1);
  assert.deepEqual(c.problems[B].filter((p) => p.code === 'quote-mismatch').length, 1);
  assert.ok(c.links.some((l) => l.kind === 'quote'));
  const key = (l: (typeof c.links)[number]) => [l.from.report, l.from.start, l.from.end, l.to.report, l.to.start, l.to.end, l.kind];
  for (let i = 1; i < c.links.length; i++) {
    const [p, q] = [key(c.links[i - 1]), key(c.links[i])];
    const cmp = p.findIndex((x, k) => x !== q[k]);
    assert.ok(cmp >= 0 && p[cmp] < q[cmp], `links sorted and distinct at ${i}`);
  }
  for (const l of c.links) assert.notEqual(l.from.report, l.to.report);
});

test('deterministic: the same comparison whatever the order of the input', () => {
  const one = compareReports(seeds);
  const two = compareReports([...seeds].reverse());
  assert.deepEqual(two.links, one.links);
  assert.deepEqual(two.problems, one.problems);
  assert.deepEqual(JSON.stringify(compareReports(seeds)), JSON.stringify(one));
});

test('a report alone has no links and no cross-report problems; empty input is fine', () => {
  const c = compareReports([seeds[0]]);
  assert.equal(c.events.length, 1);
  assert.deepEqual([c.links, c.problems], [[], {}]);
  assert.deepEqual(compareReports([]), { events: [], entities: [], links: [], problems: {} });
});

test('a report given twice under one id is compared once', () => {
  const c = compareReports([seeds[0], seeds[0], seeds[1]]);
  assert.deepEqual(c.problems[A].filter((p) => p.code === 'quote-mismatch').length, 1);
});

test('BOM, CRLF, emoji and curly quotes: problem and link offsets slice the analysed texts', () => {
  const make = (word: string) => `\uFEFF🙂 Bridge report 🙂\r\n\r\nMayor Ellen Park said on Monday: “We knew the old bridge was ${word} and we asked the state for help twice.”\r\nShe spoke in Riverton — near the river.\r\n`;
  const a = { id: 'a.txt', analysis: analyzeReport(make('fragile')) };
  const b = { id: 'b.txt', analysis: analyzeReport(make('unsafe')) };
  const c = compareReports([a, b]);
  const pa = (c.problems['a.txt'] ?? []).filter((p) => p.code === 'quote-mismatch');
  assert.equal(pa.length, 1);
  assert.match(a.analysis.text.slice(pa[0].start, pa[0].end), /fragile/);
  assert.match(b.analysis.text.slice(pa[0].related[0].start, pa[0].related[0].end), /unsafe/);
  const text = (id: string) => (id === 'a.txt' ? a : b).analysis.text;
  for (const l of c.links) {
    assert.ok(l.from.end <= text(l.from.report).length && l.to.end <= text(l.to.report).length);
    assert.ok(!/^[\uDC00-\uDFFF]/.test(text(l.from.report).slice(l.from.start)), 'no link starts inside a surrogate pair');
  }
});

test('never throws on reports with nothing in them or broken spans', () => {
  const empty = analyzeReport('');
  const broken = { ...analyzeReport('He said "we will stay here until the end of the war" today.'), sentences: [{ start: 50, end: 10 }] };
  const errors: unknown[] = [];
  assert.doesNotThrow(() => compareReports([{ id: 'e', analysis: empty }, { id: 'b', analysis: broken }, { id: 'c', analysis: broken }], { onInternalError: (e) => errors.push(e) }));
  assert.deepEqual(errors, [], 'and nothing inside it threw');
});

test('seeds: a claim is linked to the statement carrying it in the other report, both ways', () => {
  const c = compareReports(seeds);
  const text = (id: string) => (id === A ? seeds[0] : seeds[1]).analysis.text;
  const claimLinks = c.links.filter((l) => l.kind === 'claim');
  const views = claimLinks.find((l) => l.from.report === A && text(A).slice(l.from.start, l.from.end).includes('exchanged views'));
  assert.ok(views, 'the "exchanged views" claim is linked');
  assert.match(text(B).slice(views.to.start, views.to.end), /foreign ministry readout .*exchanged views/);
  assert.ok(claimLinks.some((l) => l.from.report === B && l.from.start === views.to.start && l.to.start === views.from.start), 'and back');
});
