// Judged precision of each rule (test/judged/<code>.jsonl) on today's diagnostics of the dev data,
// per half (A tuned on, B held out): how many of today's diagnostics carry a verdict, right / judged
// and (right + arguable) / judged, how many are unjudged, the coverage of the rule's seeded random
// 100 (the figures count only when >= 90% of them are judged), and the ones judged wrong that are
// still produced. Report text is printed only for the datasets that may be quoted (ECB+, MEANTIME).
// Then, for a rule judged on more than one dataset, the same per dataset: the development reports'
// diagnostics are judged whole, PolNeAR train's (since session 19) in a seeded random sample, so
// the two are read apart, not only together. Last, the two sourcing rules per kind of diagnostic on
// half A (scripts/precision-kinds.ts).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir, openDiskCache } from '@newslens/analysis-host';
import { collectCurrent, devDataRuns } from './judged-corpus.ts';
import { formatKinds } from './precision-kinds.ts';
import { DEFAULT_SEED, JUDGED_RULES, QUOTABLE, matchVerdicts, readJudged, seededOrder, showHeldOut, shownReason, type JudgedEntry, type Judgeable } from './judged-lib.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COVERAGE_SAMPLE = 100;
const COVERAGE_NEEDED = 0.9;

const pct = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));

export interface RulePrecision {
  rule: string;
  coverage: { judged: number; of: number };
  halves: Array<{ half: 'A' | 'B'; current: number; judged: number; right: number; arguable: number; wrong: number; entries: number }>;
  /** Judged wrong and still produced. */
  back: Array<{ item: Judgeable; entry: JudgedEntry }>;
  /** The halves' counts per dataset (of today's diagnostics), in dataset order. */
  byDataset?: Array<{ dataset: string; half: 'A' | 'B'; current: number; judged: number; right: number; arguable: number; wrong: number }>;
}

/** Today's diagnostics' verdicts counted: how many, how many judged, right / arguable / wrong. */
function tally(cur: readonly Judgeable[], matched: ReadonlyMap<Judgeable, JudgedEntry>) {
  const verdicts = cur.flatMap((c) => (matched.has(c) ? [matched.get(c)!.verdict] : []));
  const count = (v: string) => verdicts.filter((x) => x === v).length;
  return { current: cur.length, judged: verdicts.length, right: count('right'), arguable: count('arguable'), wrong: count('wrong') };
}

/** The figures of one rule from today's diagnostics and the verdicts matched to them. */
export function rulePrecision(rule: string, items: readonly Judgeable[], matched: ReadonlyMap<Judgeable, JudgedEntry>, entries: readonly JudgedEntry[], seed = DEFAULT_SEED): RulePrecision {
  const mine = items.filter((c) => c.code === rule);
  const sample = seededOrder(mine, `${seed}|${rule}`).slice(0, COVERAGE_SAMPLE);
  const halves = (['A', 'B'] as const).map((half) => (
    { half, ...tally(mine.filter((c) => c.half === half), matched), entries: entries.filter((e) => e.key.code === rule && e.half === half).length }));
  const datasets = [...new Set(mine.map((c) => c.dataset))].sort();
  const byDataset = datasets.flatMap((dataset) => (['A', 'B'] as const).map((half) => ({ dataset, half, ...tally(mine.filter((c) => c.dataset === dataset && c.half === half), matched) })));
  const back = mine.flatMap((item) => (matched.get(item)?.verdict === 'wrong' ? [{ item, entry: matched.get(item)! }] : []));
  return { rule, coverage: { judged: sample.filter((c) => matched.has(c)).length, of: sample.length }, halves, back, byDataset };
}

