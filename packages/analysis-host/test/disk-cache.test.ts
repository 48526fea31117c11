// The persisted analysis cache: same results with and without it, and an entry that is corrupt,
// tampered with or of another analyser version is ignored and rewritten, never trusted.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeMany, CACHE_MARKER, decodeEntry, defaultCacheDir, encodeEntry, openDiskCache, type ReportJob } from '@newslens/analysis-host';
import { analyzeReport } from '@newslens/language-service';

const JOBS: ReportJob[] = [
  { text: '\uFEFFGENEVA — Ministers met on Tuesday, officials said.\r\n\r\n“We talked,” said Wang Kejian. 40 people came 🙂.', format: 'text' },
  { text: '# Talks\n\nThe ministry said 12 countries attended on March 5, 2024.', format: 'markdown' },
];

function withDir(fn: (dir: string) => void | Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-cache-'));
    try { await fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
}

/** The cache's entry files (not the marker cache-hygiene.ts keeps in each version folder). */
function entryFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name !== CACHE_MARKER) out.push(join(d, e.name));
    }
  };
  walk(dir);
  return out.sort();
}

const expected = JOBS.map((j) => analyzeReport(j.text, { format: j.format }));

test('the same analyses with no cache, a cold cache and a warm cache', withDir(async (dir) => {
  const none = await analyzeMany(JOBS, { workers: 0 });
  assert.deepEqual(none.analyses, expected);
  const cold = openDiskCache(dir);
  const first = await analyzeMany(JOBS, { cache: cold, workers: 0 });
  assert.deepEqual(first.analyses, expected);
  assert.deepEqual([first.fromCache, cold.stats.written], [0, 2]);
  const warm = openDiskCache(dir);
  const second = await analyzeMany(JOBS, { cache: warm, workers: 0 });
  assert.deepEqual(second.analyses, expected);
  assert.deepEqual([second.fromCache, warm.stats.hits, warm.stats.written], [2, 2, 0]);
  // read(): the analysis with the JSON text it was parsed from (what a server sends its comparison worker)
  const key = warm.key(JOBS[0].text, JOBS[0].format);
  const entry = warm.read(key);
  assert.ok(entry);
  assert.deepEqual(entry.analysis, expected[0]);
  assert.equal(entry.json, JSON.stringify(expected[0]));
  assert.equal(warm.read('0'.repeat(64)), undefined, 'a miss');
}));

test('worker threads give the same analyses and write the cache entries', withDir(async (dir) => {
  const cache = openDiskCache(dir);
  const r = await analyzeMany(JOBS, { cache, workers: 1 });
  assert.equal(r.workers, 1);
  assert.deepEqual(r.analyses, expected);
  assert.equal(entryFiles(dir).length, 2);
  const warm = await analyzeMany(JOBS, { cache: openDiskCache(dir), workers: 1 });
  assert.deepEqual([warm.fromCache, warm.workers], [2, 0]);
  assert.deepEqual(warm.analyses, expected);
}));

test('a corrupt, truncated or tampered entry is ignored and rewritten', withDir(async (dir) => {
  await analyzeMany(JOBS, { cache: openDiskCache(dir), workers: 0 });
  const [a, b] = entryFiles(dir);
  const good = readFileSync(a, 'utf8');
  writeFileSync(a, '\u0000\u0001 not json');
  writeFileSync(b, readFileSync(b, 'utf8').replace(/"text":"/, '"text":"X'));
  const cache = openDiskCache(dir);
  const r = await analyzeMany(JOBS, { cache, workers: 0 });
  assert.deepEqual(r.analyses, expected);
  assert.deepEqual([cache.stats.rejected, cache.stats.hits, cache.stats.written], [2, 0, 2]);
  assert.equal(readFileSync(a, 'utf8'), good);
  writeFileSync(a, good.slice(0, good.length - 10));
  const again = openDiskCache(dir);
  await analyzeMany(JOBS, { cache: again, workers: 0 });
  assert.deepEqual([again.stats.rejected, again.stats.hits], [1, 1]);
}));

test('an entry of another analyser version is never trusted', withDir(async (dir) => {
  const analysis = expected[0];
  const entry = encodeEntry('k', 'v-1', analysis);
  assert.deepEqual(decodeEntry(entry, 'k', 'v-1'), analysis);
  assert.equal(decodeEntry(entry, 'k', 'v-2'), undefined, 'another version');
  assert.equal(decodeEntry(entry, 'other', 'v-1'), undefined, 'another key');
  assert.equal(decodeEntry(encodeEntry('k', 'v-1', { ...analysis, analyzerVersion: '0.0.1' }), 'k', 'v-1'), undefined, 'an old analysis');
  assert.equal(decodeEntry('', 'k', 'v-1'), undefined);
  // an old analyser's entry under the current file name
  await analyzeMany(JOBS, { cache: openDiskCache(dir), workers: 0 });
  const [a] = entryFiles(dir);
  const key = a.slice(a.lastIndexOf('/') + 1, -'.json'.length);
  writeFileSync(a, encodeEntry(key, '0.0.1-0000000000000000', { ...analysis, analyzerVersion: '0.0.1' }));
  const cache = openDiskCache(dir);
  const r = await analyzeMany(JOBS, { cache, workers: 0 });
  assert.deepEqual(r.analyses, expected);
  assert.deepEqual([cache.stats.rejected, cache.stats.hits], [1, 1]);
}));

test('the default folder follows XDG_CACHE_HOME, else the platform\'s user cache folder', () => {
  assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x' }, 'linux'), join('/x', 'newslens'));
  assert.equal(defaultCacheDir({ HOME: '/home/u' }, 'linux'), join('/home/u', '.cache', 'newslens'));
  assert.equal(defaultCacheDir({ HOME: '/Users/u' }, 'darwin'), join('/Users/u', 'Library', 'Caches', 'newslens'));
});
