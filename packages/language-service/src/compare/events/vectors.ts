import type { ReportTerms } from './features.js';

/** A report as a sparse unit vector of TF-IDF weights, term ids ascending. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface Vectorized {
  vectors: SparseVector[];
  /** Document frequency per term id. */
  df: Int32Array;
  /** Term strings by id (for debugging and tests). */
  terms: string[];
}

/**
 * Pseudo-documents that contain no term: keep IDF meaningful in a small workspace (two reports
 * sharing a word must not give it weight zero).
 */
const PSEUDO_DOCS = 20;

/** Reports between two calls of a grouping stage's `step` (a checkpoint that may throw to abandon the grouping; a cheap call). */
export const STEP_EVERY = 64;

/** TF-IDF (sublinear tf, smoothed idf), L2-normalised. Linear in the total number of terms. `step`: called every STEP_EVERY reports. */
export function vectorize(all: readonly ReportTerms[], step?: () => void): Vectorized {
  const idOf = new Map<string, number>();
  const terms: string[] = [];
  const dfList: number[] = [];
  const docIds: Int32Array[] = [];
  for (const t of all) {
    if (step && docIds.length % STEP_EVERY === 0) step();
    const ids = new Int32Array(t.counts.size);
    let k = 0;
    for (const term of t.counts.keys()) {
      let id = idOf.get(term);
      if (id === undefined) {
        id = terms.length;
        idOf.set(term, id);
        terms.push(term);
        dfList.push(0);
      }
      dfList[id]++;
      ids[k++] = id;
    }
    docIds.push(ids);
  }
  const n = all.length;
  const df = Int32Array.from(dfList);
  // where each term id sits in the document being weighted (ids are unique in a document: a native sort orders them)
  const posOf = new Int32Array(terms.length);
  const vectors = all.map((t, d) => {
    if (step && d % STEP_EVERY === 0) step();
    const counts = Float64Array.from(t.counts.values());
    const own = docIds[d];
    for (let k = 0; k < own.length; k++) posOf[own[k]] = k;
    const ids = Int32Array.from(own).sort();
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      const w = (1 + Math.log(counts[posOf[id]])) * Math.log((n + PSEUDO_DOCS) / (df[id] + 0.5));
      weights[i] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { ids, weights };
  });
  return { vectors, df, terms };
}

/** Cosine of two unit vectors (a merge over the sorted ids). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) s += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}