/** The table and the list of wrong ones back (half A's; half B's only with NEWSLENS_SHOW_HELD_OUT=1), as printed. */
export function formatPrecision(results: readonly RulePrecision[], texts: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv = process.env): string {
  const out = ['rule                half  verdicts  judged  right  arg.  wrong  P right             P right+arg         unjudged  coverage of 100',
    '------------------  ----  --------  ------  -----  ----  -----  ------------------  ------------------  --------  ---------------'];
  for (const r of results) {
    const cov = r.coverage.of === 0 ? '-' : `${Math.round((100 * r.coverage.judged) / r.coverage.of)}% of ${r.coverage.of}`;
    const counts = r.coverage.of > 0 && r.coverage.judged / r.coverage.of >= COVERAGE_NEEDED;
    for (const h of r.halves) {
      const na = r.coverage.of === 0 ? '- (none produced)' : `n/a (coverage ${cov.split(' ')[0]})`;
      const p1 = counts ? pct(h.right, h.judged) : na, p2 = counts ? pct(h.right + h.arguable, h.judged) : na;
      out.push(`${r.rule.padEnd(18)}  ${h.half.padEnd(4)}  ${String(h.entries).padStart(8)}  ${String(h.judged).padStart(6)}  ${String(h.right).padStart(5)}  ${String(h.arguable).padStart(4)}  ${String(h.wrong).padStart(5)}  ${p1.padEnd(18)}  ${p2.padEnd(18)}  ${String(h.current - h.judged).padStart(8)}  ${cov}`);
    }
  }
  out.push('', '(verdicts: entries in test/judged for the half; judged: today\'s diagnostics with a verdict; A tuned on, B held out)');
  const split = results.filter((r) => new Set(r.byDataset?.map((d) => d.dataset)).size > 1);
  if (split.length > 0) {
    out.push('', 'per dataset (PolNeAR train judged in a sample, the others whole):', 'rule                dataset        half  current  judged  right  arg.  wrong  P right  P right+arg');
    for (const r of split) {
      for (const d of r.byDataset!) {
        out.push(`${r.rule.padEnd(18)}  ${d.dataset.padEnd(13)}  ${d.half.padEnd(4)}  ${String(d.current).padStart(7)}  ${String(d.judged).padStart(6)}  ${String(d.right).padStart(5)}  ${String(d.arguable).padStart(4)}  ${String(d.wrong).padStart(5)}  ${pct(d.right, d.judged).padEnd(7)}  ${pct(d.right + d.arguable, d.judged)}`);
      }
    }
  }
  const all = results.flatMap((r) => r.back);
  // half B's stay unseen (not only their reasons): a span read is a span tuned on
  const back = showHeldOut(env) ? all : all.filter(({ item }) => item.half === 'A');
  out.push('', all.length === 0 ? 'judged wrong and still produced: none' : `judged wrong and still produced: ${all.length}`);
  if (back.length < all.length) out.push(`  (${all.length - back.length} of half B not listed; NEWSLENS_SHOW_HELD_OUT=1 lists them)`);
  for (const { item, entry } of back) {
    const quote = QUOTABLE.has(item.dataset) ? ` "${(texts.get(item.file) ?? '').slice(item.start, item.end).replace(/\s+/g, ' ')}": ${item.message}` : '';
    out.push(`  ${item.code} ${item.file}:${item.start}-${item.end} [${item.half}]${quote}\n      judged wrong (${entry.judge}, ${entry.date}): ${shownReason(entry)}`);
  }
  return out.join('\n');
}

export async function run(devData: string): Promise<void> {
  const t0 = performance.now();
  const entries = readJudged(ROOT);
  const { items, texts } = await collectCurrent(devDataRuns(devData), { cache: openDiskCache(defaultCacheDir()), workers: 'auto' });
  const matched = matchVerdicts(items, entries);
  const results = JUDGED_RULES.map((rule) => rulePrecision(rule, items, matched, entries));
  console.log(formatPrecision(results, texts));
  console.log(`\n${formatKinds(items, matched)}`);
  const orphans = entries.length - new Set(matched.values()).size;
  console.log(`\n${entries.length} verdicts in test/judged, ${orphans} of them on diagnostics no longer produced; ${items.length} current diagnostics in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

// `pnpm eval precision` imports run(); direct use: node --conditions=source --import tsx scripts/eval-precision.ts
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await run(resolve(process.env.NEWSLENS_DEV_DATA ?? join(ROOT, '../shared/dev-data')));
}
