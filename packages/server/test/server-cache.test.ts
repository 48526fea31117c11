// The server's persisted analysis cache and worker threads (@newslens/analysis-host): a second
// start on the same folder reads every report from the cache; with the cache off nothing is
// written; the diagnostics are the same either way; a large open document is analysed in a worker.
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openDiskCache } from '@newslens/analysis-host';
import { analyzeReport } from '@newslens/language-service';
import { makeFolder, startClient, type PublishedDiagnostics, type TestClient } from './helpers/client.js';
import { positionOf } from './helpers/positions.js';

interface Counts { reports: number; fromCache: number; analysed: number; workers: number; comparison: string }

/** The counts the server logs when an index run ends. */
function indexed(c: TestClient): Counts | undefined {
  for (let i = c.messages.length - 1; i >= 0; i--) {
    const m = /^newslens: indexed (\d+) reports: (\d+) from the cache, (\d+) analysed \((\d+) worker threads\); comparison (from the cache|computed)$/.exec(c.messages[i].message);
    if (m) return { reports: +m[1], fromCache: +m[2], analysed: +m[3], workers: +m[4], comparison: m[5] };
  }
  return undefined;
}

/** Every report's last diagnostics, by file name, once indexing is done. */
async function run(folder: string, initializationOptions: Record<string, unknown>): Promise<{ counts: Counts; diagnostics: Record<string, PublishedDiagnostics['diagnostics']> }> {
  const { client: c } = await startClient({ folder, initializationOptions });
  try {
    const counts = await c.until(() => indexed(c), 120_000, 'indexed');
    await c.until(() => c.status.at(-1)?.state === 'idle', 30_000, 'idle');
    const diagnostics: Record<string, PublishedDiagnostics['diagnostics']> = {};
    for (const name of readdirSync(folder).sort()) diagnostics[name] = c.last(c.uri(name))?.diagnostics ?? [];
    return { counts, diagnostics };
  } finally {
    await c.close();
  }
}

const files = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name);
  } catch {
    return [];
  }
};

