// Throughput of the whole one-report analysis against compromise's bare parse of the same texts,
// measured alternately in the same run, every cache off; and the service's tagging alone
// (nlp/tag.ts: nlp(text)'s hooks minus those that change nothing it reads) against the same.
import nlp from 'compromise';
import { analyzeReport } from '@newslens/language-service';
import { tagText } from '../packages/language-service/src/nlp/tag.ts';
import { fmt, kb, newsTexts, timePaired, type BenchContext, type BenchRow } from './bench-lib.ts';

export async function run(ctx: BenchContext): Promise<BenchRow[]> {
  const texts = newsTexts(ctx, ctx.quick ? 60_000 : 250_000);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const t = timePaired(
    () => { for (const x of texts) nlp(x); },
    () => { for (const x of texts) analyzeReport(x); },
    ctx.quick ? 1 : 3,
  );
  const ratio = t.b / t.a;
  const tag = timePaired(
    () => { for (const x of texts) nlp(x); },
    () => { for (const x of texts) tagText(x); },
    ctx.quick ? 1 : 3,
  );
  const rss = process.resourceUsage().maxRSS / 1024;
  return [
    { group: 'analysis', figure: `texts`, value: `${texts.length} reports, ${fmt(kb(chars), 0)} KB`, target: '' },
    { group: 'analysis', figure: 'compromise bare parse (baseline)', value: `${fmt(kb(chars) / (t.a / 1000), 1)} KB/s`, target: '' },
    { group: 'analysis', figure: 'whole analysis', value: `${fmt(kb(chars) / (t.b / 1000), 1)} KB/s`, target: '' },
    { group: 'analysis', figure: 'analysis / bare parse', value: `${fmt(ratio)}x`, target: '<= 1.5x', ok: ratio <= 1.5 },
    { group: 'analysis', figure: 'tagging alone (tagText) / bare parse, another pairing', value: `${fmt(tag.b / tag.a)}x`, target: '' },
    { group: 'analysis', figure: 'peak RSS (process)', value: `${fmt(rss, 0)} MB`, target: '' },
  ];
}
