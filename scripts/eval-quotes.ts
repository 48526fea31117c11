// Quotes eval on PolNeAR (dev, and train reported apart): the relations of each document's primary
// annotator whose content has quote marks (`has_quote_marks`), against `ReportAnalysis.quotes`.
//
//   quote found    an analysis quote (marks included) overlaps the gold content; the one with the
//                  largest overlap is that relation's quote.
//   speaker right  that quote's speaker overlaps the gold source span, or the speaker's entity has a
//                  mention overlapping it ("he" resolved to Trump is right where gold says "Trump").
//                  Counted over found quotes whose relation has a gold source, and end to end (over
//                  every relation with quote marks and a gold source: a quote not found is wrong).
//   exact head     the head word of the speaker span (scripts/polnear-measures.ts headOf) is the
//                  head word of the gold source, at the same offsets.
// Halves as in the judged corpus (sha256 parity of the file name): A tuned on, B held out.
// Set NEWSLENS_EVAL_TRAIN=0 to leave train out; NEWSLENS_EVAL_VERBOSE=1 lists half A's wrong and missing speakers. Meaning of each figure: docs/attribution-eval.md.
import type { ReportAnalysis } from '@newslens/language-service';
import { analyzeEach, loadGoldJsonl, primaryRelations, type PolnearDoc } from './dev-data.ts';
import { headOf, overlapsAny, polnearHalf, rate } from './polnear-measures.ts';

type Spans = Array<[number, number]>;

interface QuoteTally {
  relations: number; found: number; sourced: number; foundSourced: number;
  speakerRight: number; speakerHead: number; noSpeaker: number; pronounSource: number; pronounRight: number;
}
const tally = (): QuoteTally => ({ relations: 0, found: 0, sourced: 0, foundSourced: 0, speakerRight: 0, speakerHead: 0, noSpeaker: 0, pronounSource: 0, pronounRight: 0 });

const PRONOUN = /^(he|she|they|i|we|it|you)$/i;

/** Scores one document's relations with quote marks into `t`. Gold spans are in the analysis' offsets. */
export function scoreQuotes(analysis: ReportAnalysis, gold: ReadonlyArray<{ content: Spans; source: Spans | null }>, t: QuoteTally, misses?: string[]): void {
  const text = analysis.text;
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  for (const g of gold) {
    t.relations++;
    let best: ReportAnalysis['quotes'][number] | null = null;
    let bestOverlap = 0;
    for (const q of analysis.quotes) {
      const ov = g.content.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, q.end) - Math.max(s, q.start)), 0);
      if (ov > bestOverlap) { best = q; bestOverlap = ov; }
    }
    if (best) t.found++;
    if (!g.source) continue;
    t.sourced++;
    if (!best) continue;
    t.foundSourced++;
    const pronoun = PRONOUN.test(text.slice(g.source[0][0], g.source[0][1]).trim());
    if (pronoun) t.pronounSource++;
    const sp = best.speaker;
    const entity = sp?.entityId ? entities.get(sp.entityId) : undefined;
    const right = sp !== null && (overlapsAny(sp, g.source) || (entity?.mentions.some((m) => overlapsAny(m, g.source!)) ?? false));
    if (!right && misses) {
      const one = (x: string) => x.replace(/\s+/g, ' ').trim();
      const source = one(g.source.map(([s, e]) => text.slice(s, e)).join(' … '));
      misses.push(`${one(text.slice(Math.max(0, best.start - 80), best.start))} <<quote ${one(text.slice(best.start, best.end)).slice(0, 70)}>> | gold source: ${source} | ours: ${sp ? `${one(text.slice(sp.start, sp.end))}${entity ? ` (${entity.name})` : ''}` : 'none'} | ${one(text.slice(Math.max(0, best.end), best.end + 80))}`);
    }
    if (!sp) { t.noSpeaker++; continue; }
    if (right) { t.speakerRight++; if (pronoun) t.pronounRight++; }
    const gh = headOf(text, g.source), ph = headOf(text, [[sp.start, sp.end]]);
    if (gh && ph && gh.start === ph.start && gh.end === ph.end) t.speakerHead++;
  }
}

function add(a: QuoteTally, b: QuoteTally): QuoteTally {
  const out = tally();
  for (const k of Object.keys(out) as Array<keyof QuoteTally>) out[k] = a[k] + b[k];
  return out;
}

async function runSplit(devData: string, split: 'dev' | 'train'): Promise<void> {
  const loaded = loadGoldJsonl<PolnearDoc>(devData, `attribution/polnear_${split}`, 'quotes');
  if (!loaded) return;
  const { dir, docs } = loaded;
  const halves = { A: tally(), B: tally() };
  const count = { A: 0, B: 0 };
  // NEWSLENS_EVAL_VERBOSE=1: the wrong or missing speakers of the tuned half (A) only
  const misses: string[] = [];
  const verbose = Boolean(process.env.NEWSLENS_EVAL_VERBOSE);
  const seconds = analyzeEach(dir, docs, ({ doc, analysis, offset }) => {
    const half = polnearHalf(doc.file);
    count[half]++;
    const shift = (sp: Spans): Spans => sp.map(([s, e]) => [s - offset, e - offset] as [number, number]);
    const gold = primaryRelations(doc).filter((r) => r.has_quote_marks && r.content)
      .map((r) => ({ content: shift(r.content!.spans), source: r.source ? shift(r.source.spans) : null }));
    const before = misses.length;
    scoreQuotes(analysis, gold, halves[half], verbose && half === 'A' ? misses : undefined);
    for (let k = before; k < misses.length; k++) misses[k] = `${doc.file}: ${misses[k]}`;
  });
  const all = add(halves.A, halves.B);
  console.log(`PolNeAR ${split}: ${docs.length} docs (A ${count.A}, B ${count.B}), ${all.relations} relations with quote marks (primary annotator), ${seconds.toFixed(1)} s`);
  const cols = [halves.A, halves.B, all];
  const row = (label: string, f: (t: QuoteTally) => string) => console.log(`${label.padEnd(44)} | ${cols.map((t) => f(t).padEnd(20)).join(' | ')}`);
  console.log(`${''.padEnd(44)} | ${'A (tuned on)'.padEnd(20)} | ${'B (held out)'.padEnd(20)} | all`);
  row('quote found (of relations with marks)', (t) => rate(t.found, t.relations));
  row('speaker right (of found, gold source)', (t) => rate(t.speakerRight, t.foundSourced));
  row('speaker right end to end (of gold source)', (t) => rate(t.speakerRight, t.sourced));
  row('speaker exact head (of found, gold source)', (t) => rate(t.speakerHead, t.foundSourced));
  row('no speaker (of found, gold source)', (t) => rate(t.noSpeaker, t.foundSourced));
  row('speaker right, gold source a pronoun (found)', (t) => rate(t.pronounRight, t.pronounSource));
  for (const m of misses) console.log(`  ${m}`);
}

export async function run(devData: string): Promise<void> {
  await runSplit(devData, 'dev');
  if (process.env.NEWSLENS_EVAL_TRAIN !== '0') { console.log(''); await runSplit(devData, 'train'); }
}
