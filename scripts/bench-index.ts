// Workspace scale: cold indexing of the generated 1,000 / 10,000-report corpora (scripts/make-corpus.ts)
// through the analysis host (worker threads, one per core, cache entries written), against
// compromise's bare parse of the same texts on one core, measured in the same process in
// alternating rounds (so machine drift hits both alike); then a warm start from that cache, and
// full diagnostics (index + compare through the comparison cache, as the server does) warm against cold. Each size runs in a child process, so its
// peak RSS (all threads) is its own. For 10,000 reports the baseline parses 1 report in 5 of every
// round and is scaled by characters (--full-baseline parses all). The children run the built
// packages (dist, as the CLI does): `pnpm bench` builds first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { analyzeMany, compareWithCache, createAnalysisPool, defaultPoolSize, heapGovernor, openDiskCache, type PoolStats, type ReportJob } from '@newslens/analysis-host';
import type { ReportAnalysis } from '@newslens/language-service';
import { fmt, type BenchContext, type BenchRow } from './bench-lib.ts';
import { corpusFiles, makeCorpus } from './make-corpus.ts';

interface ChildResult {
  n: number; chars: number; workers: number; sample: number;
  bareMs: number; bareCpuMs: number; coldMs: number; coldCpuMs: number; warmMs: number;
  /** The whole comparison (links kept, as the server keeps them) through the comparison cache: computed and written, then read back. */
  compareColdMs: number; compareWarmMs: number; comparedFromCache: boolean;
  indexRssMb: number; peakRssMb: number; fromCache: number;
  /** maxRSS at the end (the warm run in the same process): only when it exceeds the cold start's peak does it tell anything. */
  warmPeakRssMb: number;
  /** Cold indexing by thread: the main thread's CPU, each worker's, and the time the workers were busy (ms). */
  mainCpuMs: number; workerCpuMs: number[]; workerBusyMs: number[];
  /** Load average (1 min) at the start and the end of the run: the machine's other jobs. */
  load: [number, number];
}

