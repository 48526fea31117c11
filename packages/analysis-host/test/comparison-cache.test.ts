// The persisted comparison: the same comparison with and without it, a warm run compares nothing,
// an edit re-aligns only its event, and a corrupt, truncated or old-version entry is ignored and
// rebuilt, never trusted.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareWithCache, type ComparisonStore } from '@newslens/analysis-host';
import { compareReports, createComparer, type ReportInput } from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';

const TEXTS = EVENT_TEXTS;
const analysis = (text: string) => analysisOf(text, true); // a new object each run, as read from a cache
const reports = (texts = TEXTS): ReportInput[] => Object.entries(texts).map(([id, text]) => ({ id, analysis: analysis(text) }));

function withStore(fn: (store: ComparisonStore, dir: string) => void) {
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-comparison-'));
    try { fn({ dir, version: 'test-1' }, dir); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
}

function entries(dir: string, under: string): string[] {
  const root = join(dir, 'test-1', 'comparisons', under);
  try {
    return (readdirSync(root, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.json')).map((f) => join(root, f)).sort();
  } catch {
    return [];
  }
}

const expected = compareReports(reports());
const multi = expected.events.filter((e) => e.reports.length > 1).length;

test('the fixtures make several events of two reports', () => {
  assert.ok(multi >= 2, JSON.stringify(expected.events));
});

test('the same comparison with no cache, a cold cache and a warm one; a warm run compares nothing', withStore((store, dir) => {
  assert.deepEqual(compareWithCache(reports(), null).comparison, expected);
  const cold = compareWithCache(reports(), store, { writeNow: true });
  assert.deepEqual(cold.comparison, expected);
  assert.equal(cold.fromCache, false);
  assert.deepEqual([cold.stats.eventsAligned, cold.stats.written], [multi, multi + 1]);
  assert.deepEqual([entries(dir, 'groupings').length, entries(dir, 'events').length], [1, multi]);
  const warm = compareWithCache(reports(), store);
  assert.deepEqual(warm.comparison, expected);
  assert.equal(warm.fromCache, true);
  assert.deepEqual(warm.stats, { groupingFromCache: true, eventsFromCache: multi, eventsAligned: 0, rejected: 0, written: 0, writeErrors: 0 });
  // problems only: the events and problems, read from the first part of each entry
  const lean = compareWithCache(reports(), store, { problemsOnly: true });
  assert.deepEqual(lean.comparison, { ...expected, entities: [], links: [] });
  assert.equal(lean.fromCache, true);
}));

test('entries are written on persist() unless writeNow; an edit re-aligns only its event', withStore((store, dir) => {
  const cold = compareWithCache(reports(), store);
  assert.equal(entries(dir, 'events').length, 0);
  cold.persist();
  cold.persist();
  assert.equal(entries(dir, 'events').length, multi);
  assert.equal(cold.stats.written, multi + 1);
  const texts = { ...TEXTS, 'quake-b2.txt': TEXTS['quake-b2.txt'].replace('Ten people', '12 people') };
  const edited = compareWithCache(reports(texts), store, { writeNow: true });
  assert.deepEqual(edited.comparison, compareReports(reports(texts)));
  assert.equal(edited.fromCache, false);
  assert.equal(edited.stats.groupingFromCache, false);
  assert.deepEqual([edited.stats.eventsAligned, edited.stats.eventsFromCache], [1, multi - 1]);
}));

test('a corrupt, truncated, tampered or old-format entry is not trusted: computed again, rewritten', withStore((store, dir) => {
  compareWithCache(reports(), store, { writeNow: true });
  const [grouping] = entries(dir, 'groupings');
  const events = entries(dir, 'events');
  const original = readFileSync(events[0], 'utf8');
  const damage: Array<[string, (s: string) => string]> = [
    ['not JSON', () => '{not json'],
    ['truncated', (s) => s.slice(0, s.length - 10)],
    ['tampered', (s) => s.replace(/(\d)(\D*)$/, (_, d: string, rest: string) => `${(Number(d) + 1) % 10}${rest}`)],
    ['old format', (s) => s.replace('newslens-comparison 2', 'newslens-comparison 1')],
    ['another key', (s) => s.replace(/"key":"(.)/, (_, c: string) => `"key":"${c === 'a' ? 'b' : 'a'}`)],
  ];
  for (const [what, change] of damage) {
    writeFileSync(events[0], change(original));
    const run = compareWithCache(reports(), store, { writeNow: true });
    assert.deepEqual(run.comparison, expected, what);
    assert.equal(run.fromCache, false, what);
    assert.deepEqual([run.stats.eventsAligned, run.stats.rejected, run.stats.written], [1, 1, 1], what);
    assert.equal(readFileSync(events[0], 'utf8'), original, `${what}: rewritten`);
  }
  writeFileSync(grouping, readFileSync(grouping, 'utf8').replace('"events"', '"evenst"'));
  const regrouped = compareWithCache(reports(), store);
  assert.deepEqual(regrouped.comparison, expected);
  assert.deepEqual([regrouped.stats.groupingFromCache, regrouped.stats.rejected, regrouped.fromCache], [false, 1, false]);
  // another analyser version looks in another folder: nothing found, nothing trusted
  const other = compareWithCache(reports(), { dir, version: 'test-2' });
  assert.deepEqual([other.stats.eventsFromCache, other.stats.rejected], [0, 0]);
}));

test('a cache folder that cannot be written only costs time', withStore((_store, dir) => {
  const file = join(dir, 'file');
  writeFileSync(file, '');
  const run = compareWithCache(reports(), { dir: file, version: 'test-1' }, { writeNow: true });
  assert.deepEqual(run.comparison, expected);
  assert.equal(run.stats.writeErrors, multi + 1);
}));

test('the state of a run read from the cache makes the next edit incremental (the server keeps it)', withStore((store) => {
  compareWithCache(reports(), store, { writeNow: true });
  const warm = compareWithCache(reports(), store);
  assert.equal(warm.fromCache, true);
  const comparer = createComparer(undefined, warm.state);
  const texts = { ...TEXTS, 'quake-a1.txt': TEXTS['quake-a1.txt'].replace('6.1', '6.4') };
  assert.deepEqual(comparer.compare(reports(texts)), compareReports(reports(texts)));
  assert.equal(comparer.lastAligned, 1);
}));

test('work taken from a previous state in memory is written when the cache lacks it (a server after indexing)', withStore((store, dir) => {
  const first = compareWithCache(reports(), null);
  assert.equal(first.fromCache, false);
  const run = compareWithCache(reports(), store, { previous: first.state, writeNow: true });
  assert.deepEqual(run.comparison, expected);
  assert.deepEqual([run.fromCache, run.stats.eventsAligned, run.stats.written], [false, 0, multi + 1]);
  assert.deepEqual([entries(dir, 'groupings').length, entries(dir, 'events').length], [1, multi]);
  const again = compareWithCache(reports(), store, { previous: run.state, writeNow: true });
  assert.equal(again.stats.written, 0);
  assert.equal(compareWithCache(reports(), store).fromCache, true);
}));

test('an event whose aligner threw is reported, not written, and read from no cache: the next run reports it again', withStore((store, dir) => {
  const broken = (): ReportInput[] => reports().map((r) => (r.id === 'quake-a1.txt' ? { id: r.id, analysis: { ...r.analysis, quotes: null } as unknown as ReportInput['analysis'] } : r));
  const heard: string[] = [];
  const onInternalError = (_e: unknown, where: { part: string; event?: string }) => heard.push(`${where.part} ${where.event}`);
  const cold = compareWithCache(broken(), store, { writeNow: true, onInternalError });
  assert.deepEqual(cold.comparison, compareReports(broken()));
  assert.deepEqual(heard, ['align-quotes event:quake-a1.txt']);
  assert.deepEqual([cold.stats.eventsAligned, cold.stats.written, entries(dir, 'events').length], [multi, multi, multi - 1]);
  const warm = compareWithCache(broken(), store, { onInternalError });
  assert.deepEqual(warm.comparison, cold.comparison);
  assert.deepEqual([warm.fromCache, warm.stats.eventsFromCache, warm.stats.eventsAligned], [false, multi - 1, 1]);
  assert.equal(heard.length, 2);
}));
