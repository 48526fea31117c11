// A start's first answers (issue 17, session 24), without timing: a small workspace's reports, analysed one
// by one in the editor's worker, have their own diagnostics published as each is done, before the index
// run ends (a report held in the worker by a gate keeps it going); and a request that may wait for a
// document's analysis does not wait while the editor's worker has answered none yet (a cold start: the
// wait would not see it done), it answers at once.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { OpenDocuments } from '../src/editing.js';
import { Freshness } from '../src/freshness.js';
import type { AnalysisHost } from '../src/host.js';
import { internalErrorLog } from '../src/internal-errors.js';
import { loadService, service } from '../src/load-service.js';
import type { Publisher } from '../src/publishing.js';
import { createEntry, ReportStore } from '../src/store.js';
import { makeFolder, SEEDS } from './helpers/client.js';
import { startGated } from './helpers/gated.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';

test("a small workspace's reports: each one's own diagnostics are published when it is analysed, before the index run ends, and the cross-report ones are added once compared", async () => {
  const seedA = readFileSync(join(SEEDS, A), 'utf8');
  const seedB = readFileSync(join(SEEDS, B), 'utf8');
  // the held report comes last in the listing (sorted by name): the index run waits on it
  const folder = makeFolder({ [A]: seedA, [B]: seedB, 'zz-held.txt': `${seedB}\n\nHOLD this report.` });
  const { client: c, gate, dir } = await startGated(folder);
  try {
    const ua = c.uri(A);
    const ub = c.uri(B);
    await c.until(() => existsSync(`${gate}.waiting`), 120_000, 'the last report held in the worker');
    await c.until(() => c.last(ua) && c.last(ub), 120_000, 'the first two reports published while the third is held');
    assert.notEqual(c.status.at(-1)?.state, 'idle', 'the index run is still under way');
    assert.equal(c.last(c.uri('zz-held.txt')), undefined, 'nothing published for the held report');
    const first = c.published.filter((p) => p.uri === ua).length;
    writeFileSync(gate, '');
    await c.until(() => c.status.at(-1)?.state === 'idle', 120_000, 'idle');
    await c.until(() => c.last(c.uri('zz-held.txt')), 60_000, 'the held report published');
    // published again once compared, the union each time: whatever was published before is still there
    const own = (p: { diagnostics: Array<{ message: string; code?: string | number }> }) => new Set(p.diagnostics.map((d) => `${d.code} ${d.message}`));
    const before = own(c.published.filter((p) => p.uri === ua)[first - 1]);
    const after = own(c.last(ua) as { diagnostics: Array<{ message: string; code?: string | number }> });
    for (const d of before) assert.ok(after.has(d), `a diagnostic published first and gone after the comparison: ${d}`);
  } finally {
    await c.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});

/** OpenDocuments over one open document, whose analysis in the editor's worker never ends. */
async function holding(editorWarm: boolean): Promise<{ open: OpenDocuments; uri: string }> {
  await loadService();
  const uri = 'file:///tmp/newslens-first-answers/held.txt';
  const doc = TextDocument.create(uri, 'plaintext', 1, 'Officials said on Tuesday that 12 people were hurt.');
  const documents = { get: (u: string) => (u === uri ? doc : undefined), all: () => [doc] } as unknown as TextDocuments<TextDocument>;
  const host = { isClosed: false, editorWarm, readCached: () => undefined, warmEditor: () => undefined, analyzeInEditor: () => new Promise(() => undefined) } as unknown as AnalysisHost;
  const open = new OpenDocuments({
    connection: { console: { error: () => undefined } } as unknown as Connection,
    documents,
    store: new ReportStore(() => undefined),
    fresh: new Freshness(),
    publisher: { now: () => undefined } as unknown as Publisher,
    internal: internalErrorLog(() => undefined),
    host: () => host,
    configFor: () => ({ config: service().cloneDefault(), included: true }),
    makeEntry: createEntry,
    forget: () => undefined,
    reread: async () => false,
  });
  return { open, uri };
}

test("a request's bounded wait: none while the editor's worker has answered no analysis yet (the request answers at once), the wait while it is warm", async () => {
  const cold = await holding(false);
  // a deadline an hour away: were it waited for, the test would time out
  assert.equal(await cold.open.freshEntry(cold.uri, performance.now() + 3_600_000), 'reading');
  const warm = await holding(true);
  let settled = false;
  const waited = warm.open.freshEntry(warm.uri, performance.now() + 2_000).then((e) => {
    settled = true;
    return e;
  });
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
  assert.equal(settled, false, 'a warm worker is waited for (until the deadline)');
  assert.equal(await waited, 'reading', 'and the request answers with what it has at the deadline');
  // with no deadline (a view's request) the wait is for the analysis, whatever the worker
  let viewSettled = false;
  void cold.open.freshEntry(cold.uri).then(() => (viewSettled = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(viewSettled, false, 'a view waits for the analysis');
});