/** What the threads did between two snapshots (CPU null on platforms that do not tell: 0). */
function threadDelta(a: PoolStats, b: PoolStats, into: { main: number; cpu: number[]; busy: number[] }): void {
  into.main += (b.mainCpuMs ?? 0) - (a.mainCpuMs ?? 0);
  b.workers.forEach((w, i) => {
    into.cpu[i] = (into.cpu[i] ?? 0) + (w.cpuMs ?? 0) - (a.workers[i]?.cpuMs ?? 0);
    into.busy[i] = (into.busy[i] ?? 0) + w.busyMs - (a.workers[i]?.busyMs ?? 0);
  });
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function child(dir: string, n: number, sample: number, rounds: number): Promise<ChildResult> {
  const jobs: ReportJob[] = corpusFiles(dir).slice(0, n).map((f) => ({ text: readFileSync(f, 'utf8'), format: 'text' }));
  const chars = jobs.reduce((s, j) => s + j.text.length, 0);
  const cacheDir = mkdtempSync(join(tmpdir(), 'newslens-bench-cache-'));
  const load0 = loadavg()[0];
  try {
    const cache = openDiskCache(cacheDir);
    let bareMs = 0, bareCpuMs = 0, bareChars = 0;
    // the pool starts first (its start-up counted in the cold time), so that the workers' analyser
    // is the one the cache was keyed with even if the packages are rebuilt during the run
    let t0 = performance.now();
    let c0 = process.cpuUsage();
    const pool = createAnalysisPool(defaultPoolSize());
    await analyzeMany(Array.from({ length: pool.size }, () => ({ text: 'Officials met on Tuesday.', format: 'text' as const })), { pool });
    let coldMs = performance.now() - t0;
    let coldCpuMs = cpuMs(process.cpuUsage(c0));
    const analyses: ReportAnalysis[] = new Array(jobs.length);
    const threads = { main: 0, cpu: [] as number[], busy: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      const idx = jobs.map((_, i) => i).filter((i) => i % rounds === r);
      // baseline: compromise's bare parse on this thread (one core)
      t0 = performance.now();
      c0 = process.cpuUsage();
      for (const i of idx) if (i % sample === 0) { nlp(jobs[i].text); bareChars += jobs[i].text.length; }
      bareCpuMs += cpuMs(process.cpuUsage(c0));
      bareMs += performance.now() - t0;
      // cold indexing: the pool analyses and writes the cache
      const before = await pool.stats();
      t0 = performance.now();
      c0 = process.cpuUsage();
      const res = await analyzeMany(idx.map((i) => jobs[i]), { cache, pool });
      res.analyses.forEach((a, k) => { analyses[idx[k]] = a; });
      coldCpuMs += cpuMs(process.cpuUsage(c0));
      coldMs += performance.now() - t0;
      threadDelta(before, await pool.stats(), threads);
    }
    await pool.close();
    const indexRssMb = process.resourceUsage().maxRSS / 1024;
    analyses.length = 0; // the CLI holds one set of analyses, not two
    const scale = chars / bareChars;
    // warm start: a fresh cache handle over the same folder, every report read back
    t0 = performance.now();
    const warm = await analyzeMany(jobs, { cache: openDiskCache(cacheDir) });
    const warmMs = performance.now() - t0;
    // the comparison as the server makes it: through the comparison cache, computed once (cold,
    // entries written) and then read back (warm); the heap governor as in the server and the CLI
    const reports = warm.analyses.map((analysis, i) => ({ id: String(i), analysis }));
    t0 = performance.now();
    compareWithCache(reports, cache, { writeNow: true, afterStep: heapGovernor() });
    const compareColdMs = performance.now() - t0;
    // the peak of a cold start (index, then compare): a warm start is another process in real use, so the
    // cold comparison's garbage is collected before the warm one runs and does not count towards it
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    heapGovernor(0)();
    t0 = performance.now();
    const compared = compareWithCache(reports, openDiskCache(cacheDir), { afterStep: heapGovernor() });
    const compareWarmMs = performance.now() - t0;
    const comparedFromCache = compared.fromCache;
    return {
      n: jobs.length, chars, workers: pool.size, sample, bareMs: bareMs * scale, bareCpuMs: bareCpuMs * scale, coldMs, coldCpuMs,
      warmMs, compareColdMs, compareWarmMs, comparedFromCache, indexRssMb, peakRssMb, warmPeakRssMb: process.resourceUsage().maxRSS / 1024, fromCache: warm.fromCache,
      mainCpuMs: threads.main, workerCpuMs: threads.cpu, workerBusyMs: threads.busy, load: [load0, loadavg()[0]],
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** "main 0.4 s, workers 40.1 + 39.8 s, other threads (GC, I/O) 6.2 s". */
function byThread(r: ChildResult): string {
  const workers = r.workerCpuMs.reduce((a, b) => a + b, 0);
  const other = r.coldCpuMs - workers - r.mainCpuMs;
  return `main ${fmt(r.mainCpuMs / 1000, 1)} s, workers ${r.workerCpuMs.map((c) => fmt(c / 1000, 1)).join(' + ')} s, other threads (GC, I/O) ${fmt(other / 1000, 1)} s`;
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const sizes = ctx.quick ? [100, 1000] : [1000, 10000];
  const dir = makeCorpus(ctx.devData, Math.max(...sizes));
  const full = process.argv.includes('--full-baseline');
  const results: ChildResult[] = sizes.map((n) => {
    const sample = full || n < 10000 ? 1 : 5;
    // the child runs the built packages (dist, as the CLI does), not the sources through tsx
    const execArgv = process.execArgv.filter((a) => a !== '--conditions=source');
    const out = execFileSync(process.execPath, [...execArgv, fileURLToPath(import.meta.url), '--child', dir, String(n), String(sample), '5'],
      { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    return JSON.parse(out.trim().split('\n').pop() as string) as ChildResult;
  });
  const g = 'index';
  const rows: BenchRow[] = [];
  for (const r of results) {
    const label = `${r.n.toLocaleString('en')} reports`;
    const cold = r.coldMs / r.bareMs;
    const coldCpu = r.coldCpuMs / r.workers / r.bareCpuMs;
    const warm = r.warmMs / r.coldMs;
    const warmFull = (r.warmMs + r.compareWarmMs) / (r.coldMs + r.compareColdMs);
    const big = r.n >= 10000;
    rows.push(
      { group: g, figure: `${label}: texts`, value: `${fmt(r.chars / 2 ** 20, 1)} MB, ${r.workers} workers`, target: '' },
      { group: g, figure: `${label}: bare parse, 1 core (baseline)`, value: `${fmt(r.bareMs / 1000, 1)} s, CPU ${fmt(r.bareCpuMs / 1000, 1)} s${r.sample > 1 ? ` (1 in ${r.sample} parsed, scaled by size)` : ''}`, target: '' },
      { group: g, figure: `${label}: cold indexing`, value: `${fmt(r.coldMs / 1000, 1)} s, CPU ${fmt(r.coldCpuMs / 1000, 1)} s (${fmt(r.coldCpuMs / r.coldMs, 2)} cores busy)`, target: '' },
      { group: g, figure: `${label}: cold indexing by thread (CPU)`, value: byThread(r), target: '' },
      { group: g, figure: `${label}: workers busy (share of the cold wall time)`, value: `${fmt(100 * r.workerBusyMs.reduce((a, b) => a + b, 0) / (r.workers * r.coldMs), 0)}% (load average ${fmt(r.load[0], 1)} -> ${fmt(r.load[1], 1)})`, target: '' },
      { group: g, figure: `${label}: cold / bare parse (wall)`, value: `${fmt(cold)}x`, target: big ? '<= 0.75x' : '', ok: big ? cold <= 0.75 : undefined },
      { group: g, figure: `${label}: cold CPU / ${r.workers} / bare CPU (idle-machine wall)`, value: `${fmt(coldCpu)}x`, target: big ? '<= 0.75x' : '', ok: big ? coldCpu <= 0.75 : undefined },
      { group: g, figure: `${label}: peak RSS, indexing (all threads)`, value: `${fmt(r.indexRssMb, 0)} MB`, target: big ? '<= 1536 MB' : '', ok: big ? r.indexRssMb <= 1536 : undefined },
      { group: g, figure: `${label}: peak RSS, indexing then compare`, value: `${fmt(r.peakRssMb, 0)} MB`, target: big ? '<= 1536 MB' : '', ok: big ? r.peakRssMb <= 1536 : undefined },
      { group: g, figure: `${label}: peak RSS, with the warm start after it in the same process`, value: `${fmt(r.warmPeakRssMb, 0)} MB`, target: '' },
      { group: g, figure: `${label}: warm start (cache read) / cold`, value: `${fmt(100 * warm, 1)}% (${fmt(r.warmMs / 1000, 2)} s, ${r.fromCache} from cache)`, target: '<= 10%', ok: warm <= 0.1 && r.fromCache === r.n },
      { group: g, figure: `${label}: warm / cold, full diagnostics (compare ${fmt(r.compareColdMs / 1000, 1)} s cold, ${fmt(r.compareWarmMs / 1000, 1)} s from its cache)`, value: `${fmt(100 * warmFull, 1)}%`, target: '<= 10%', ok: warmFull <= 0.1 && r.comparedFromCache },
    );
  }
  const [a, b] = results;
  const t = b.coldMs / a.coldMs;
  const tc = b.coldCpuMs / a.coldCpuMs;
  rows.push(
    { group: g, figure: `cold indexing ${b.n}/${a.n}: time, CPU`, value: `${fmt(t, 1)}x, ${fmt(tc, 1)}x (size ${fmt(b.chars / a.chars, 1)}x)`, target: `~${fmt(b.n / a.n, 0)}x`, ok: tc <= 1.3 * (b.chars / a.chars) },
    { group: g, figure: `peak RSS, indexing ${b.n}/${a.n}`, value: `${fmt(b.indexRssMb / a.indexRssMb, 1)}x`, target: `<= ${fmt(b.n / a.n, 0)}x`, ok: b.indexRssMb / a.indexRssMb <= b.n / a.n },
  );
  return rows;
}

if (process.argv[2] === '--child') {
  const [dir, n, sample, rounds] = process.argv.slice(3);
  const result = await child(dir, Number(n), Number(sample), Number(rounds));
  console.log(JSON.stringify(result));
}
