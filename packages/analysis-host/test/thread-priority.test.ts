// A language server's background threads (indexing workers, the comparison worker) run at a lower
// priority than its main thread; the editor's worker and a batch run's (the CLI's) workers do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BACKGROUND_NICE, createAnalysisPool, threadNice } from '@newslens/analysis-host';
import { spawnWorker } from '../src/pool.ts';

const linux = process.platform === 'linux';
// lowered only when asked (NEWSLENS_BACKGROUND_NICE): workers copy the environment when they start
process.env.NEWSLENS_BACKGROUND_NICE = String(BACKGROUND_NICE);

test('a background pool\'s workers run BACKGROUND_NICE lower than the thread that starts them (at most 19), a batch pool\'s as the process; the main thread is left alone', { skip: !linux && 'thread priorities are set on Linux only' }, async () => {
  const main = threadNice();
  assert.equal(typeof main, 'number');
  const background = createAnalysisPool(2, { background: true });
  const batch = createAnalysisPool(1);
  try {
    const [b, n] = await Promise.all([background.stats(), batch.stats()]);
    assert.deepEqual(b.workers.map((w) => w.nice), [0, 1].map(() => Math.min(19, (main as number) + BACKGROUND_NICE)));
    assert.deepEqual(n.workers.map((w) => w.nice), [main]);
    assert.equal(threadNice(), main);
  } finally {
    await Promise.all([background.close(), batch.close()]);
  }
});

for (const env of ['0', undefined]) {
  test(`NEWSLENS_BACKGROUND_NICE ${env ?? 'unset'} (the default: off) leaves a background pool's workers as the process`, { skip: !linux && 'thread priorities are set on Linux only' }, async () => {
    if (env === undefined) delete process.env.NEWSLENS_BACKGROUND_NICE; else process.env.NEWSLENS_BACKGROUND_NICE = env;
    const pool = createAnalysisPool(1, { background: true });
    try {
      assert.deepEqual((await pool.stats()).workers.map((w) => w.nice), [threadNice()]);
    } finally {
      process.env.NEWSLENS_BACKGROUND_NICE = String(BACKGROUND_NICE);
      await pool.close();
    }
  });
}

test('the comparison worker runs BACKGROUND_NICE lower than the thread that starts it', { skip: !linux && 'thread priorities are set on Linux only' }, async () => {
  const main = threadNice() as number;
  const latest = new SharedArrayBuffer(4);
  const worker = spawnWorker(new URL('./fixtures/nice-compare-worker.ts', import.meta.url), 'compare-worker', { workerData: { store: null, latest } });
  try {
    const { nice } = await new Promise<{ nice: number | null }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    assert.equal(nice, Math.min(19, main + BACKGROUND_NICE));
    assert.equal(threadNice(), main);
  } finally {
    await worker.terminate();
  }
});
