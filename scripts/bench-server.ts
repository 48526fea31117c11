// Language server latency over stdio (issue 4 §5, issue 17 §5), on the built bin and a temp copy of the seeds:
// initialize, initialize -> first diagnostics of both seeds, hover and definition p50/p99, and an
// edit -> fresh diagnostics on a 5 KB report after the debounce. The baseline: compromise's bare
// parse of the two seeds in this process, the floor under the first diagnostics.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import type { BenchContext, BenchRow } from './bench-lib.ts';
import { startClient, type TestClient } from '../packages/server/test/helpers/client.ts';
import { positionAt, positionOf } from '../packages/server/test/helpers/positions.ts';
import { LagTrace } from './lag-summary.ts';
import { makeCorpus } from './make-corpus.ts';

const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';
const DEBOUNCE_MS = 150;

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const seeds = [A, B].map((f) => readFileSync(join(ctx.root, 'seeds', f), 'utf8'));
  const t = performance.now();
  for (const s of seeds) nlp(s);
  const bare = performance.now() - t;

  const t0 = performance.now();
  const { client, initializeMs } = await startClient({ bin: true, waitUntilUp: true });
  const rows: BenchRow[] = [];
  const row = (figure: string, ms: number, target: number | null, note = '') =>
    rows.push({ group: 'server', figure, value: `${ms.toFixed(1)} ms${note}`, target: target === null ? '' : `<= ${target} ms`, ok: target === null ? undefined : ms <= target });
  try {
    const ua = client.uri(A);
    const ub = client.uri(B);
    const tInit = performance.now() - initializeMs;
    await client.until(() => client.last(ua) && client.last(ub), 60_000, 'first diagnostics');
    row('initialize answered', initializeMs, 200);
    row('initialize -> first diagnostics of both seeds', performance.now() - tInit, 1000, ` (spawn to it ${(performance.now() - t0).toFixed(0)} ms)`);
    row('baseline: compromise bare parse of both seeds', bare, null);
    const marks = trace?.startup(client.child.pid);
    if (marks) rows.push({ group: 'server', figure: 'seeds: where the start went (ms after the server process started)', value: marks, target: '' });
    await client.until(() => client.status.at(-1)?.state === 'idle', 60_000, 'indexing done');
    const positions = ['Wang Kejian', 'exchanged views', '31,000', 'Isma’il', 'Netanyahu', 'Rafah', 'Qatar'].map((n) => positionOf(seeds[0], n, 0, 2));
    const n = ctx.quick ? 100 : 400;
    for (const [method, name] of [['textDocument/hover', 'hover'], ['textDocument/definition', 'definition']] as const) {
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = performance.now();
        await client.request(method, { textDocument: { uri: ua }, position: positions[i % positions.length] });
        times.push(performance.now() - s);
      }
      row(`${name} p50 (${n} requests)`, pct(times, 0.5), null);
      row(`${name} p99`, pct(times, 0.99), 10);
    }
    let text = (seeds[1] + seeds[0]).slice(0, 5000);
    client.open('five-kb.txt', text, 1);
    const u = client.uri('five-kb.txt');
    await client.until(() => client.last(u)?.version === 1, 30_000, '5 KB report');
    const edits: number[] = [];
    for (let v = 2; v < (ctx.quick ? 8 : 22); v++) {
      const at = positionAt(text, 200);
      text = `${text.slice(0, 200)}x${text.slice(200)}`;
      const s = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
      await client.until(() => client.last(u)?.version === v, 30_000, `version ${v}`);
      edits.push(performance.now() - s - DEBOUNCE_MS);
    }
    row('edit -> fresh diagnostics, 5 KB report, after the debounce (p50)', pct(edits, 0.5), 100);
  } finally {
    await client.close();
  }
  rows.push(...(await workspacePhases(ctx, seeds[0])));
  return rows;
}

/** Reports in the generated workspaces (`--quick`: 1,000 only); NEWSLENS_BENCH_SIZES=1000,10000 overrides. */
function sizes(ctx: BenchContext): number[] {
  const env = process.env.NEWSLENS_BENCH_SIZES;
  if (env) return env.split(',').map(Number);
  return ctx.quick ? [1000] : [1000, 10000];
}

/** Codes of the cross-report rules (a diagnostic that needs the comparison). */
const CROSS = new Set(['quote-mismatch', 'figure-mismatch', 'date-mismatch', 'name-variant', 'uncorroborated-claim']);

/**
 * The server on a generated workspace (issue 17 §5), cold (empty cache) then warm (the cache the
 * cold run wrote): seed 000 opened at once and hovered every ~25 ms (20 ms after each answer) from
 * the start to idle and through an edit; each hover is put in the phase the server was in when it
 * was sent (`newslens/status`: indexing, comparing; after the edit until its cross-report
 * diagnostics are out). Then time to idle, hover p50 / p99 and the longest wait per phase, the
 * edit's own and cross-report diagnostics after the debounce, and the server's peak RSS (all threads).
 */
