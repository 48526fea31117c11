// Cache hygiene: only folders this cache created (a marker, or a pre-marker version folder holding
// nothing but the cache's layout) are ever removed; the ones in use never; idle ones after a week;
// the least recently used beyond the size cap; and pruning at start runs at most once a day.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CACHE_HYGIENE, CACHE_MARKER, markCacheFolder, openDiskCache, pruneCache, pruneCacheIfDue } from '@newslens/analysis-host';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 11, 6, 12);

function withDir(fn: (dir: string) => Promise<void>) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-hygiene-'));
    try { await fn(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
  };
}

/** A version folder with `bytes` bytes of entries, marked as last used `daysAgo` days before NOW (unmarked: null). */
function folder(dir: string, name: string, daysAgo: number | null, bytes = 100): string {
  const path = join(dir, name);
  mkdirSync(join(path, 'ab'), { recursive: true });
  writeFileSync(join(path, 'ab', 'entry.json'), 'x'.repeat(bytes));
  if (daysAgo !== null) markCacheFolder(path, new Date(NOW - daysAgo * DAY));
  return path;
}

function age(path: string, daysAgo: number): void {
  const t = new Date(NOW - daysAgo * DAY);
  utimesSync(path, t, t);
}

test('a marked folder idle for more than a week goes; a recent one and the one in use stay', withDir(async (dir) => {
  folder(dir, '0.1.0-aaaaaaaaaaaaaaaa', 8);
  folder(dir, '0.1.0-bbbbbbbbbbbbbbbb', 2);
  folder(dir, '0.1.0-cccccccccccccccc', 30);
  const r = await pruneCache(dir, { keep: ['0.1.0-cccccccccccccccc'], now: NOW });
  assert.deepEqual(r.removed.map((f) => f.name), ['0.1.0-aaaaaaaaaaaaaaaa']);
  assert.deepEqual(r.kept.map((f) => f.name), ['0.1.0-bbbbbbbbbbbbbbbb', '0.1.0-cccccccccccccccc']);
  assert.ok(r.freedBytes >= 100 && r.freedBytes === r.removed[0].bytes);
  assert.deepEqual(readdirSync(dir).sort(), ['0.1.0-bbbbbbbbbbbbbbbb', '0.1.0-cccccccccccccccc']);
  assert.deepEqual(r.errors, []);
}));

test('nothing unmarked is touched: another program\'s folder, files, a version-named folder holding anything else', withDir(async (dir) => {
  mkdirSync(join(dir, 'code-server-4.100.3', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'code-server-4.100.3', 'lib', 'big'), 'x'.repeat(5000));
  age(join(dir, 'code-server-4.100.3'), 400);
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const odd = folder(dir, '0.1.0-dddddddddddddddd', null);
  writeFileSync(join(odd, 'README'), 'not the cache layout');
  age(odd, 400);
  const r = await pruneCache(dir, { all: true, now: NOW });
  assert.deepEqual(r.removed, []);
  assert.deepEqual(readdirSync(dir).sort(), ['0.1.0-dddddddddddddddd', 'code-server-4.100.3', 'notes.txt']);
}));

test('a version folder from before the marker, holding only the cache layout, counts by its newest entry', withDir(async (dir) => {
  const old = folder(dir, '0.1.0-eeeeeeeeeeeeeeee', null);
  mkdirSync(join(old, 'comparisons', 'events'), { recursive: true });
  age(join(old, 'ab'), 10);
  age(join(old, 'comparisons'), 9);
  age(old, 12);
  const recent = folder(dir, '0.1.0-ffffffffffffffff', null);
  age(join(recent, 'ab'), 1);
  age(recent, 1);
  const r = await pruneCache(dir, { now: NOW });
  assert.deepEqual(r.removed.map((f) => f.name), ['0.1.0-eeeeeeeeeeeeeeee']);
  assert.equal(Math.round((NOW - r.kept[0].lastUsed) / DAY), 1);
}));

test('beyond the size cap the least recently used go first, the ones in use never', withDir(async (dir) => {
  folder(dir, 'v-old', 3, 4000);
  folder(dir, 'v-mid', 2, 4000);
  folder(dir, 'v-new', 1, 4000);
  folder(dir, 'v-used', 5, 9000);
  const limits = { ...CACHE_HYGIENE, maxBytes: 9000 };
  const r = await pruneCache(dir, { keep: ['v-used'], now: NOW, limits });
  assert.deepEqual(r.removed.map((f) => f.name), ['v-old']);
  assert.deepEqual(r.kept.map((f) => f.name), ['v-mid', 'v-new', 'v-used']);
}));

test('all: every marked folder but the kept ones, however recent', withDir(async (dir) => {
  folder(dir, 'v1', 0);
  folder(dir, 'v2', 0);
  const r = await pruneCache(dir, { all: true, keep: ['v2'], now: NOW });
  assert.deepEqual(r.removed.map((f) => f.name), ['v1']);
  assert.ok(existsSync(join(dir, 'v2')));
}));

test('pruning at start runs at most once a day', withDir(async (dir) => {
  folder(dir, 'v-stale', 20);
  assert.equal((await pruneCacheIfDue(dir, { now: NOW }))?.removed.length, 1);
  folder(dir, 'v-stale2', 20);
  assert.equal(await pruneCacheIfDue(dir, { now: NOW + DAY / 2 }), null);
  assert.ok(existsSync(join(dir, 'v-stale2')));
  assert.equal((await pruneCacheIfDue(dir, { now: NOW + DAY + 1 }))?.removed.length, 1);
}));

test('a missing cache folder prunes to nothing without throwing', async () => {
  const r = await pruneCache(join(tmpdir(), 'newslens-hygiene-missing-folder'), { now: NOW });
  assert.deepEqual(r, { dir: join(tmpdir(), 'newslens-hygiene-missing-folder'), removed: [], kept: [], freedBytes: 0, errors: [] });
});

test('opening a disk cache marks its version folder as used now', withDir(async (dir) => {
  const cache = openDiskCache(dir);
  const marker = join(dir, cache.version, CACHE_MARKER);
  assert.ok(Date.now() - statSync(marker).mtimeMs < 60_000);
  age(marker, 30);
  openDiskCache(dir);
  assert.ok(Date.now() - statSync(marker).mtimeMs < 60_000);
}));
