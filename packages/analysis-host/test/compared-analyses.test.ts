// Analyses held once: the comparison worker holds, of a report whose analysis is in the disk cache,
// its head and key only, reads the rest back when it needs it, and gives exactly compareReports; an
// entry removed meanwhile makes the run ask for that analysis whole, never a wrong or partial result.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ComparisonThread, openDiskCache, type DiskCache } from '@newslens/analysis-host';
import { compareReports, type ReportInput } from '@newslens/language-service';
import { analysisOf, EVENT_TEXTS } from '../../../test/helpers/event-reports.ts';
import { CompareEngine } from '../src/compare-engine.ts';
import { ComparedAnalyses, headOf } from '../src/compared-analyses.ts';
import type { CompareReply } from '../src/compare-protocol.ts';

const reports = (texts: Record<string, string> = EVENT_TEXTS): ReportInput[] => Object.entries(texts).map(([id, text]) => ({ id, analysis: analysisOf(text) }));

/** Writes each report's analysis to the cache; returns each one's key. */
function cacheAll(cache: DiskCache, texts: Record<string, string>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [id, text] of Object.entries(texts)) {
    const key = cache.key(text, 'text');
    cache.set(key, analysisOf(text));
    keys.set(id, key);
  }
  return keys;
}

test('reports put by their cache key: the comparison is compareReports, and the worker holds their heads only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-held-'));
  try {
    const cache = openDiskCache(dir);
    const keys = cacheAll(cache, EVENT_TEXTS);
    const replies: CompareReply[] = [];
    const engine = new CompareEngine((r) => replies.push(r), { store: cache, latest: () => 1 });
    engine.handle({ kind: 'put', reports: reports().map((r) => ({ id: r.id, key: keys.get(r.id)!, head: headOf(r.analysis) })) });
    engine.handle({ kind: 'compare', run: 1 });
    assert.deepEqual(replies.filter((r) => r.kind !== 'event').map((r) => r.kind), ['done']);
    const held = engine.analysesHeld();
    assert.equal(held.whole, 0);
    assert.equal(held.cached, Object.keys(EVENT_TEXTS).length);
    assert.equal(held.loaded, 0, 'none kept read back once the run is over');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a head answers what every run reads without reading the entry; the rest is the entry\'s', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-held-'));
  try {
    const cache = openDiskCache(dir);
    const text = EVENT_TEXTS['quake-a1.txt'];
    const [key] = cacheAll(cache, { a: text }).values();
    const held = new ComparedAnalyses(cache);
    const whole = analysisOf(text);
    held.putCached('a', key, headOf(whole));
    const a = held.get('a')!;
    assert.equal(a.text, whole.text);
    assert.equal(a.metadata, undefined);
    assert.equal(held.counts().loaded, 0, 'the head alone was read');
    assert.deepEqual(a.entities, whole.entities);
    assert.deepEqual({ ...a }, whole);
    assert.equal(held.counts().loaded, 1);
    assert.deepEqual(held.takeMissing(), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cache entries removed while the worker holds their keys: the run asks for them whole, the next one is compareReports', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-held-'));
  const cache = openDiskCache(dir);
  const thread = new ComparisonThread({ store: cache });
  try {
    const keys = cacheAll(cache, EVENT_TEXTS);
    const rs = reports();
    for (const r of rs) thread.put(r.id, r.analysis, { key: keys.get(r.id)! });
    const first = await thread.compare();
    assert.ok(first);
    assert.deepEqual(first.comparison.toComparison(), compareReports(rs));

    // the cache cleaned while the server runs, then an edit whose event must be aligned again
    rmSync(join(dir, cache.version), { recursive: true, force: true });
    const edited = { ...EVENT_TEXTS, 'quake-a2.txt': EVENT_TEXTS['quake-a2.txt'].replace('two minutes', 'three minutes') };
    const rs2 = reports(edited);
    const byId = new Map(rs2.map((r) => [r.id, r.analysis]));
    thread.put('quake-a2.txt', byId.get('quake-a2.txt')!);
    const asked: string[] = [];
    const errors: unknown[] = [];
    const listener = {
      onMissing: (ids: readonly string[]) => {
        asked.push(...ids);
        for (const id of ids) thread.put(id, byId.get(id)!);
      },
      onInternalError: (e: unknown) => errors.push(e),
    };
    let done = await thread.compare(listener);
    for (let i = 0; !done && i < 3; i++) done = await thread.compare(listener);
    assert.ok(asked.includes('quake-a1.txt'), asked.join());
    assert.deepEqual(errors, [], 'an entry gone is no internal error');
    assert.ok(done);
    assert.deepEqual(done.comparison.toComparison(), compareReports(rs2));
  } finally {
    await thread.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