async function workspacePhases(ctx: BenchContext, seed: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes(ctx)) {
    // NEWSLENS_BENCH_KEEP=<dir>: the workspace and the storage folder are <dir>/ws-<n> and <dir>/storage-<n>, kept
    // after the run; when the storage folder is there already (a run before filled it), only the warm run is made
    // (to measure a warm start again without the cold run before it)
    const keep = process.env.NEWSLENS_BENCH_KEEP;
    const kept = keep ? existsSync(join(keep, `storage-${n}`)) : false;
    const folder = keep ? join(keep, `ws-${n}`) : mkdtempSync(join(tmpdir(), 'newslens-bench-ws-'));
    const storage = keep ? join(keep, `storage-${n}`) : mkdtempSync(join(tmpdir(), 'newslens-bench-storage-'));
    mkdirSync(storage, { recursive: true });
    if (!kept) {
      cpSync(makeCorpus(ctx.devData, n), join(folder, 'corpus'), { recursive: true });
      cpSync(join(ctx.root, 'seeds', A), join(folder, A));
    }
    // NEWSLENS_BENCH_SEED_CACHE: an analysis cache to start from (e.g. the one `newslens check --cache` wrote on
    // the same corpus), when the machine cannot afford a cold analysis of every report: the first run is then
    // 'cold comparison' (every analysis read from the cache, nothing compared yet)
    const seeded = process.env.NEWSLENS_BENCH_SEED_CACHE;
    if (seeded && !kept) cpSync(seeded, join(storage, 'analysis-cache'), { recursive: true, filter: (src) => !src.includes('/comparisons') });
    const runs = kept ? ['warm'] : [seeded ? 'cold comparison' : 'cold', 'warm'];
    try {
      for (const run of runs) rows.push(...(await phases(ctx, n, run, folder, storage, seed)));
    } finally {
      if (!keep) {
        rmSync(folder, { recursive: true, force: true });
        rmSync(storage, { recursive: true, force: true });
      }
    }
  }
  return rows;
}

/** NEWSLENS_BENCH_TRACE=<dir>: the server's and this process's main-thread stalls, set against the long hover waits (lag-summary.ts). */
const trace = process.env.NEWSLENS_BENCH_TRACE ? new LagTrace(process.env.NEWSLENS_BENCH_TRACE) : null;

