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

export async function run(devData: string): Promise<void> {
  const reports = await loadCrossdoc(devData);
  const order = shuffled(reports, 20240314);
  const inputs: ReportInput[] = order.map((r, i) => ({ id: `report-${String(i).padStart(4, '0')}.txt`, analysis: r.analysis }));
  const t0 = performance.now();
  const groups = groupEvents(inputs);
  const ms = performance.now() - t0;
  const predOf = new Map<string, string>();
  for (const g of groups) for (const id of g.reports) predOf.set(id, g.id);
  const gold = order.map((r) => r.event);
  const pred = inputs.map((r) => predOf.get(r.id) ?? `missing:${r.id}`);
  const all = pairwise(gold, pred);
  const ecb = order.map((r, i) => (r.file.startsWith('ecbplus/') ? i : -1)).filter((i) => i >= 0);
  const sub = pairwise(ecb.map((i) => gold[i]), ecb.map((i) => pred[i]));
  console.log(`grouping ${inputs.length} reports into ${groups.length} events in ${ms.toFixed(0)} ms (${new Set(gold).size} gold events)`);
  console.log(`same-event pairs: precision ${pct(all.p)}  recall ${pct(all.r)}  F1 ${pct(all.f1)}  (tp ${all.tp}, fp ${all.fp}, fn ${all.fn})  target F1 >= 90%`);
  console.log(`  ECB+ only: precision ${pct(sub.p)}  recall ${pct(sub.r)}  F1 ${pct(sub.f1)}`);
  if (process.env.NEWSLENS_EVAL_VERBOSE) explain(order, inputs, pred);
}

/** Which gold events were split or merged (NEWSLENS_EVAL_VERBOSE=1). */
function explain(order: DevReport[], inputs: ReportInput[], pred: string[]): void {
  const byPred = new Map<string, string[]>();
  order.forEach((r, i) => byPred.set(pred[i], [...(byPred.get(pred[i]) ?? []), r.file]));
  for (const files of byPred.values()) {
    const events = new Set(files.map((f) => order.find((r) => r.file === f)?.event));
    if (events.size > 1) console.log(`  merged: ${files.join(' ')}`);
  }
  const byGold = new Map<string, Set<string>>();
  order.forEach((r, i) => byGold.set(r.event, (byGold.get(r.event) ?? new Set()).add(pred[i])));
  for (const [ev, ps] of byGold) if (ps.size > 1) console.log(`  split: ${ev} into ${ps.size}`);
  void inputs;
}
