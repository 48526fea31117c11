// Attribution eval on the PolNeAR dev split (84 political news articles, 2016): cue detection,
// source spans and content spans of the analysis against the gold relations.
//
// Gold: each document's `primary_annotator` (deterministic; 82 of 84 docs have one annotator and
// the two triple-annotated docs are scored against their designated primary annotation rather
// than a union, which would count the same relation several times). Relations without a cue
// are skipped. Halves: the first 42 docs of gold.jsonl are the tuning half, the last 42 held out.
//
// Measures (micro-averaged over relations):
//   cue      a predicted cue is correct when it overlaps a gold cue; a gold cue is found when a
//            predicted cue overlaps it.
//   source   among relations matched by cue: the predicted source overlaps / equals the gold source
//            (precision over predictions with a source, recall over gold relations with one).
//   content  among relations matched by cue: the spans overlap; and token-level P/R/F1 of the
//            words inside any predicted content against the words inside any gold content.
// PolNeAR's relations go beyond reported speech ("plans", "wants", "calls for", "support"), so the
// recall on gold cues that are plain verbs of saying is printed too.
// Then the analysis against the vague-attribution rule (issue 12): how many attributions the JSON
// marks vague or source-less have a diagnostic or a `noDiagnostic` reason (none may have neither),
// and how many vague-attribution diagnostics sit on a gold source whose head is a proper name
// (scripts/eval-vague-agreement.ts).
// Set NEWSLENS_EVAL_ERRORS=N to print N missed and N spurious cues (local tuning only).
import type { Attribution } from '@newslens/language-service';
import { analyzeEach, loadPolnear, primaryRelations, type PolnearRelation as GoldRel } from './dev-data.ts';
import { Agreement } from './eval-vague-agreement.ts';
interface Range { start: number; end: number }

class Tally {
  cue = prf(); srcOverlap = prf(); srcExact = prf(); content = prf(); tokens = prf(); speechCue = prf();
}

/** Gold cues that are plain verbs of saying: PolNeAR also annotates "plans", "wants", "calls for". */
const SPEECH_CUE = /\b(said|says|say|told|tells|according to|reported|reports|wrote|added|noted|claimed|stated|announced|explained|argued|insisted|warned|asked|stressed|emphasized|tweeted)\b/i;
interface Prf { tp: number; fp: number; fn: number }
function prf(): Prf { return { tp: 0, fp: 0, fn: 0 }; }

export async function run(devData: string): Promise<void> {
  const loaded = loadPolnear(devData, 'attributions');
  if (!loaded) return;
  const { dir, docs } = loaded;
  const halves = [new Tally(), new Tally()];
  const showErrors = Number(process.env.NEWSLENS_EVAL_ERRORS ?? 0);
  const misses: string[] = [];
  const spurious: string[] = [];
  const agreement = new Agreement();
  const seconds = analyzeEach(dir, docs, ({ doc, text, analysis, offset, half }) => {
    const gold = primaryRelations(doc).filter((g) => g.cue);
    const preds = analysis.attributions.map((a) => shift(a, offset));
    scoreDoc(text, gold, preds, halves[half]);
    agreement.add(text, analysis, offset, gold);
    if (showErrors && half === 0) collectErrors(text, gold, preds, misses, spurious);
  });
  console.log(`PolNeAR dev: ${docs.length} docs, gold = each doc's primary annotator, ${seconds.toFixed(1)} s`);
  console.log('measure                 | tuning half (P / R / F1) | held-out half (P / R / F1)');
  const rows: Array<[string, keyof Tally]> = [
    ['cue (overlap)', 'cue'], ['source (overlap)', 'srcOverlap'], ['source (exact)', 'srcExact'],
    ['content (overlap)', 'content'], ['content (token F1)', 'tokens'],
  ];
  for (const [label, key] of rows) {
    console.log(`${label.padEnd(23)} | ${fmt(halves[0][key])} | ${fmt(halves[1][key])}`);
  }
  const recall = (c: Prf) => (c.tp / Math.max(1, c.tp + c.fn)).toFixed(2);
  console.log(`cue recall on verbs of saying only (said, told, according to, ...): ${recall(halves[0].speechCue)} | ${recall(halves[1].speechCue)}`);
  console.log(agreement.report());
  if (showErrors) {
    console.log('\nmissed cues:'); for (const m of misses.slice(0, showErrors)) console.log('  ' + m);
    console.log('\nspurious cues:'); for (const s of spurious.slice(0, showErrors)) console.log('  ' + s);
  }
}