async function phases(ctx: BenchContext, n: number, run: string, folder: string, storage: string, seed: string): Promise<BenchRow[]> {
  const t0 = performance.now();
  const { client } = await startClient({ bin: true, folder, initializationOptions: { storagePath: storage } });
  const waits = new Map<string, number[]>();
  /** Per phase, the hovers answered with the note that the report is still being read (no content). */
  const notes = new Map<string, number>();
  /** 'indexing' until the status says more ('starting' before the first status: loading compromise); then 'idle', 'after an edit'. */
  let phase = 'indexing';
  let hovering = true;
  const label = `${n.toLocaleString('en')} reports, ${run}`;
  const ua = client.uri(A);
  const positions = ['Wang Kejian', 'Isma’il', '31,000', 'Rafah'].map((x) => positionOf(seed, x, 0, 2));
  const phaseNow = () => {
    const state = client.status.at(-1)?.state;
    return phase !== 'indexing' ? phase : state === undefined ? 'starting' : state === 'comparing' ? 'comparing' : 'indexing';
  };
  // the resident set sampled twice a second: in which phase, and when, the peak was
  const rssPeak = { mb: 0, phase: '', at: 0, now: 0 };
  const sampler = setInterval(() => {
    const mb = residentMb(client.child.pid);
    if (mb > rssPeak.mb) Object.assign(rssPeak, { mb, phase: phaseNow(), at: (performance.now() - t0) / 1000, now: performance.now() });
  }, 500);
  const hovers = (async () => {
    for (let i = 0; hovering; i++) {
      const at = phaseNow();
      const s = performance.now();
      const answer = await client.request<{ contents: { value?: string } } | null>('textDocument/hover', { textDocument: { uri: ua }, position: positions[i % positions.length] });
      const took = performance.now() - s;
      if (/still reading/.test(answer?.contents.value ?? '')) notes.set(at, (notes.get(at) ?? 0) + 1);
      trace?.hover(at, s, took);
      const list = waits.get(at) ?? [];
      list.push(took);
      waits.set(at, list);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const rows: BenchRow[] = [];
  try {
    client.open(A, seed, 1);
    await client.until(() => client.status.at(-1)?.state === 'idle', 3_600_000, 'idle');
    const idleMs = performance.now() - t0;
    phase = 'idle';
    // an edit to a report of a multi-report event: its own diagnostics, then its event's; the first
    // edit comes as soon as the report is opened (the editor's worker is still taking it in), the
    // second once the first one's cross-report diagnostics are out
    const target = editTarget(client, folder);
    const edits: Array<{ own: number; cross: number; steps: string }> = [];
    if (target) {
      const uri = client.uri(target.name);
      client.open(target.name, target.text, 1);
      await client.until(() => client.last(uri)?.version === 1 && client.last(uri)?.diagnostics.some((d) => CROSS.has(String(d.code))), 600_000, 'the edited report compared');
      phase = 'after an edit';
      let text = target.text;
      for (const [version, share] of [[2, 0.5], [3, 0.25]] as const) {
        const at = text.indexOf(' ', Math.floor(text.length * share));
        const pos = positionAt(text, at);
        text = `${text.slice(0, at)} reportedly${text.slice(at)}`;
        const s = performance.now();
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: ' reportedly' }] });
        await client.until(() => client.last(uri)?.version === version, 600_000, 'the edit\'s own diagnostics');
        const own = performance.now() - s - DEBOUNCE_MS;
        await client.until(() => client.last(uri)?.version === version && client.last(uri)?.diagnostics.some((d) => CROSS.has(String(d.code))), 600_000, 'the edit\'s cross-report diagnostics');
        edits.push({ own, cross: performance.now() - s - DEBOUNCE_MS, steps: trace?.notes(client.child.pid, s, performance.now()) ?? '' });
      }
    }
    hovering = false;
    await hovers;
    const rss = peakRss(client.child.pid);
    const heaps = rssPeak.mb > 0 ? trace?.heapAt(client.child.pid, rssPeak.now) : '';
    const sampled = rssPeak.mb > 0 ? ` (sampled: ${rssPeak.mb} MB while ${rssPeak.phase}, +${rssPeak.at.toFixed(0)} s${heaps ? `; ${heaps}` : ''})` : '';
    rows.push({ group: 'server', figure: `${label}: start -> idle (every report published)`, value: `${(idleMs / 1000).toFixed(1)} s; peak RSS ${rss}${sampled}`, target: 'RSS <= 1536 MB' });
    for (const [name, list] of waits) {
      const longest = Math.max(...list);
      rows.push({
        group: 'server', figure: `${label}: hover while ${name} (${list.length} hovers) p50 / p99 / longest`,
        value: `${pct(list, 0.5).toFixed(1)} / ${pct(list, 0.99).toFixed(1)} / ${longest.toFixed(0)} ms${notes.get(name) ? `; ${notes.get(name)} answered "still reading"` : ''}`, target: 'p99 <= 20 ms, longest <= 100 ms', ok: pct(list, 0.99) <= 20 && longest <= 100,
      });
    }
    const marks = trace?.startup(client.child.pid);
    if (marks) rows.push({ group: 'server', figure: `${label}: where the start went (ms after the server process started)`, value: marks, target: '' });
    for (const { phase, text } of trace?.summary(client.child.pid) ?? []) rows.push({ group: 'server', figure: `${label}: where the long hover waits went, ${phase}`, value: text, target: '' });
    if (edits.length === 0) rows.push({ group: 'server', figure: `${label}: edit`, value: 'no report with cross-report diagnostics', target: '' });
    edits.forEach(({ own, cross, steps }, i) => rows.push({
      group: 'server', figure: `${label}: ${i === 0 ? 'edit at once after opening' : 'second edit'} -> own diagnostics / -> its event's cross-report diagnostics (after the debounce)`,
      value: `${own.toFixed(0)} / ${cross.toFixed(0)} ms${steps ? ` (the server's steps, ms after the change was sent: ${steps})` : ''}`, target: '<= 150 / <= 500 ms', ok: own <= 150 && cross <= 500,
    }));
  } finally {
    clearInterval(sampler);
    hovering = false;
    await hovers.catch(() => undefined);
    await client.close();
  }
  return rows;
}

/** A corpus report whose published diagnostics include a cross-report one (the first by name). */
function editTarget(client: TestClient, folder: string): { name: string; text: string } | undefined {
  const prefix = client.uri('corpus/');
  const withCross = client.published.filter((p) => p.uri.startsWith(prefix) && p.diagnostics.some((d) => CROSS.has(String(d.code)))).map((p) => p.uri).sort();
  if (withCross.length === 0) return undefined;
  const name = decodeURIComponent(withCross[0].slice(client.uri('').length + 1));
  return { name, text: readFileSync(join(folder, name), 'utf8') };
}

/** The peak resident set of a process (all its threads), from /proc (Linux). */
function peakRss(pid: number | undefined): string {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return `${Math.round(kb / 1024)} MB`;
  } catch {
    return 'unknown';
  }
}

/** The resident set of a process now, MB (0 when unknown). */
function residentMb(pid: number | undefined): number {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024) || 0;
  } catch {
    return 0;
  }
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}
