import { STEP_EVERY, type Vectorized } from './vectors.js';

export interface CandidateOptions {
  /** Index keys per report: its heaviest terms. */
  keysPerReport: number;
  /** Candidates per report kept for an exact similarity, best partial scores first. */
  candidatesPerReport: number;
  /** Terms in more reports than this are not used as index keys (postings are capped). */
  maxPostings: number;
}

/** Index keys of one report: its heaviest terms that at least one other report has. */
function indexKeys(v: Vectorized, d: number, opts: CandidateOptions): number[] {
  const { ids, weights } = v.vectors[d];
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const f = v.df[ids[i]];
    if (f >= 2 && f <= opts.maxPostings) order.push(i);
  }
  order.sort((a, b) => weights[b] - weights[a] || ids[a] - ids[b]);
  return order.slice(0, opts.keysPerReport);
}

/**
 * Candidate pairs [i, j] (i < j) from an inverted index over each report's heaviest terms: each
 * report queries the index with its keys, scores accumulate over the (capped) postings, and only
 * the best-scoring few become candidates. Cost: reports x keys x capped postings, never all pairs.
 * `step`: called every STEP_EVERY reports (a checkpoint that may throw).
 */
export function candidatePairs(v: Vectorized, opts: CandidateOptions, step?: () => void): Array<[number, number]> {
  const n = v.vectors.length;
  const keysOf: number[][] = [];
  // postings carry each report's weight of the term: no lookups while scoring
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  for (let d = 0; d < n; d++) {
    if (step && d % STEP_EVERY === 0) step();
    const keys = indexKeys(v, d, opts);
    keysOf.push(keys);
    for (const k of keys) {
      const term = v.vectors[d].ids[k];
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { docs: [], weights: [] }));
      list.docs.push(d);
      list.weights.push(v.vectors[d].weights[k]);
    }
  }
  const score = new Float64Array(n);
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const touched: number[] = [];
  for (let d = 0; d < n; d++) {
    if (step && d % STEP_EVERY === 0) step();
    touched.length = 0;
    for (const k of keysOf[d]) {
      const list = postings.get(v.vectors[d].ids[k]);
      if (!list) continue;
      const w = v.vectors[d].weights[k];
      const { docs, weights } = list;
      for (let p = 0; p < docs.length; p++) {
        const o = docs[p];
        if (o === d) continue;
        if (score[o] === 0) touched.push(o);
        score[o] += w * weights[p];
      }
    }
    const best = touched.length > opts.candidatesPerReport
      ? touched.slice().sort((a, b) => score[b] - score[a] || a - b).slice(0, opts.candidatesPerReport)
      : touched;
    for (const o of best) {
      const i = Math.min(d, o);
      const j = Math.max(d, o);
      const key = i * n + j;
      if (!seen.has(key)) {
        seen.add(key);
        pairs.push([i, j]);
      }
    }
    for (const o of touched) score[o] = 0;
  }
  return pairs;
}
