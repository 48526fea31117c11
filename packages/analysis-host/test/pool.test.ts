// The worker pool: analyses come back (as the JSON the workers write) equal to analyzeReport's,
// in the jobs' order whatever order the workers take them in, and the threads' counters add up.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeMany, createAnalysisPool, openDiskCache, type ReportJob } from '@newslens/analysis-host';
import { analyzeReport } from '@newslens/language-service';

const PARAGRAPH = '“We talked for hours,” said Wang Kejian, adding that 40 people came on March 5, 2024. The ministry reportedly disagreed.';
const JOBS: ReportJob[] = [
  { text: 'Ministers met on Tuesday, officials said.', format: 'text' },
  { text: `${PARAGRAPH}\n\n`.repeat(12), format: 'text' },
  { text: '# Talks\n\nThe ministry said 12 countries attended 🙂.', format: 'markdown' },
  { text: '\uFEFFGENEVA — “Nous ne céderons pas,” she said.\r\n\r\nHamas said 3 were killed.', format: 'text' },
  { text: `${PARAGRAPH}\n\n`.repeat(4), format: 'text' },
  { text: '', format: 'text' },
];

test('pool analyses equal analyzeReport, in the jobs order (the longest go first), cache entries written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-pool-'));
  const pool = createAnalysisPool(2);
  try {
    const cache = openDiskCache(dir);
    const errors: unknown[] = [];
    const r = await analyzeMany(JOBS, { pool, cache, onInternalError: (e) => errors.push(e) });
    assert.deepEqual(errors, []);
    assert.deepEqual(r.analyses, JOBS.map((j) => analyzeReport(j.text, { format: j.format })));
    assert.deepEqual([r.analysed, cache.stats.written, cache.stats.writeErrors], [JOBS.length, JOBS.length, 0]);
    const stats = await pool.stats();
    assert.equal(stats.workers.length, 2);
    assert.equal(stats.workers.reduce((n, w) => n + w.reports, 0), JOBS.length);
    assert.ok(stats.workers.every((w) => w.reports > 0 && w.busyMs > 0), 'both workers got reports');
    if (process.platform === 'linux') assert.ok(stats.workers.every((w) => typeof w.cpuMs === 'number') && typeof stats.mainCpuMs === 'number');
    const warm = await analyzeMany(JOBS, { pool, cache: openDiskCache(dir) });
    assert.deepEqual([warm.fromCache, warm.analysed], [JOBS.length, 0]);
    assert.deepEqual(warm.analyses, r.analyses);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('misses among cache hits go to workers started while the cache is read; the results are the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-pool-'));
  try {
    const some = JOBS.filter((_, i) => i % 2 === 0);
    await analyzeMany(some, { cache: openDiskCache(dir), workers: 0 });
    const cache = openDiskCache(dir);
    const r = await analyzeMany(JOBS, { cache, workers: 2 });
    assert.deepEqual([r.fromCache, r.analysed, r.workers, cache.stats.written], [some.length, JOBS.length - some.length, 2, JOBS.length - some.length]);
    assert.deepEqual(r.analyses, JOBS.map((j) => analyzeReport(j.text, { format: j.format })));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a closed pool answers stats with no workers, and pool.analyze without a cache writes nothing', async () => {
  const pool = createAnalysisPool(1);
  const one = await pool.analyze(JOBS[0].text, 'text');
  assert.deepEqual([one.written, one.analysis, one.errors], ['none', analyzeReport(JOBS[0].text), []]);
  await pool.close();
  assert.deepEqual((await pool.stats()).workers, []);
});

/** A worker script of this folder, loaded through tsx as the pool loads its own under the source condition. */
function tsWorker(file: string): URL {
  const target = new URL(file, import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

test('internal errors of an analysis in a worker thread reach the caller with their job; that analysis is not cached', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-pool-'));
  const pool = createAnalysisPool(2, { workerUrl: tsWorker('./fixtures/failing-worker.ts') });
  try {
    const jobs: ReportJob[] = [...JOBS, { text: 'FAIL: the ministry said 12 countries attended.', format: 'text' }];
    const heard: Array<[number, string, string]> = [];
    const onInternalError = (e: unknown, job: number) => heard.push([job, (e as Error).name, (e as Error).message]);
    const cache = openDiskCache(dir);
    const r = await analyzeMany(jobs, { pool, cache, onInternalError });
    assert.deepEqual(heard, [[JOBS.length, 'TypeError', 'an extractor failed']]);
    assert.deepEqual(r.analyses, jobs.map((j) => analyzeReport(j.text, { format: j.format })), 'the analyses are whole otherwise');
    assert.equal(cache.stats.written, JOBS.length, 'all but the failed analysis cached');
    const warm = await analyzeMany(jobs, { pool, cache: openDiskCache(dir), onInternalError });
    assert.deepEqual([warm.fromCache, warm.analysed, heard.length], [JOBS.length, 1, 2], 'the next run analyses it again, and reports it again');
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
