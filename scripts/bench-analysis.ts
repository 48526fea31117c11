// Throughput of the whole one-report analysis against compromise's bare parse of the same texts,
// and the service's tagging alone (nlp/tag.ts: nlp(text)'s hooks minus those that change nothing it
// reads) against the same: the three measured in turn in each round, every cache off. Wall clock
// and CPU time (this process: steadier when other jobs share the cores), median of the rounds.
import nlp from 'compromise';
import { analyzeReport } from '@newslens/language-service';
import { tagText } from '../packages/language-service/src/nlp/tag.ts';
import { fmt, kb, newsTexts, type BenchContext, type BenchRow } from './bench-lib.ts';

interface Timing { wall: number; cpu: number }

/**
 * Runs each function once to warm up, then `rounds` times in turn, the order rotated each round
 * (the one after the analysis pays for collecting its garbage); median wall and CPU ms of each.
 */
function timeInTurn(fns: Array<() => void>, rounds: number): Timing[] {
  for (const f of fns) f();
  const runs: Timing[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((_, k) => {
      const i = (k + r) % fns.length;
      const f = fns[i];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      f();
      const c = process.cpuUsage(c0);
      runs[i].push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
    });
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return runs.map((rs) => ({ wall: median(rs.map((x) => x.wall)), cpu: median(rs.map((x) => x.cpu)) }));
}

/**
 * The bare parse and the analysis of each report in turn (the order swapped every report), summed:
 * a load that changes during a round weighs on both alike (session 26: whole-pass rounds varied by
 * more than the target's margin at a load of 6-10). CPU ms of the bare parses and of the analyses.
 */
function reportByReport(texts: readonly string[], rounds: number): { bare: number; whole: number } {
  const cpu = (f: () => void) => { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
  let bare = 0, whole = 0;
  for (let r = 0; r < rounds; r++) {
    texts.forEach((x, i) => {
      if ((i + r) % 2 === 0) { bare += cpu(() => nlp(x)); whole += cpu(() => analyzeReport(x)); }
      else { whole += cpu(() => analyzeReport(x)); bare += cpu(() => nlp(x)); }
    });
  }
  return { bare, whole };
}

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const texts = newsTexts(ctx, ctx.quick ? 60_000 : 250_000);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const [bare, tag, whole] = timeInTurn([
    () => { for (const x of texts) nlp(x); },
    () => { for (const x of texts) tagText(x); },
    () => { for (const x of texts) analyzeReport(x); },
  ], ctx.quick ? 1 : 3);
  const inTurn = reportByReport(texts, ctx.quick ? 1 : 3);
  const ratio = whole.wall / bare.wall;
  const cpuRatio = whole.cpu / bare.cpu;
  const rss = process.resourceUsage().maxRSS / 1024;
  const g = 'analysis';
  return [
    { group: g, figure: `texts`, value: `${texts.length} reports, ${fmt(kb(chars), 0)} KB`, target: '' },
    { group: g, figure: 'compromise bare parse (baseline)', value: `${fmt(kb(chars) / (bare.wall / 1000), 1)} KB/s`, target: '' },
    { group: g, figure: 'whole analysis', value: `${fmt(kb(chars) / (whole.wall / 1000), 1)} KB/s`, target: '' },
    { group: g, figure: 'analysis / bare parse', value: `${fmt(ratio)}x (CPU ${fmt(cpuRatio)}x)`, target: '<= 1.5x', ok: Math.min(ratio, cpuRatio) <= 1.5 },
    { group: g, figure: 'analysis / bare parse, report by report in turn (CPU)', value: `${fmt(inTurn.whole / inTurn.bare)}x`, target: '<= 1.5x', ok: inTurn.whole / inTurn.bare <= 1.5 },
    { group: g, figure: 'tagging alone (tagText) / bare parse', value: `${fmt(tag.wall / bare.wall)}x (CPU ${fmt(tag.cpu / bare.cpu)}x)`, target: '' },
    { group: g, figure: 'peak RSS (process)', value: `${fmt(rss, 0)} MB`, target: '' },
  ];
}
