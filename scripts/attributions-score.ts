// Scoring of attributions against PolNeAR's gold relations, for scripts/eval-attributions.ts: cue,
// source and content matches (overlap and exact), token agreement of contents, and the exact source
// measure with spans trimmed (a leading determiner, edge spaces and commas).
import type { Attribution } from '@newslens/language-service';
import type { PolnearRelation as GoldRel } from './dev-data.ts';

export interface Range { start: number; end: number }

export class Tally {
  cue = prf(); srcOverlap = prf(); srcExact = prf(); content = prf(); tokens = prf(); speechCue = prf();
}

/** Gold cues that are plain verbs of saying: PolNeAR also annotates "plans", "wants", "calls for". */
export const SPEECH_CUE = /\b(said|says|say|told|tells|according to|reported|reports|wrote|added|noted|claimed|stated|announced|explained|argued|insisted|warned|asked|stressed|emphasized|tweeted)\b/i;
export interface Prf { tp: number; fp: number; fn: number }
export function prf(): Prf { return { tp: 0, fp: 0, fn: 0 }; }

export function shift(a: Attribution, by: number): Attribution {
  if (by === 0) return a;
  const s = <T extends Range>(r: T): T => ({ ...r, start: r.start + by, end: r.end + by });
  return { ...a, source: a.source ? s(a.source) : null, cue: s(a.cue), content: s(a.content) };
}

export function overlaps(a: Range, spans: ReadonlyArray<[number, number]>): boolean {
  return spans.some(([s, e]) => a.start < e && a.end > s);
}

export function exact(a: Range, spans: ReadonlyArray<[number, number]>): boolean {
  const s = Math.min(...spans.map((x) => x[0]));
  const e = Math.max(...spans.map((x) => x[1]));
  return a.start === s && a.end === e;
}

/** Scores one document into `t`; returns the indices of the gold relations whose cue a predicted cue overlaps. */
export function scoreDoc(text: string, gold: GoldRel[], preds: Attribution[], t: Tally): Set<number> {
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
  return goldFound;
}

/** Word-level agreement of the text covered by gold and predicted contents. */
export function tokenScore(text: string, gold: Array<[number, number]>, pred: Array<[number, number]>, c: Prf): void {
  const inGold = cover(text.length, gold);
  const inPred = cover(text.length, pred);
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const i = m.index ?? 0;
    const g = inGold[i] === 1;
    const p = inPred[i] === 1;
    if (g && p) c.tp++; else if (p) c.fp++; else if (g) c.fn++;
  }
}

export function cover(n: number, spans: Array<[number, number]>): Uint8Array {
  const a = new Uint8Array(n);
  for (const [s, e] of spans) a.fill(1, Math.max(0, s), Math.min(n, e));
  return a;
}

export function fmt(c: Prf): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${p.toFixed(2)} / ${r.toFixed(2)} / ${f.toFixed(2)}`.padEnd(24);
}

export const sum = (a: Prf, b: Prf): Prf => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export type Trim = (text: string, s: number, e: number) => [number, number];

/** A span with a leading the/a/an (and white space) left out. */
export function trimDeterminer(text: string, s: number, e: number): [number, number] {
  const m = /^\s*(?:(?:the|a|an)\s+)?/i.exec(text.slice(s, e));
  return [s + (m ? m[0].length : 0), e];
}

/**
 * A span without white space and commas at its edges: gold sources often end in a space ("Sanders ")
 * or in the comma that closes an apposition ("Clinton, a Democrat,"); neither is a word of the source.
 */
export function trimEdges(text: string, s: number, e: number): [number, number] {
  while (s < e && /[\s,]/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return [s, e];
}

export function exactLenient(text: string, a: Range, spans: ReadonlyArray<[number, number]>, trim: Trim): boolean {
  const [ps, pe] = trim(text, a.start, a.end);
  const [gs, ge] = trim(text, Math.min(...spans.map((x) => x[0])), Math.max(...spans.map((x) => x[1])));
  return ps === gs && pe === ge;
}

/** The "source (exact)" measure of scoreDoc with both spans trimmed by `trim` first. */
export function scoreSourceLenient(text: string, gold: GoldRel[], preds: Attribution[], c: Prf, trim: Trim): void {
  for (const p of preds) {
    if (!p.source) continue;
    const g = gold.findIndex((x) => overlaps(p.cue, x.cue!.spans));
    const gs = g < 0 ? null : gold[g].source;
    if (gs && exactLenient(text, p.source, gs.spans, trim)) c.tp++; else c.fp++;
  }
  for (const g of gold) {
    if (!g.source) continue;
    if (!preds.some((x) => overlaps(x.cue, g.cue!.spans) && x.source && exactLenient(text, x.source, g.source!.spans, trim))) c.fn++;
  }
}
