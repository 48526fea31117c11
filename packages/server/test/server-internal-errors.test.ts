// No silent failure in the server: a part of the comparison that throws (here: a cached analysis,
// malformed but passing the cache's checks, makes one aligner throw) is logged once to the client's
// log with what failed and where; the other results are published and the server keeps answering.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { breakCachedAnalysis } from '../../../test/helpers/broken-cache.ts';
import { makeFolder, SEEDS, startClient, type TestClient } from './helpers/client.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';
const ERROR = 1; // MessageType.Error

/** Starts the server on `folder`, waits until indexing is done, runs `check`, shuts down. */
async function indexed(folder: string, storagePath: string, check: (c: TestClient) => Promise<void>): Promise<void> {
  const { client: c } = await startClient({ folder, initializationOptions: { storagePath } });
  try {
    await c.until(() => c.messages.some((m) => m.message.startsWith('newslens: indexed ')), 120_000, 'indexed');
    await c.until(() => c.status.at(-1)?.state === 'idle' && c.last(c.uri(A)) && c.last(c.uri(B)), 30_000, 'idle and published');
    await check(c);
  } finally {
    await c.close();
  }
}

test('an aligner throwing on a malformed cached analysis is logged once; the rest is published; the server answers', async () => {
  const folder = makeFolder('seeds');
  const storage = mkdtempSync(join(tmpdir(), 'newslens-storage-'));
  try {
    let whole: string[] = [];
    await indexed(folder, storage, async (c) => {
      assert.deepEqual(c.messages.filter((m) => m.type === ERROR), []);
      whole = (c.last(c.uri(B))?.diagnostics ?? []).map((d) => String(d.code));
    });
    assert.ok(whole.includes('quote-mismatch'));
    breakCachedAnalysis(join(storage, 'analysis-cache'), readFileSync(join(SEEDS, A), 'utf8').slice(0, 40), (a) => ({ ...a, quotes: null }));

    await indexed(folder, storage, async (c) => {
      const errors = c.messages.filter((m) => m.type === ERROR).map((m) => m.message);
      assert.equal(errors.length, 1, errors.join('\n---\n'));
      const [line, stack] = errors[0].split('\n');
      assert.equal(line, `newslens: internal error (align-quotes) in the event of ${join(folder, A)}, ${join(folder, B)}: TypeError: r.analysis.quotes is not iterable`);
      assert.match(stack, /^TypeError: r\.analysis\.quotes is not iterable/);
      const codes = (c.last(c.uri(B))?.diagnostics ?? []).map((d) => String(d.code));
      assert.deepEqual(codes, whole.filter((code) => code !== 'quote-mismatch'), 'only the quotes\' results are missing');
      const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: c.uri(B) }, position: { line: 2, character: 50 } });
      assert.ok(hover === null || typeof hover.contents.value === 'string', 'the server still answers');
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
});
