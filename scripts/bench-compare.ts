// Grouping + alignment (compareReports) on 1,000 and 10,000 already-analysed reports, built at bench
// time from the crossdoc dev data replicated with edits: replica k renames every capitalised word
// with a length-keeping letter shift of its own (so replicas are different events with different
// names, offsets unchanged) and changes the figures' values. Each size runs in a child process,
// so its peak memory is its own. Nothing generated is written to the repository.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ReportAnalysis, ReportInput } from '@newslens/language-service';
import { compareReportsIncremental } from '../packages/language-service/src/compare/compare-incremental.ts';
import { groupEvents } from '../packages/language-service/src/compare/group-events.ts';
import { fmt, type BenchContext, type BenchRow } from './bench-lib.ts';
import { loadCrossdoc } from './eval-grouping.ts';

/** Replica k of an analysis: capitalised words shifted by k letters (same length), figures scaled. */
function replica(analysis: ReportAnalysis, k: number): ReportAnalysis {
  if (k === 0) return analysis;
  const shift = (w: string) => w[0] + [...w.slice(1)].map((c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + k) % 26))).join('');
  const json = JSON.stringify(analysis).replace(/\b[A-Z][a-z]{2,}\b/g, shift);
  const copy = JSON.parse(json) as ReportAnalysis;
  for (const f of copy.figures) f.value *= 1 + (k % 5);
  return copy;
}

/** n reports: whole events of the dev data, replica after replica. */
export function buildReports(base: ReadonlyArray<{ event: string; file: string; analysis: ReportAnalysis }>, n: number): ReportInput[] {
  const out: ReportInput[] = [];
  for (let k = 0; out.length < n; k++) {
    for (const r of base) {
      if (out.length >= n) break;
      out.push({ id: `r${k}/${r.file}`, analysis: replica(r.analysis, k) });
    }
  }
  return out;
}

interface ChildResult {
  n: number; groupMs: number; totalMs: number; cpuMs: number; events: number; links: number; baseRssMb: number; peakRssMb: number;
  /** Reports in the largest event, mean reports per event of two or more, cross-report problems: alignment costs per pair inside an event. */
  largest: number; meanMulti: number; problems: number;
  /** One report of a multi-report event edited, compared again with the previous state: a word changed (grouping again), a space added. */
  edits: Array<{ what: string; ms: number; cpuMs: number; aligned: number; regrouped: boolean }>;
}

async function child(devData: string, n: number): Promise<ChildResult> {
  const base = await loadCrossdoc(devData, false);
  const reports = buildReports(base, n);
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  let t0 = performance.now();
  groupEvents(reports);
  const groupMs = performance.now() - t0;
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const first = compareReportsIncremental(reports);
  const c = first.comparison;
  const totalMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  // edits to one report of the middle multi-report event (a new analysis object, as after re-analysis;
  // offsets stay valid: the word keeps its length)
  const multi = c.events.filter((e) => e.reports.length > 1);
  const target = multi[Math.floor(multi.length / 2)].reports[0];
  const edits: ChildResult['edits'] = [];
  let state = first.state;
  let current = reports;
  for (const [what, change] of [
    ['a word changed', (t: string) => t.replace(/\b([a-z])([a-z]{4,})\b/, (_, a: string, b: string) => `${a === 'z' ? 'y' : 'z'}${b}`)],
    ['a space added at the end', (t: string) => `${t} `], // offsets unchanged: the analysis stays valid
  ] as const) {
    const edited = current.map((r) => (r.id !== target ? r : { id: r.id, analysis: { ...r.analysis, text: change(r.analysis.text) } }));
    t0 = performance.now();
    const cpu1 = process.cpuUsage();
    const again = compareReportsIncremental(edited, state);
    const editCpu = process.cpuUsage(cpu1);
    edits.push({ what, ms: performance.now() - t0, cpuMs: (editCpu.user + editCpu.system) / 1000, aligned: again.aligned, regrouped: again.regrouped });
    state = again.state;
    current = edited;
  }
  const sizes = c.events.map((e) => e.reports.length).filter((k) => k > 1);
  return {
    n, groupMs, totalMs, cpuMs: (cpu.user + cpu.system) / 1000, events: c.events.length, links: c.links.length, baseRssMb, peakRssMb, edits,
    largest: Math.max(0, ...sizes), meanMulti: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length),
    problems: Object.values(c.problems).reduce((a, p) => a + p.length, 0),
  };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  await loadCrossdoc(ctx.devData, false); // analyses cached before the timed children start
  const sizes = ctx.quick ? [200, 2000] : [1000, 10000];
  const results: ChildResult[] = sizes.map((n) => JSON.parse(execFileSync(process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n), ctx.devData], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!) as ChildResult);
  const rows: BenchRow[] = [];
  for (const r of results) {
    const label = `${r.n.toLocaleString('en')} reports`;
    rows.push(
      { group: 'compare', figure: `${label}: grouping`, value: `${fmt(r.groupMs / 1000)} s (${r.events} events; of 2+ reports: mean ${fmt(r.meanMulti, 1)}, largest ${r.largest})`, target: '' },
      { group: 'compare', figure: `${label}: grouping + alignment`, value: `${fmt(r.totalMs / 1000)} s, CPU ${fmt(r.cpuMs / 1000)} s (${r.links} links, ${r.problems} problems)`,
        // one thread: on a shared machine the CPU time is what an idle machine's wall time would be
        target: r.n >= 10000 ? '< 30 s (CPU)' : '', ok: r.n >= 10000 ? r.cpuMs < 30_000 : undefined },
      ...r.edits.map((e) => ({
        group: 'compare', figure: `${label}: one report edited (${e.what}), compared again`, target: '',
        value: `${fmt(e.ms / 1000)} s, CPU ${fmt(e.cpuMs / 1000)} s (${e.regrouped ? 'grouped again' : 'grouping kept'}, ${e.aligned} event aligned; ${fmt((100 * e.cpuMs) / r.cpuMs, 0)}% of the full CPU)`,
      })),
      { group: 'compare', figure: `${label}: peak RSS`, value: `${fmt(r.peakRssMb, 0)} MB (${fmt(r.baseRssMb, 0)} MB before comparing)`, target: '' },
    );
  }
  const ratio = results[1].cpuMs / results[0].cpuMs;
  const wall = results[1].totalMs / results[0].totalMs;
  rows.push({ group: 'compare', figure: `CPU time ${sizes[1]}/${sizes[0]}`, value: `${fmt(ratio, 1)}x (wall ${fmt(wall, 1)}x)`, target: '~10x (<= 15x)', ok: ratio <= 15 });
  return rows;
}

if (process.argv[2] === '--child') {
  const result = await child(process.argv[4], Number(process.argv[3]));
  console.log(JSON.stringify(result));
}
