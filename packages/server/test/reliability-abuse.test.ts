// Reliability (issue 6): the server under abuse over stdio. An edit storm (NEWSLENS_STORM_SECONDS,
// default 2; the full run is 10 at 200 edits a second), memory after documents close, a 20 MB
// file, files renamed and deleted while indexed. Timings are printed, never asserted.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { baseReports, devDataReports, generateInput, makeRng } from '../../../test/helpers/fuzz-inputs.ts';
import { badRange } from '../../../test/reliability/helpers/lsp-ranges.ts';
import { ROOT, SEEDS, startClient, withClient, type PublishedDiagnostics, type Range } from './helpers/client.js';
import { positionAt, positionOf, textAt } from './helpers/positions.js';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';
const seedA = readFileSync(join(SEEDS, A), 'utf8');
const seedB = readFileSync(join(SEEDS, B), 'utf8');
const STORM_SECONDS = Number(process.env.NEWSLENS_STORM_SECONDS ?? 2);
const STORM_RATE = Number(process.env.NEWSLENS_STORM_RATE ?? 200);
const MEM_DOCS = Number(process.env.NEWSLENS_MEM_DOCS ?? 6);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => process.stdout.write(`# ${line}\n`);

interface Hover { contents: { kind: string; value: string }; range?: Range }

