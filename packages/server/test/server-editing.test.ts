// An edit is analysed off the main thread, in the editor's worker (held there by a gate the test
// opens, not by a timing): requests on other documents are answered meanwhile, and the edited
// document's diagnostics are published once its analysis is done.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeFolder } from './helpers/client.js';
import { startGated } from './helpers/gated.js';
import { positionOf } from './helpers/positions.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';

test('an edit is analysed in the editor worker: requests on other documents are answered meanwhile, its diagnostics follow', async () => {
  const folder = makeFolder('seeds');
  const { client: c, gate, dir } = await startGated(folder);
  try {
    const [ua, ub] = [c.uri(A), c.uri(B)];
    const [seedA, seedB] = [A, B].map((name) => readFileSync(join(folder, name), 'utf8'));
    c.open(A, seedA, 1);
    c.open(B, seedB, 1);
    await c.until(() => c.status.at(-1)?.state === 'idle' && c.last(ua) && c.last(ub), 120_000, 'idle');
    // edit until one reaches the worker's gate (an edit whose text is as before is not analysed again)
    let version = 1;
    while (!existsSync(`${gate}.waiting`)) {
      assert.ok(version < 100, 'an edit reached the editor worker');
      version++;
      const text = `${seedB}\n\nHOLD number ${version}.`;
      c.notify('textDocument/didChange', { textDocument: { uri: ub, version }, contentChanges: [{ text }] });
      const v = version;
      await c.until(() => existsSync(`${gate}.waiting`) || c.last(ub)?.version === v, 60_000, `version ${v}`);
    }
    // the edit's analysis is held in the worker; the main thread answers requests on the other document
    const at = positionOf(seedA, 'Rafah', 0, 2);
    const hover = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: ua }, position: at });
    assert.ok(hover && /Rafah/.test(hover.contents.value), JSON.stringify(hover));
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: ua } });
    assert.ok(symbols.length > 0);
    assert.notEqual(c.last(ub)?.version, version, 'the held edit is not published yet');
    assert.ok(!existsSync(gate), 'all of it answered while the edit was held');

    writeFileSync(gate, '');
    await c.until(() => c.last(ub)?.version === version, 60_000, 'the edit published');
  } finally {
    await c.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