function shift(a: Attribution, by: number): Attribution {
  if (by === 0) return a;
  const s = <T extends Range>(r: T): T => ({ ...r, start: r.start + by, end: r.end + by });
  return { ...a, source: a.source ? s(a.source) : null, cue: s(a.cue), content: s(a.content) };
}

function overlaps(a: Range, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([s, e]) => a.start < e && a.end > s);
}

function exact(a: Range, spans: ReadonlyArray<[number, number]>): boolean {
  const s = Math.min(...spans.map((x) => x[0]));
  const e = Math.max(...spans.map((x) => x[1]));
  return a.start === s && a.end === e;
}

function scoreDoc(text: string, gold: GoldRel[], preds: Attribution[], t: Tally): void {
  const goldFound = new Set<number>();
  for (const p of preds) {
    const g = gold.findIndex((x) => overlaps(p.cue, x.cue!.spans));
    if (g < 0) { t.cue.fp++; if (p.source) { t.srcOverlap.fp++; t.srcExact.fp++; } t.content.fp++; continue; }
    t.cue.tp++;
    goldFound.add(g);
    const gs = gold[g].source;
    if (p.source) {
      const ov = gs !== null && overlaps(p.source, gs.spans);
      if (ov) t.srcOverlap.tp++; else t.srcOverlap.fp++;
      if (gs !== null && exact(p.source, gs.spans)) t.srcExact.tp++; else t.srcExact.fp++;
    }
    const gc = gold[g].content;
    if (gc && overlaps(p.content, gc.spans)) t.content.tp++; else t.content.fp++;
  }
  gold.forEach((g, i) => {
    if (SPEECH_CUE.test(g.cue!.text)) { if (goldFound.has(i)) t.speechCue.tp++; else t.speechCue.fn++; }
    if (goldFound.has(i)) return;
    t.cue.fn++;
    if (g.content) t.content.fn++;
  });
  // source recall: gold relations with a source whose relation was found with a right source
  gold.forEach((g, i) => {
    if (!g.source) return;
    const p = goldFound.has(i) ? preds.find((x) => overlaps(x.cue, g.cue!.spans) && x.source && overlaps(x.source, g.source!.spans)) : undefined;
    if (!p) { t.srcOverlap.fn++; t.srcExact.fn++; return; }
    if (!preds.some((x) => overlaps(x.cue, g.cue!.spans) && x.source && exact(x.source, g.source!.spans))) t.srcExact.fn++;
  });
  tokenScore(text, gold.flatMap((g) => g.content?.spans ?? []), preds.map((p) => [p.content.start, p.content.end] as [number, number]), t.tokens);
}

/** Word-level agreement of the text covered by gold and predicted contents. */
function tokenScore(text: string, gold: Array<[number, number]>, pred: Array<[number, number]>, c: Prf): void {
  const inGold = cover(text.length, gold);
  const inPred = cover(text.length, pred);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const i = m.index ?? 0;
    const g = inGold[i] === 1;
    const p = inPred[i] === 1;
    if (g && p) c.tp++; else if (p) c.fp++; else if (g) c.fn++;
  }
}

function cover(n: number, spans: Array<[number, number]>): Uint8Array {
  const a = new Uint8Array(n);
  for (const [s, e] of spans) a.fill(1, Math.max(0, s), Math.min(n, e));
  return a;
}

function collectErrors(text: string, gold: GoldRel[], preds: Attribution[], misses: string[], spurious: string[]): void {
  for (const g of gold) {
    if (preds.some((p) => overlaps(p.cue, g.cue!.spans))) continue;
    const [s, e] = g.cue!.spans[0];
    misses.push(`${g.cue!.text} | ${text.slice(Math.max(0, s - 60), e + 40).replace(/\s+/g, ' ')}`);
  }
  for (const p of preds) {
    if (gold.some((g) => overlaps(p.cue, g.cue!.spans))) continue;
    spurious.push(`${p.cue.text} | ${text.slice(Math.max(0, p.cue.start - 60), p.cue.end + 40).replace(/\s+/g, ' ')}`);
  }
}

function fmt(c: Prf): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(2)} / ${r.toFixed(2)} / ${f.toFixed(2)}`.padEnd(24);
}