/** VmRSS of a process in MB, from /proc (Linux); NaN elsewhere. */
function rssMb(pid: number | undefined): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** A random edit of `text` that keeps surrogate pairs and CRLF whole (as an editor's edits do). */
function randomEdit(rng: () => number, text: string): { start: number; end: number; insert: string } {
  const safe = (i: number) => {
    let at = Math.max(0, Math.min(text.length, i));
    while (at > 0 && at < text.length && ((text.charCodeAt(at) & 0xfc00) === 0xdc00 || (text[at - 1] === '\r' && text[at] === '\n'))) at--;
    return at;
  };
  const start = safe(Math.floor(rng() * (text.length + 1)));
  const r = rng();
  const pieces = ['x', ' ', 'Wang Kejian', '“', '”', '"', '\n', '\n\n', '\r\n', '😀', '12,000', ' said ', 'Tuesday', '.', 'é', '—'];
  if (r < 0.6) return { start, end: start, insert: pieces[Math.floor(rng() * pieces.length)] };
  const end = safe(start + 1 + Math.floor(rng() * 30));
  if (r < 0.85) return { start, end, insert: '' };
  return { start, end, insert: pieces[Math.floor(rng() * pieces.length)] };
}

describe('server under abuse', () => {
  test(`${STORM_RATE} edits a second for ${STORM_SECONDS} s: the last diagnostics are those of the final text, none for an outdated version`, async () => {
    await withClient({ files: 'seeds' }, async (c) => {
      await c.until(() => c.last(c.uri(A)) && c.last(c.uri(B)) && c.status.at(-1)?.state === 'idle', 60_000, 'seeds indexed and compared');
      const uri = c.uri('storm.txt');
      const rng = makeRng(6);
      let text = seedA;
      let version = 1;
      const texts = new Map<number, string>([[1, text]]);
      c.open('storm.txt', text, 1);
      const sent: number[] = [];
      const hovers: Array<Promise<unknown>> = [];
      const t0 = performance.now();
      const total = Math.round(STORM_SECONDS * STORM_RATE);
      for (let k = 0; k < total; k++) {
        const due = t0 + (k * 1000) / STORM_RATE;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
        const e = randomEdit(rng, text);
        const range = { start: positionAt(text, e.start), end: positionAt(text, e.end) };
        text = text.slice(0, e.start) + e.insert + text.slice(e.end);
        version++;
        texts.set(version, text);
        c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.insert }] });
        sent.push(version);
        // Requests in the middle of the storm make the server analyse intermediate versions.
        if (k % 20 === 10) hovers.push(c.request('textDocument/hover', { textDocument: { uri }, position: positionAt(text, Math.floor(text.length / 2)) }).catch((err) => err));
      }
      const seconds = (performance.now() - t0) / 1000;
      const last = await c.until(() => c.last(uri)?.version === version && c.last(uri), 30_000, `diagnostics of version ${version}`);
      await Promise.all(hovers);
      const mine = c.published.filter((p) => p.uri === uri);
      const stale: string[] = [];
      let previous = 0;
      for (const p of mine) {
        const v = p.version ?? -1;
        if (!texts.has(v)) stale.push(`published for unknown version ${v}`);
        else if (v < previous) stale.push(`version ${v} published after ${previous}`);
        else for (const d of p.diagnostics) {
          const bad = badRange(texts.get(v)!, d.range);
          if (bad) stale.push(`version ${v}: ${bad}`);
        }
        previous = Math.max(previous, v);
      }
      log(`storm: ${total} edits in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)}/s), ${hovers.length} hovers, ${mine.length} publications, ${stale.length} stale or out of range`);
      assert.deepEqual(stale, []);
      // The final text opened fresh gives the same diagnostics as the last publication.
      c.notify('textDocument/didClose', { textDocument: { uri } });
      c.open('storm.txt', text, version + 1);
      const fresh = await c.until(() => c.last(uri)?.version === version + 1 && c.last(uri), 30_000, 'reopened');
      assert.deepEqual(last.diagnostics, fresh.diagnostics);
      const kejian = text.indexOf('Kejian');
      if (kejian >= 0) {
        const h = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, kejian) });
        if (h?.range) assert.match(textAt(text, h.range), /Kejian/, 'incremental sync kept the text right');
      }
    });
  });

  test('memory returns near its baseline after the documents close', async () => {
    const memFile = join(mkdtempSync(join(tmpdir(), 'newslens-mem-')), 'mem.json');
    process.env.NEWSLENS_MEM_FILE = memFile;
    const probe = join(ROOT, 'test/reliability/helpers/memory-probe.mjs');
    const nodeArgs = ['--expose-gc', '--conditions=source', '--import', 'tsx', '--import', probe, join(ROOT, 'packages/server/src/main.ts'), '--stdio'];
    await withClient({ files: 'seeds', nodeArgs }, async (c) => {
      const pid = c.child.pid;
      const heap = async (): Promise<{ heapUsed: number; rss: number }> => {
        rmSync(memFile, { force: true });
        c.child.kill('SIGUSR2');
        for (let i = 0; i < 100 && !existsSync(memFile); i++) await sleep(50);
        await sleep(50);
        const m = JSON.parse(readFileSync(memFile, 'utf8')) as { heapUsed: number; rss: number };
        return { heapUsed: m.heapUsed / 2 ** 20, rss: m.rss / 2 ** 20 };
      };
      await c.until(() => c.last(c.uri(A)) && c.last(c.uri(B)) && c.status.at(-1)?.state === 'idle', 60_000, 'seeds indexed and compared');
      // Warm up once (compromise's lazy tables, the code itself), then take the baseline.
      c.open('warm.txt', seedB, 1);
      await c.until(() => c.last(c.uri('warm.txt')), 30_000, 'warm');
      c.notify('textDocument/didClose', { textDocument: { uri: c.uri('warm.txt') } });
      await c.until(() => c.last(c.uri('warm.txt'))?.diagnostics.length === 0, 10_000, 'warm closed');
      const base = await heap();
      const baseRss = rssMb(pid);
      let peakRss = baseRss;
      const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMb(pid)); }, 50);
      const rng = makeRng(11);
      const bases = baseReports();
      const names: string[] = [];
      for (let i = 0; i < MEM_DOCS; i++) {
        const name = `doc${i}.txt`;
        names.push(name);
        // ~40-60 KB each: mutated seeds, many times over, so most paragraphs are new to the cache.
        const text = Array.from({ length: 6 }, (_, k) => generateInput(rng, bases, 9 + k * 10).text).join('\n\n');
        c.open(name, text, 1);
      }
      await c.until(() => names.every((n) => (c.last(c.uri(n))?.diagnostics.length ?? 0) > 0), 120_000, 'all opened and analysed');
      const loaded = await heap();
      for (const n of names) c.notify('textDocument/didClose', { textDocument: { uri: c.uri(n) } });
      await c.until(() => names.every((n) => c.last(c.uri(n))?.diagnostics.length === 0), 30_000, 'all closed and cleared');
      clearInterval(sampler);
      await sleep(500);
      const after = await heap();
      const afterRss = rssMb(pid);
      log(`memory: heap ${base.heapUsed.toFixed(0)} MB baseline, ${loaded.heapUsed.toFixed(0)} MB with ${MEM_DOCS} documents open, ${after.heapUsed.toFixed(0)} MB after they closed; `
        + `RSS ${baseRss.toFixed(0)} MB baseline, peak ${peakRss.toFixed(0)} MB, ${afterRss.toFixed(0)} MB after`);
      // Near the baseline: what stays is bounded (the paragraph cache), not what was opened.
      const grown = loaded.heapUsed - base.heapUsed;
      assert.ok(after.heapUsed - base.heapUsed <= Math.max(40, 0.5 * grown), `heap kept ${(after.heapUsed - base.heapUsed).toFixed(0)} MB of ${grown.toFixed(0)} MB`);
    });
    delete process.env.NEWSLENS_MEM_FILE;
    rmSync(join(memFile, '..'), { recursive: true, force: true });
  });

  test('a 20 MB file on disk and a 20 MB document are skipped with one diagnostic; hover elsewhere still answers', async () => {
    await withClient({ files: 'seeds' }, async (c) => {
      const huge = join(c.folder, 'huge.txt');
      writeFileSync(huge, '');
      truncateSync(huge, 20_000_000);
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('huge.txt'), type: 1 }] });
      const big = `${'Officials said 12 people died in Paris on Monday. '.repeat(400_000)}\n`;
      c.open('big.txt', big, 1);
      const onDisk = await c.until(() => c.last(c.uri('huge.txt')), 60_000, 'huge.txt skipped');
      const opened = await c.until(() => c.last(c.uri('big.txt')), 60_000, 'big.txt skipped');
      for (const p of [onDisk, opened]) {
        assert.deepEqual(p.diagnostics.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`), ['file-skipped 0:0']);
        assert.match(p.diagnostics[0].message, /over the size cap/);
      }
      log(`20 MB: skipped with one diagnostic of severity ${onDisk.diagnostics[0].severity} (1 error, 2 warning, 3 information)`);
      const a = c.uri(A);
      const position = positionOf(seedA, 'Wang Kejian');
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        const h = await Promise.race([c.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position }), sleep(10_000).then(() => 'timeout' as const)]);
        times.push(performance.now() - t0);
        assert.notEqual(h, 'timeout', 'hover answers within 10 s');
        assert.match((h as Hover).contents.value, /Wang Kejian/);
      }
      const inBig = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri: c.uri('big.txt') }, position: { line: 0, character: 20 } });
      assert.equal(inBig, null);
      times.sort((x, y) => x - y);
      log(`hover with a 20 MB file open: p50 ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms (target <= 50 ms)`);
    });
  });

  // Printed, not asserted: the server analyses a document in one synchronous go, so a request
  // waits for the analysis of a large new document (see docs/reliability.md, limits).
  test('hover elsewhere answers while a large new document is analysed (the wait is printed)', async () => {
    const big = devDataReports(400).join('\n\n').slice(0, 100_000) || baseReports().join('\n\n').repeat(20);
    await withClient({ files: 'seeds' }, async (c) => {
      const a = c.uri(A);
      await c.until(() => c.last(a) && c.status.at(-1)?.state === 'idle', 60_000, 'seeds indexed and compared');
      c.open('big.txt', big, 1);
      await sleep(20);
      const t0 = performance.now();
      const h = await Promise.race([c.request<Hover | null>('textDocument/hover', { textDocument: { uri: a }, position: positionOf(seedA, 'Wang Kejian') }), sleep(60_000).then(() => 'timeout' as const)]);
      assert.notEqual(h, 'timeout');
      log(`hover while a ${(big.length / 1000).toFixed(0)} kB new document is analysed: ${(performance.now() - t0).toFixed(0)} ms`);
    });
  });

  // Issue 6 asks for the 20 MB notice as information; issue 2 (the CLI) for a warning naming the
  // file, and the CLI and the server must print the same problems. The default stays a warning,
  // and a team that wants information says so once in newslens.json, for both.
  test('a skipped file is a warning by default, as in the CLI, and information where newslens.json says so', async () => {
    const { RULES, applyConfig, parseConfig } = await import('@newslens/language-service');
    assert.equal(RULES.find((r) => r.code === 'file-skipped')?.defaultSeverity, 'warning');
    const parsed = parseConfig(JSON.stringify({ rules: { 'file-skipped': 'information' } }));
    assert.deepEqual(parsed.errors, []);
    const problem = { start: 0, end: 0, code: 'file-skipped' as const, message: 'skipped: 20 MB is over the size cap of 1 MB', related: [] };
    assert.deepEqual(applyConfig('', [problem], parsed.config).map((d) => d.severity), ['information']);
  });

  test('a report renamed, then deleted, while indexed: its diagnostics and links move, then go', async () => {
    await withClient({ files: 'seeds' }, async (c) => {
      const a = c.uri(A);
      const b = c.uri(B);
      await c.until(() => c.last(a) && c.last(b) && c.status.at(-1)?.state === 'idle', 60_000, 'seeds indexed and compared');
      const position = positionOf(seedA, 'exchanged views on the Gaza conflict');
      type Link = { targetUri: string };
      const targets = async () => ((await c.request<Link[] | null>('textDocument/definition', { textDocument: { uri: a }, position })) ?? []).map((l) => l.targetUri);
      const relatedUris = () => (c.last(a)?.diagnostics ?? []).flatMap((d) => (d.relatedInformation ?? []).map((r) => r.location.uri));
      assert.deepEqual(await targets(), [b]);
      assert.ok(relatedUris().includes(b), 'cross-report diagnostics point into 002');
      const moved = c.uri('moved.txt');
      renameSync(join(c.folder, B), join(c.folder, 'moved.txt'));
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: b, type: 3 }, { uri: moved, type: 1 }] });
      await c.until(() => c.last(b)?.diagnostics.length === 0 && (c.last(moved)?.diagnostics.length ?? 0) > 0, 30_000, 'renamed');
      await c.until(() => relatedUris().length > 0 && relatedUris().every((u) => u === moved), 30_000, 'related locations follow the rename');
      // Go to Definition follows too, eventually: under CI load it once answered [] right after the
      // related locations had followed (cause not found; alone it answers at once)
      const deadline = Date.now() + 30_000;
      let now = await targets();
      while (JSON.stringify(now) !== JSON.stringify([moved]) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        now = await targets();
      }
      assert.deepEqual(now, [moved]);
      rmSync(join(c.folder, 'moved.txt'));
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: moved, type: 3 }] });
      await c.until(() => c.last(moved)?.diagnostics.length === 0, 30_000, 'deleted clears');
      await c.until(() => relatedUris().length === 0, 30_000, 'no related location into a deleted report');
      assert.deepEqual(await targets(), []);
    });
  });

  test('exit without shutdown ends with 1, as the spec says; a client that vanishes (stdin closed) leaves no server behind', async () => {
    const { client: c } = await startClient({ files: { 'a.txt': 'Police said 12 people died.\n' } });
    try {
      const exited = new Promise<number | null>((resolve) => c.child.once('exit', resolve));
      c.notify('exit', null);
      assert.equal(await Promise.race([exited, sleep(10_000).then(() => 'still running')]), 1);
    } finally {
      await c.close();
    }
    const { client: d } = await startClient({ files: { 'a.txt': 'Police said 12 people died.\n' } });
    try {
      await d.until(() => d.last(d.uri('a.txt')), 60_000, 'indexed');
      const exited = new Promise<string>((resolve) => d.child.once('exit', (code, signal) => resolve(`${code ?? signal}`)));
      d.child.stdin?.end();
      const outcome = await Promise.race([exited, sleep(10_000).then(() => 'still running')]);
      assert.notEqual(outcome, 'still running');
    } finally {
      await d.close();
    }
  });

  test('files deleted while the workspace is being indexed leave no diagnostics behind', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) files[`r${String(i).padStart(3, '0')}.txt`] = `More than ${i + 2},000 people were killed in the attack on Tuesday, in Gaza.\n`;
    await withClient({ files }, async (c) => {
      const gone = Object.keys(files).filter((_, i) => i % 2 === 1);
      for (const name of gone) rmSync(join(c.folder, name));
      c.notify('workspace/didChangeWatchedFiles', { changes: gone.map((name) => ({ uri: c.uri(name), type: 3 })) });
      const kept = Object.keys(files).filter((_, i) => i % 2 === 0);
      await c.until(() => kept.every((n) => c.last(c.uri(n))) && c.status.at(-1)?.state === 'idle', 120_000, 'indexed');
      await sleep(300);
      const left = gone.filter((n) => (c.last(c.uri(n))?.diagnostics.length ?? 0) > 0);
      assert.deepEqual(left, []);
      const symbols = await c.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: '' });
      const deleted = new Set(gone.map((n) => c.uri(n)));
      assert.deepEqual(symbols.filter((s) => deleted.has(s.location.uri)), []);
    });
  });
});

export type { PublishedDiagnostics };
