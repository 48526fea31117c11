// Event grouping on the development archive (scripts/make-archive.ts: the ECB+ and MEANTIME reports
// as files with YAML front matter, dated where the source gives a date): pairwise precision / recall
// / F1 of same-event pairs, all reports in one workspace, as the product groups them (event pins
// honoured; the archive has none). Built again into .archive/ on every run (the reports' texts do not
// change, so the analyses stay cached). The even half (even ECB+ topics, MEANTIME articles at even
// places in their corpus folder: the halves of eval-grouping) is what to tune on; the odd half is held out.
// Analyses are cached under .cache/eval/ like eval-grouping's (NEWSLENS_EVAL_FRESH=1 recomputes).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportAnalysis, ReportInput } from '@newslens/language-service';
import { ANALYZER_VERSION } from '../packages/language-service/src/version.ts';
import { groupEventsByTerms, groupingTerms } from '../packages/language-service/src/compare/group-events.ts';
import { groupWithPins } from '../packages/language-service/src/compare/pins.ts';
import { analyserFingerprint } from './dev-data.ts';
import { pairwise, pct, type PairScores } from './eval-grouping.ts';
import { causeSummary, groupingCauses, openingLine } from './grouping-causes.ts';
import { dayOf } from '../packages/language-service/src/compare/events/features.ts';
import { buildArchive, describeArchive, type ArchiveGold } from './make-archive.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function run(devData: string): Promise<void> {
  const out = join(root, '.archive');
  const gold: ArchiveGold = buildArchive(devData, out);
  console.log(describeArchive(gold));
  const cacheFile = join(root, '.cache/eval', `archive-${ANALYZER_VERSION}-${analyserFingerprint()}.json`);
  const cache: Record<string, ReportAnalysis> =
    !process.env.NEWSLENS_EVAL_FRESH && existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, ReportAnalysis>) : {};
  let fresh = 0;
  const inputs: ReportInput[] = [];
  for (const r of gold.reports) {
    const text = readFileSync(join(out, 'reports', r.file), 'utf8');
    const key = createHash('sha1').update(text).digest('hex');
    let analysis = cache[key];
    if (!analysis) {
      const { analyzeReport } = await import('@newslens/language-service');
      analysis = cache[key] = analyzeReport(text);
      if (++fresh % 100 === 0) process.stderr.write(`  analysed ${fresh} reports...\n`);
    }
    inputs.push({ id: r.file, analysis });
  }
  if (fresh > 0) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  const dated = inputs.filter((r) => r.analysis.publishedAt !== null && /^\d{4}-\d\d-\d\d$/.test(r.analysis.publishedAt)).length;
  console.log(`${dated} of ${inputs.length} reports have a full publication date (front matter or text)`);
  const t0 = performance.now();
  const groups = groupWithPins(inputs, inputs.map((r) => groupingTerms(r)), (rs, ts) => groupEventsByTerms(rs, ts));
  const ms = performance.now() - t0;
  const predOf = new Map<string, string>();
  for (const g of groups) for (const id of g.reports) predOf.set(id, g.id);
  const line = (s: PairScores) => `precision ${pct(s.p)}  recall ${pct(s.r)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  const score = (half?: 'even' | 'odd') => {
    const rs = gold.reports.filter((r) => half === undefined || r.half === half);
    return pairwise(rs.map((r) => r.event), rs.map((r) => predOf.get(r.file) ?? `missing:${r.file}`));
  };
  console.log(`grouping ${inputs.length} archived reports into ${groups.length} events in ${ms.toFixed(0)} ms`);
  console.log(`same-event pairs, all:  ${line(score())}  target F1 >= 97%`);
  console.log(`  even half (tune on):  ${line(score('even'))}`);
  console.log(`  odd half (held out):  ${line(score('odd'))}`);
  // why, on the half tuned on (NEWSLENS_EVAL_VERBOSE=1 lists each wrong merge and split)
  const byFile = new Map(inputs.map((r) => [r.id, r.analysis]));
  const causes = groupingCauses(gold.reports.filter((r) => r.half === 'even').map((r) => {
    const a = byFile.get(r.file)!;
    const label = `${r.source.split('/').pop()} | ${a.publishedAt ?? '-'} | ${a.metadata?.title ?? openingLine(a.text, a.frontMatter?.end ?? 0)}`;
    return { event: r.event, pred: predOf.get(r.file) ?? `missing:${r.file}`, day: dayOf(a.publishedAt), label };
  }));
  console.log('why (even half):');
  for (const l of causeSummary(causes)) console.log(l);
  if (process.env.NEWSLENS_EVAL_VERBOSE) for (const l of causes.lines) console.log(`  ${l}`);
}
