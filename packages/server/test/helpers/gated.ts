// A server whose editor worker holds the analysis of any text containing HOLD until the test writes
// the gate file (fixtures/gated-editor-worker.ts), so that work "in progress" lasts as long as a test
// needs, with no timing involved.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startClient, type TestClient } from './client.js';

/** Starts the server on `folder` with the gated editor worker; `gate` opens it, `dir` holds it (remove it after). */
export async function startGated(folder: string): Promise<{ client: TestClient; gate: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-edit-gate-'));
  const gate = join(dir, 'open');
  process.env.NEWSLENS_TEST_EDITOR_WORKER = new URL('../fixtures/gated-editor-worker.ts', import.meta.url).href;
  process.env.NEWSLENS_TEST_EDITOR_GATE = gate;
  try {
    const { client } = await startClient({ folder });
    return { client, gate, dir };
  } finally {
    delete process.env.NEWSLENS_TEST_EDITOR_WORKER;
    delete process.env.NEWSLENS_TEST_EDITOR_GATE;
  }
}
