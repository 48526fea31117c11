// Measures the server's warm restart against a cold one, and hover latency on a small report
// while a large opened report is analysed (in a worker thread). Not a test: prints figures.
//   node --conditions=source --import tsx packages/server/bench/restart.ts [corpusDir] [n] [--bundle]
// --hover-only: only the hover part. corpusDir: a folder of .txt reports (default corpus/1000, from scripts/make-corpus.ts); n: how many (default 300).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startClient, type TestClient } from '../test/helpers/client.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const corpus = args[0] ?? join(ROOT, 'corpus', '1000');
const n = Number(args[1] ?? 300);
const nodeArgs = process.argv.includes('--bundle') ? [join(ROOT, 'packages/vscode/dist/server.js'), '--stdio'] : undefined;

const all = (readdirSync(corpus, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
const folder = mkdtempSync(join(tmpdir(), 'newslens-restart-'));
// flat copies (r0001.txt ...), so the workspace holds exactly these reports
const names = all.slice(0, n).map((f, i) => {
  const name = `r${String(i).padStart(4, '0')}.txt`;
  cpSync(join(corpus, f), join(folder, name));
  return name;
});
const chars = names.reduce((s, f) => s + readFileSync(join(folder, f), 'utf8').length, 0);
const storage = mkdtempSync(join(tmpdir(), 'newslens-restart-storage-'));

const indexedLine = (c: TestClient) => c.messages.find((m) => m.message.startsWith('newslens: indexed'))?.message;

/** From initialize to the end of indexing with every report's diagnostics published. */
async function start(init: Record<string, unknown>): Promise<{ ms: number; line: string }> {
  const t0 = performance.now();
  const { client: c } = await startClient({ folder, initializationOptions: init, nodeArgs });
  try {
    const line = await c.until(() => indexedLine(c), 600_000, 'indexed');
    await c.until(() => c.status.at(-1)?.state === 'idle' && names.every((f) => c.last(c.uri(f))), 600_000, 'all published');
    return { ms: performance.now() - t0, line };
  } finally {
    await c.close();
  }
}

if (!process.argv.includes('--hover-only')) {
  const cold = await start({ storagePath: storage });
  const warm = await start({ storagePath: storage });
  const off = await start({ cache: false });
  console.log(`${names.length} reports, ${(chars / 1000).toFixed(0)} kB${nodeArgs ? ' (bundle)' : ''}`);
  console.log(`cold (cache written):  ${(cold.ms / 1000).toFixed(2)} s  ${cold.line}`);
  console.log(`warm (same cache):     ${(warm.ms / 1000).toFixed(2)} s  ${warm.line}`);
  console.log(`no cache:              ${(off.ms / 1000).toFixed(2)} s  ${off.line}`);
  console.log(`warm / cold: ${((warm.ms / cold.ms) * 100).toFixed(1)}%`);
}

// Hover on a small report while a large report (~150 kB) that was just opened is analysed.
const small = mkdtempSync(join(tmpdir(), 'newslens-hover-'));
cpSync(join(ROOT, 'seeds'), small, { recursive: true });
const seed = readdirSync(small).filter((f) => f.endsWith('.txt')).sort()[0];
const big = names.slice(0, 60).map((f) => readFileSync(join(folder, f), 'utf8')).join('\n\n');
const { client: c } = await startClient({ folder: small, initializationOptions: { cache: false }, nodeArgs });
try {
  await c.until(() => indexedLine(c) && c.last(c.uri(seed)), 60_000, 'seeds indexed');
  const hover = async () => {
    const t = performance.now();
    await c.request('textDocument/hover', { textDocument: { uri: c.uri(seed) }, position: { line: 0, character: 5 } });
    return performance.now() - t;
  };
  for (let i = 0; i < 5; i++) await hover();
  const t0 = performance.now();
  c.open('big.txt', big, 1);
  const times: number[] = [];
  while (!c.last(c.uri('big.txt'))) {
    times.push(await hover());
    await new Promise((r) => setTimeout(r, 20));
  }
  const analysed = performance.now() - t0;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(`hover on ${seed} while a ${(big.length / 1000).toFixed(0)} kB report is analysed (${(analysed / 1000).toFixed(2)} s until its diagnostics): ${times.length} hovers, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${times.at(-1)?.toFixed(1)} ms`);
} finally {
  await c.close();
  for (const d of [folder, storage, small]) rmSync(d, { recursive: true, force: true });
}
