// Event grouping on ../shared/dev-data/crossdoc: pairwise precision / recall / F1 of same-event pairs.
// ECB+: each tNN_ecb / tNN_ecbplus folder is one event (two different events per topic); MEANTIME: each
// article is its own event. Reports are handed over under shuffled neutral ids (seeded), so the grouping
// never sees folder or file names. Analyses are cached under .cache/eval/ (ANALYZER_VERSION + a hash of the analysis' sources + content hash;
// NEWSLENS_EVAL_FRESH=1 recomputes).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportAnalysis, ReportInput } from '@newslens/language-service';
import { ANALYZER_VERSION } from '../packages/language-service/src/version.ts';
import { groupEvents } from '../packages/language-service/src/compare/group-events.ts';
import { makeRng } from '../test/helpers/fuzz-inputs.ts';
import { analyserFingerprint } from './dev-data.ts';
import { causeSummary, groupingCauses, openingLine } from './grouping-causes.ts';
import { dayOf } from '../packages/language-service/src/compare/events/features.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DevReport {
  /** Path relative to crossdoc/, e.g. ecbplus/t01_ecb/1_1ecb.txt. */
  file: string;
  /** Gold event: the ECB+ folder, or the MEANTIME file. */
  event: string;
  /** ECB+ / MEANTIME folder. */
  folder: string;
  docId: string;
  analysis: ReportAnalysis;
}

