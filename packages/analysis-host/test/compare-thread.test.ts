// The comparison in a worker thread: the same comparison as compareReports, each event told as it
// is done, an edit re-sends only what it changed, a stale run stops, and a comparison held at its
// first event (a gate the test opens) leaves this thread free.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ComparisonThread } from '@newslens/analysis-host';
import { compareReports, type ReportInput } from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';

const reports = (texts: Record<string, string> = EVENT_TEXTS): ReportInput[] => Object.entries(texts).map(([id, text]) => ({ id, analysis: analysisOf(text) }));

test('a run gives exactly compareReports, events told as they are done; after an edit only its event is sent again', async () => {
  const thread = new ComparisonThread({ store: null });
  try {
    assert.ok(thread.inWorker);
    const rs = reports();
    for (const r of rs) thread.put(r.id, r.analysis);
    const told: string[][] = [];
    const first = await thread.compare({ onEvent: (members) => told.push([...members]) });
    assert.ok(first);
    assert.deepEqual(first.comparison.toComparison(), compareReports(rs));
    assert.deepEqual(told.sort(), first.comparison.events.filter((e) => e.reports.length > 1).map((e) => e.reports).sort());
    assert.equal(first.stats.held, 0);

    const edited = { ...EVENT_TEXTS, 'quake-a2.txt': EVENT_TEXTS['quake-a2.txt'].replace('two minutes', 'three minutes') };
    const rs2 = reports(edited);
    thread.put('quake-a2.txt', rs2.find((r) => r.id === 'quake-a2.txt')!.analysis);
    const told2: string[][] = [];
    const second = await thread.compare({ onEvent: (members) => told2.push([...members]) });
    assert.ok(second);
    assert.deepEqual(second.comparison.toComparison(), compareReports(rs2));
    assert.equal(second.stats.aligned, 1, 'only the edited event aligned');
    // the edited event is told first, before the grouping of every report
    assert.equal(second.stats.provisional, 1);
    assert.deepEqual(told2[0], second.comparison.events.find((e) => e.reports.includes('quake-a2.txt'))!.reports);
    assert.equal(second.stats.held, first.stats.aligned - 1, 'the others held by this thread, not sent again');
    // the edit left every report in its event: the last whole grouping is kept, nothing regrouped
    assert.equal(second.stats.keptGrouping, true);
    assert.equal(second.stats.regrouped, false);
    // once edits pause, the server asks for a whole grouping: the same comparison, nothing aligned again
    const settled = await thread.compare({}, { whole: true });
    assert.ok(settled);
    assert.equal(settled.stats.keptGrouping, false);
    assert.equal(settled.stats.regrouped, true);
    assert.equal(settled.stats.aligned, 0);
    assert.deepEqual(settled.comparison.toComparison(), compareReports(rs2));

    thread.drop('quake-b2.txt');
    const third = await thread.compare();
    assert.deepEqual(third?.comparison.toComparison(), compareReports(rs2.filter((r) => r.id !== 'quake-b2.txt')));
  } finally {
    await thread.close();
  }
});

test('an edit that moves a report to another event: nothing told before the grouping, the result is compareReports', async () => {
  const thread = new ComparisonThread({ store: null });
  try {
    const rs = reports();
    for (const r of rs) thread.put(r.id, r.analysis);
    assert.ok(await thread.compare());
    const moved = { ...EVENT_TEXTS, 'quake-a2.txt': EVENT_TEXTS['quake-b2.txt'].replace('for seconds', 'for a few seconds') };
    const rs2 = reports(moved);
    thread.put('quake-a2.txt', rs2.find((r) => r.id === 'quake-a2.txt')!.analysis);
    const second = await thread.compare();
    assert.ok(second);
    assert.equal(second.stats.provisional, 0);
    assert.equal(second.stats.keptGrouping, false, 'grouped as a whole');
    assert.equal(second.stats.regrouped, true);
    assert.deepEqual(second.comparison.toComparison(), compareReports(rs2));
    assert.ok(second.comparison.events.some((e) => e.reports.includes('quake-a2.txt') && e.reports.includes('quake-b2.txt')), 'the fixture moves it');
  } finally {
    await thread.close();
  }
});

test('a comparison in progress leaves this thread free; a put makes it stale, the next run is complete', async () => {
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const workerUrl = new URL('./fixtures/slow-compare-worker.ts', import.meta.url);
  const thread = new ComparisonThread({ store: null, workerUrl, workerData: { gate: gate.buffer } });
  try {
    const rs = reports();
    for (const r of rs) thread.put(r.id, r.analysis);
    const running = thread.compare();
    // the worker waits at its first event: this thread goes on meanwhile
    let ticks = 0;
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r)).then(() => ticks++);
    assert.equal(ticks, 5);
    thread.put('seed-a.txt', rs.find((r) => r.id === 'seed-a.txt')!.analysis);
    const next = thread.compare();
    Atomics.store(gate, 0, 1);
    Atomics.notify(gate, 0);
    assert.equal(await running, null, 'the stale run stops');
    assert.deepEqual((await next)?.comparison.toComparison(), compareReports(rs));
  } finally {
    await thread.close();
  }
});
