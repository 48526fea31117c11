// The server's main thread does not load the tagger (issue 17): it loads the language service's
// `features` entry and analysis-host's `main-thread` entry, answers a hover on a report whose analysis
// the disk cache holds without compromise loaded, and never analyses a text: while a document's first
// analysis is not done yet (held in the editor's worker by a gate the test opens, not by a timing) a
// hover on it answers with a note that it is still being read, a view's request waits for it, and
// requests on other documents are answered.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeFolder, ROOT, startClient } from './helpers/client.js';
import { startGated } from './helpers/gated.js';
import { positionOf } from './helpers/positions.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';
type Hover = { contents: { value: string } } | null;

test("a warm start answers a hover from the disk cache, and the server's main thread never loads compromise", async () => {
  const folder = makeFolder('seeds');
  const storage = mkdtempSync(join(tmpdir(), 'newslens-main-thread-'));
  const log = join(storage, 'modules.log');
  try {
    const seedA = readFileSync(join(folder, A), 'utf8');
    const at = positionOf(seedA, 'Rafah', 0, 2);
    // first start: every report analysed and cached (the seed too)
    const first = (await startClient({ folder, initializationOptions: { storagePath: storage } })).client;
    try {
      await first.until(() => first.status.at(-1)?.state === 'idle', 120_000, 'first start idle');
    } finally {
      await first.close();
    }
    process.env.NEWSLENS_TEST_MODULE_LOG = log;
    const nodeArgs = ['--conditions=source', '--import', 'tsx', '--import', new URL('./fixtures/module-log.mjs', import.meta.url).href, join(ROOT, 'packages/server/src/main.ts'), '--stdio'];
    const { client: c } = await startClient({ folder, initializationOptions: { storagePath: storage }, nodeArgs });
    delete process.env.NEWSLENS_TEST_MODULE_LOG;
    try {
      const ua = c.uri(A);
      c.open(A, seedA, 1);
      const early = await c.request<Hover>('textDocument/hover', { textDocument: { uri: ua }, position: at });
      assert.ok(early && /Rafah/.test(early.contents.value), `the first hover, from the cache: ${JSON.stringify(early)}`);
      await c.until(() => c.status.at(-1)?.state === 'idle' && c.last(ua), 120_000, 'idle');
      const later = await c.request<Hover>('textDocument/hover', { textDocument: { uri: ua }, position: at });
      assert.ok(later && /Rafah/.test(later.contents.value), JSON.stringify(later));
      // an edit: analysed in the editor's worker, published; still nothing of the tagger here
      const edited = `${seedA}\n\nOne more sentence about Rafah.`;
      c.notify('textDocument/didChange', { textDocument: { uri: ua, version: 2 }, contentChanges: [{ text: edited }] });
      await c.until(() => c.last(ua)?.version === 2, 120_000, 'the edit published');
    } finally {
      await c.close();
    }
    const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    assert.ok(loaded.some((u) => u.includes('language-service/src/features/index.ts')), 'the hook saw the main thread load the features entry');
    assert.ok(loaded.some((u) => u.includes('analysis-host/src/main-thread.ts')), 'and analysis-host\'s main-thread entry');
    assert.deepEqual(loaded.filter((u) => /compromise|language-service\/src\/index\.ts/.test(u)), [], 'the main thread loaded the tagger');
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(storage, { recursive: true, force: true });
  }
});

test('a request on a document whose first analysis is not done: a hover says so at once, a definition is empty, a view waits for it; requests on other documents are answered meanwhile, and a later hover has content', async () => {
  const folder = makeFolder('seeds');
  const { client: c, gate, dir } = await startGated(folder);
  try {
    const seedA = readFileSync(join(folder, A), 'utf8');
    const seedB = readFileSync(join(folder, B), 'utf8');
    const ua = c.uri(A);
    c.open(A, seedA, 1);
    await c.until(() => c.status.at(-1)?.state === 'idle' && c.last(ua), 120_000, 'idle');
    // a new document (in no cache): its first analysis is held in the editor's worker
    const held = `${seedB}\n\nHOLD this report.`;
    c.open('new-report.txt', held, 1);
    const un = c.uri('new-report.txt');
    await c.until(() => existsSync(`${gate}.waiting`), 60_000, 'the first analysis held in the worker');
    const at = positionOf(held, 'Wang Kejian', 0, 2);
    // a view is not asked again when the analysis lands: it waits for it
    let viewAnswered = false;
    const view = c.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: un } }).then((s) => {
      viewAnswered = true;
      return s;
    });
    // a request that points at a place answers with what the server has (REQUEST_WAIT)
    const early = await c.request<Hover>('textDocument/hover', { textDocument: { uri: un }, position: at });
    assert.match(early?.contents.value ?? '', /still reading this report/, `the hover before the analysis: ${JSON.stringify(early)}`);
    const definition = await c.request<unknown[] | null>('textDocument/definition', { textDocument: { uri: un }, position: at });
    assert.ok(definition === null || definition.length === 0, JSON.stringify(definition));
    // meanwhile, requests on the other document are answered from what the server has
    const other = await c.request<Hover>('textDocument/hover', { textDocument: { uri: ua }, position: positionOf(seedA, 'Rafah', 0, 2) });
    assert.ok(other && /Rafah/.test(other.contents.value), JSON.stringify(other));
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: ua } });
    assert.ok(symbols.length > 0);
    assert.equal(viewAnswered, false, 'the view of the held document waits for its analysis');
    assert.equal(c.last(un), undefined, 'nothing published for it yet');
    writeFileSync(gate, '');
    const viewed = await view;
    assert.ok(viewed && viewed.length > 0, `its symbols once analysed: ${JSON.stringify(viewed)}`);
    await c.until(() => c.last(un)?.version === 1, 60_000, 'its diagnostics published');
    const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: un }, position: at });
    assert.ok(hover && /Wang Kejian/.test(hover.contents.value), `a later hover: ${JSON.stringify(hover)}`);
  } finally {
    await c.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