/** Every crossdoc report with its analysis, from the cache when it is there. */
export async function loadCrossdoc(devData: string, log = true): Promise<DevReport[]> {
  const base = join(devData, 'crossdoc');
  const cacheFile = join(root, '.cache/eval', `crossdoc-${ANALYZER_VERSION}-${analyserFingerprint()}.json`);
  const cache: Record<string, ReportAnalysis> =
    !process.env.NEWSLENS_EVAL_FRESH && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, ReportAnalysis>) : {};
  const out: DevReport[] = [];
  let fresh = 0;
  const t0 = performance.now();
  for (const dataset of ['ecbplus', 'meantime_en']) {
    const dsDir = join(base, dataset);
    if (!existsSync(dsDir)) continue;
    for (const folder of readdirSync(dsDir).filter((d) => !d.includes('.')).sort()) {
      for (const f of readdirSync(join(dsDir, folder)).filter((x) => x.endsWith('.txt')).sort()) {
        const file = `${dataset}/${folder}/${f}`;
        const text = readFileSync(join(base, file), 'utf8');
        const key = createHash('sha1').update(text).digest('hex');
        let analysis = cache[key];
        if (!analysis) {
          // loaded only when needed: grouping can be tuned on cached analyses while the analysis is being edited
          const { analyzeReport } = await import('@newslens/language-service');
          analysis = analyzeReport(text);
          cache[key] = analysis;
          fresh++;
          if (log && fresh % 100 === 0) process.stderr.write(`  analysed ${fresh} reports...\n`);
        }
        const event = dataset === 'ecbplus' ? `${dataset}/${folder}` : file;
        out.push({ file, event, folder: `${dataset}/${folder}`, docId: f.slice(0, -4), analysis });
      }
    }
  }
  if (fresh > 0) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  if (log) console.log(`${out.length} reports (${fresh} analysed now, ${out.length - fresh} from cache, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return out;
}

/** A small seeded generator (mulberry32, shared with the fuzz tests). */
export const seeded: (seed: number) => () => number = makeRng;

export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rand = seeded(seed);
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export interface PairScores { tp: number; fp: number; fn: number; p: number; r: number; f1: number }

/** Pairwise precision / recall of same-group pairs: gold and predicted labels per item. */
export function pairwise(gold: readonly string[], pred: readonly string[]): PairScores {
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    let n = 0;
    for (const c of m.values()) n += (c * (c - 1)) / 2;
    return n;
  };
  const goldPairs = count([...gold]);
  const predPairs = count([...pred]);
  const tp = count(gold.map((g, i) => `${g}\u0000${pred[i]}`));
  const p = predPairs ? tp / predPairs : 1;
  const r = goldPairs ? tp / goldPairs : 1;
  return { tp, fp: predPairs - tp, fn: goldPairs - tp, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The half a report is scored in: ECB+ by its topic number's parity (t02 even, t01 odd); MEANTIME by
 * the parity of its file's place in its corpus folder, file names sorted (the first is even). Grouping
 * is tuned on the even half; the odd half is held out.
 */
export type Half = 'even' | 'odd';
export function halvesOf(reports: readonly DevReport[]): Half[] {
  const place = new Map<string, number>();
  return reports.map((r) => {
    const topic = /^ecbplus\/t(\d+)_/.exec(r.file);
    if (topic) return Number(topic[1]) % 2 === 0 ? 'even' : 'odd';
    const k = place.get(r.folder) ?? 0;
    place.set(r.folder, k + 1);
    return k % 2 === 0 ? 'even' : 'odd';
  });
}

const line = (s: PairScores) => `precision ${pct(s.p)}  recall ${pct(s.r)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

export async function run(devData: string): Promise<void> {
  const reports = await loadCrossdoc(devData);
  const halfOfFile = new Map(halvesOf(reports).map((h, i) => [reports[i].file, h]));
  const order = shuffled(reports, 20240314);
  const inputs: ReportInput[] = order.map((r, i) => ({ id: `report-${String(i).padStart(4, '0')}.txt`, analysis: r.analysis }));
  const t0 = performance.now();
  const groups = groupEvents(inputs);
  const ms = performance.now() - t0;
  const predOf = new Map<string, string>();
  for (const g of groups) for (const id of g.reports) predOf.set(id, g.id);
  const gold = order.map((r) => r.event);
  const pred = inputs.map((r) => predOf.get(r.id) ?? `missing:${r.id}`);
  const half = order.map((r) => halfOfFile.get(r.file)!);
  const score = (keep: (i: number) => boolean) => {
    const idx = order.map((_, i) => i).filter(keep);
    return pairwise(idx.map((i) => gold[i]), idx.map((i) => pred[i]));
  };
  const all = score(() => true);
  const even = score((i) => half[i] === 'even');
  const odd = score((i) => half[i] === 'odd');
  console.log(`grouping ${inputs.length} reports (one workspace) into ${groups.length} events in ${ms.toFixed(0)} ms (${new Set(gold).size} gold events)`);
  console.log('same-event pairs (even: ECB+ even topics + MEANTIME files at even places in their folder; tuned on even, odd held out):');
  console.log(`  all:  ${line(all)}`);
  console.log(`  even: ${line(even)}  (tuned on)`);
  console.log(`  odd:  ${line(odd)}  (held out; target F1 >= 93% and precision >= 93%)`);
  console.log(`  pairs put together across the halves (false, counted in "all" only): ${all.fp - even.fp - odd.fp}`);
  for (const h of ['even', 'odd'] as const) {
    const s = score((i) => half[i] === h && order[i].file.startsWith('ecbplus/'));
    console.log(`  ECB+ ${h}: ${line(s)}`);
  }
  // why, on the half tuned on (NEWSLENS_EVAL_VERBOSE=1 lists each wrong merge and split; =all counts and lists every report, which spoils the held-out figure)
  const verbose = process.env.NEWSLENS_EVAL_VERBOSE;
  const shown = order.map((_, i) => i).filter((i) => verbose === 'all' || half[i] === 'even');
  const causes = groupingCauses(shown.map((i) => ({
    event: gold[i], pred: pred[i], day: dayOf(order[i].analysis.publishedAt),
    label: `${order[i].docId} | ${order[i].analysis.publishedAt ?? '-'} | ${openingLine(order[i].analysis.text)}`,
  })));
  console.log(`why (${verbose === 'all' ? 'every report' : 'even half'}):`);
  for (const l of causeSummary(causes)) console.log(l);
  if (verbose) for (const l of causes.lines) console.log(`  ${l}`);
}
