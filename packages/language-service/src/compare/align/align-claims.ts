import type { Span } from '../../types.js';
import type { ReportInput } from '../types.js';
import { uncorroboratedClaim } from '../../rules/uncorroborated-claim.js';
import { addFinding, addLinkPair, loc, type AlignOutput } from './output.js';
import { contextStems } from './words.js';

/** What decides that another report carries a claim. */
export interface ClaimAlignOptions {
  /** Cosine similarity (IDF-weighted content words) from which another report is taken to carry a claim. */
  minSimilarity: number;
  /** A word in more sentences of the event than this says little about which statement is the same (and costs the most). */
  maxPostings: number;
}

/** The defaults. No eval scores claim links; each value says what set it. */
export const CLAIM_ALIGN_OPTIONS: Readonly<ClaimAlignOptions> = Object.freeze({
  // not tuned on an eval: set on the two seed reports, whose corresponding statements score 21-28% (8df35e2; 0.35 before)
  minSimilarity: 0.2,
  // not tuned: a bound on the cost of large events (b654329; max(64, sentences / 4) before)
  maxPostings: 256,
});

/** Per report id: entity mentions with the event-wide entity they name ("Isma'il Haniya" and "Haniyeh" alike). */
export type EntityTokens = ReadonlyMap<string, ReadonlyArray<Span & { token: string }>>;

/** Content-word stems of a passage, each entity mention in it counted as its event-wide entity. */
function statementStems(r: ReportInput, span: Span, entities: EntityTokens | undefined): Set<string> {
  const mentions = (entities?.get(r.id) ?? []).filter((m) => m.start >= span.start && m.end <= span.end);
  const stems = contextStems(r.analysis, span, mentions);
  for (const m of mentions) stems.add(m.token);
  return stems;
}

interface SentenceItem {
  report: number;
  span: Span;
  stems: Set<string>;
}

/**
 * For each claim, the most similar statement of each other report (a claim there, else a
 * sentence), linked for navigation; a claim no other report carries gets `uncorroborated-claim`.
 */
export function alignClaims(
  reports: readonly ReportInput[], out: AlignOutput, entities?: EntityTokens, options: ClaimAlignOptions = CLAIM_ALIGN_OPTIONS,
): void {
  const sentences: SentenceItem[] = [];
  const postings = new Map<string, number[]>();
  reports.forEach((r, ri) => {
    for (const s of r.analysis.sentences) {
      const stems = statementStems(r, s, entities);
      if (stems.size === 0) continue;
      const id = sentences.length;
      sentences.push({ report: ri, span: s, stems });
      for (const w of stems) {
        const list = postings.get(w);
        if (list) list.push(id); else postings.set(w, [id]);
      }
    }
  });
  const total = Math.max(1, sentences.length);
  const idf = (w: string) => Math.log(1 + total / (postings.get(w)?.length ?? 1));
  const norm = (stems: Iterable<string>) => Math.sqrt([...stems].reduce((n, w) => n + idf(w) ** 2, 0));
  const sentenceNorm = sentences.map((s) => norm(s.stems));
  const linked = new Set<string>();
  // dot products of one claim with the sentences it shares a word with: one array for all claims
  const dot = new Float64Array(sentences.length);
  const touched: number[] = [];
  reports.forEach((r, ri) => {
    for (const claim of r.analysis.claims) {
      const stems = statementStems(r, claim, entities);
      const cn = norm(stems);
      if (cn === 0) continue;
      touched.length = 0;
      for (const w of stems) {
        const list = postings.get(w);
        if (!list || list.length > options.maxPostings) continue;
        const weight = idf(w) ** 2;
        for (const id of list) {
          if (sentences[id].report === ri) continue;
          if (dot[id] === 0) touched.push(id); // weights are > 0
          dot[id] += weight;
        }
      }
      const best = new Map<number, { id: number; score: number }>();
      for (const id of touched) {
        const score = dot[id] / (cn * sentenceNorm[id]);
        dot[id] = 0;
        const rep = sentences[id].report;
        const cur = best.get(rep);
        if (!cur || score > cur.score || (score === cur.score && id < cur.id)) best.set(rep, { id, score });
      }
      let closest: { rep: number; score: number } | null = null;
      for (const [rep, b] of [...best].sort((p, q) => p[0] - q[0])) {
        if (!closest || b.score > closest.score) closest = { rep, score: b.score };
        if (b.score < options.minSimilarity) continue;
        const s = sentences[b.id];
        const other = reports[rep];
        const target = other.analysis.claims.find((c) => c.start < s.span.end && c.end > s.span.start) ?? s.span;
        const from = loc(r.id, claim);
        const to = loc(other.id, target);
        const key = [from, to].map((l) => `${l.report}\u0000${l.start}\u0000${l.end}`).sort().join('\u0001');
        if (!linked.has(key)) { linked.add(key); addLinkPair(out, 'claim', from, to, b.score); }
      }
      if (!closest || closest.score < options.minSimilarity) {
        const near = closest ? reports[closest.rep] : reports[(ri + 1) % reports.length];
        const nearSpan = closest ? sentences[best.get(closest.rep)!.id].span : { start: 0, end: 0 };
        const pct = closest ? Math.round(closest.score * 100) : 0;
        addFinding(out, uncorroboratedClaim, { ...loc(r.id, claim), closest: loc(near.id, nearSpan), percent: pct });
      }
    }
  });
}