describe('server analysis cache', () => {
  const temp: string[] = [];
  const tempDir = (prefix: string) => {
    const d = mkdtempSync(join(tmpdir(), prefix));
    temp.push(d);
    return d;
  };
  after(() => {
    for (const d of temp) rmSync(d, { recursive: true, force: true });
  });

  test('a second start reads every report from the cache; cache off writes nothing; the diagnostics are the same', async () => {
    const folder = makeFolder('seeds');
    temp.push(folder);
    const storage = tempDir('newslens-storage-');
    const cold = await run(folder, { storagePath: storage });
    assert.ok(cold.counts.reports >= 2);
    assert.equal(cold.counts.fromCache, 0);
    assert.equal(cold.counts.analysed, cold.counts.reports);
    assert.equal(cold.counts.comparison, 'computed');
    // one entry per report, and the comparison: its grouping and one entry per event (the seeds: one)
    const entries = (readdirSync(join(storage, 'analysis-cache'), { recursive: true }) as string[]).filter((f) => f.endsWith('.json'));
    assert.equal(entries.filter((f) => !f.includes('comparisons')).length, cold.counts.reports);
    assert.equal(entries.filter((f) => f.includes('groupings')).length, 1);
    assert.equal(entries.filter((f) => f.includes('events')).length, 1);

    const warm = await run(folder, { storagePath: storage });
    assert.deepEqual(warm.counts, { ...cold.counts, fromCache: cold.counts.reports, analysed: 0, comparison: 'from the cache' });
    assert.deepEqual(warm.diagnostics, cold.diagnostics);

    // a corrupt comparison is not trusted: compared again, the same diagnostics
    const [saved] = (readdirSync(join(storage, 'analysis-cache'), { recursive: true }) as string[]).filter((f) => f.includes('groupings') && f.endsWith('.json'));
    writeFileSync(join(storage, 'analysis-cache', saved), readFileSync(join(storage, 'analysis-cache', saved), 'utf8').replace('"events"', '"evenst"'));
    const corrupt = await run(folder, { storagePath: storage });
    assert.deepEqual(corrupt.counts, { ...warm.counts, comparison: 'computed' });
    assert.deepEqual(corrupt.diagnostics, cold.diagnostics);

    // a changed report: analysed again, compared again, the rest from the cache
    const [first] = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
    appendFileSync(join(folder, first), '\nPolice said 14 people died.\n');
    const changed = await run(folder, { storagePath: storage });
    assert.deepEqual(changed.counts, { ...cold.counts, fromCache: cold.counts.reports - 1, analysed: 1, comparison: 'computed' });

    const offStorage = tempDir('newslens-storage-');
    const off = await run(folder, { storagePath: offStorage, cache: false });
    assert.equal(off.counts.fromCache, 0);
    assert.deepEqual(files(offStorage), []);
    assert.deepEqual(off.diagnostics, cold.diagnostics);
    assert.ok(Object.values(cold.diagnostics).some((d) => d.length > 0), 'the seeds have diagnostics');
  });

  test('a document opened before indexing reaches it is analysed once, in the editor worker, and cached: the next start reads it from the cache and answers the same', async () => {
    const folder = makeFolder('seeds');
    temp.push(folder);
    const storage = tempDir('newslens-storage-');
    const name = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()[0];
    const text = readFileSync(join(folder, name), 'utf8');
    const at = positionOf(text, 'Hamas', 0, 2);
    const hoverOnOpen = async () => {
      const { client: c } = await startClient({ folder, initializationOptions: { storagePath: storage } });
      try {
        const uri = c.uri(name);
        c.open(name, text, 1); // at once, as an editor restoring its tabs does
        // at once: from the disk cache when it has the document, else (a cold start) maybe the note that it is still being read
        const early = await c.request('textDocument/hover', { textDocument: { uri }, position: at });
        await c.until(() => c.last(uri) && c.status.at(-1)?.state === 'idle', 120_000, 'idle');
        const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: at });
        return { early, hover, diagnostics: c.last(uri)?.diagnostics };
      } finally {
        await c.close();
      }
    };
    const first = await hoverOnOpen();
    // indexing skips a document the editor has open: the entry is the one written when it was opened
    const cache = openDiskCache(join(storage, 'analysis-cache'));
    assert.deepEqual(cache.get(cache.key(text, 'text')), analyzeReport(text, { format: 'text' }));
    const second = await hoverOnOpen();
    const early = JSON.stringify(second.early);
    assert.ok(second.early && !/still reading/.test(early), `the next start answers the first hover from the disk cache: ${early}`);
    assert.deepEqual({ hover: second.hover, diagnostics: second.diagnostics }, { hover: first.hover, diagnostics: first.diagnostics });
  });

  test('old analyser versions\' cache folders: pruned at start when idle a week, all on the clean request; the folder in use and anything unmarked stay', async () => {
    const folder = makeFolder('seeds');
    temp.push(folder);
    const storage = tempDir('newslens-storage-');
    const root = join(storage, 'analysis-cache');
    const stale = (name: string, daysAgo: number) => {
      mkdirSync(join(root, name, 'ab'), { recursive: true });
      writeFileSync(join(root, name, 'ab', 'x.json'), '{}');
      writeFileSync(join(root, name, '.newslens-cache'), '');
      const t = new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
      utimesSync(join(root, name, '.newslens-cache'), t, t);
    };
    stale('0.0.1-00000000000000aa', 30);
    stale('0.0.1-00000000000000bb', 1);
    mkdirSync(join(root, 'not-ours'), { recursive: true });
    const { client: c } = await startClient({ folder, initializationOptions: { storagePath: storage } });
    try {
      await c.until(() => c.messages.find((m) => /removed the unused cache folder .*00aa$/.test(m.message)), 60_000, 'pruned at start');
      await c.until(() => c.status.at(-1)?.state === 'idle', 60_000, 'idle');
      const inUse = readdirSync(root).filter((n) => !n.startsWith('.') && n !== 'not-ours' && !n.startsWith('0.0.1'));
      assert.equal(inUse.length, 1);
      const cleaned = await c.request<{ removed: string[]; freedBytes: number; errors: string[] }>('newslens/cleanCache', null);
      assert.deepEqual(cleaned.removed, [join(root, '0.0.1-00000000000000bb')]);
      assert.ok(cleaned.freedBytes > 0);
      assert.deepEqual(cleaned.errors, []);
      assert.deepEqual(readdirSync(root).filter((n) => !n.startsWith('.')).sort(), [...inUse, 'not-ours'].sort());
    } finally {
      await c.close();
    }
  });

  test('enough text is indexed in worker threads (results as on the main thread); a large open document too; shutdown ends the workers', async (t) => {
    const { availableParallelism } = await import('node:os');
    if (availableParallelism() < 2) return t.skip('one core: no workers');
    const body = (i: number) => Array.from({ length: 12 }, (_, k) =>
      `Officials in Gaza said more than ${i + k + 2},000 people were killed on Tuesday, according to the ministry.\n\nThe minister Wang Kejian said “we will win ${k}.”\n`).join('\n');
    const many: Record<string, string> = {};
    for (let i = 0; i < 120; i++) many[`r${String(i).padStart(2, '0')}.txt`] = body(i);
    const folder = makeFolder(many);
    temp.push(folder);
    const pooled = await run(folder, { storagePath: tempDir('newslens-storage-') });
    assert.equal(pooled.counts.workers > 0, true, `worker threads used: ${JSON.stringify(pooled.counts)}`);
    const here = await run(folder, { cache: false });
    assert.equal(here.counts.workers > 0, true);
    assert.deepEqual(pooled.diagnostics, here.diagnostics);

    const small = makeFolder({ 'a.txt': 'Police said 12 people died in Gaza on Tuesday.\n' });
    temp.push(small);
    const { client: c } = await startClient({ folder: small, initializationOptions: { cache: false } });
    try {
      await c.until(() => indexed(c), 60_000, 'indexed');
      const big = body(7).repeat(30);
      assert.ok(big.length > 50_000);
      c.open('big.txt', big, 1);
      const published = await c.until(() => c.last(c.uri('big.txt')), 120_000, 'big published');
      assert.equal(published.version, 1);
      const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: c.uri('big.txt') }, position: { line: 2, character: 16 } });
      assert.match(hover?.contents.value ?? '', /Wang Kejian/);
    } finally {
      const exited = new Promise<number | null>((resolve) => c.child.once('exit', resolve));
      await c.close();
      assert.equal(await exited, 0, 'shutdown then exit: code 0, workers gone');
    }
  });
});
