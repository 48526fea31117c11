import { averageLink, type Edge } from './cluster.js';
import { cosine, type SparseVector, type Vectorized } from './vectors.js';

/** Groups larger than this are left as they are (all pairs inside a group are compared). */
const MAX_REFINED = 150;

/**
 * Second pass inside each coarse group: words every report of the group shares say what the
 * topic is, not which event, so the group's reports are compared again with weights that favour
 * what only some of them share (IDF computed inside the group). Two events on one topic ("an
 * earthquake in X" twice, years apart) come apart here. Cost: the square of each (capped) group.
 */
export function refineGroups(v: Vectorized, groups: number[][], threshold: number, attach: number, ratio: number): number[][] {
  const out: number[][] = [];
  for (const g of groups) {
    if (g.length < 3 || g.length > MAX_REFINED) {
      out.push(g);
      continue;
    }
    const local = localVectors(v, g);
    const edges: Edge[] = [];
    for (let a = 0; a < g.length; a++) {
      for (let b = a + 1; b < g.length; b++) edges.push({ i: a, j: b, sim: cosine(local[a], local[b]) });
    }
    const root = averageLink(g.length, edges, threshold);
    const parts = new Map<number, number[]>();
    root.forEach((r, k) => {
      let list = parts.get(r);
      if (!list) parts.set(r, (list = []));
      list.push(k);
    });
    const attached = attachFragments(local, [...parts.values()], attach);
    out.push(...mergeCores(local, attached, ratio).map((p) => p.map((k) => g[k])));
  }
  return out;
}

function localVectors(v: Vectorized, g: readonly number[]): SparseVector[] {
  const df = new Map<number, number>();
  for (const d of g) for (const id of v.vectors[d].ids) df.set(id, (df.get(id) ?? 0) + 1);
  const n = g.length;
  return g.map((d) => {
    const { ids, weights } = v.vectors[d];
    const w = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const f = df.get(ids[k]) ?? 1;
      // a term only this report has cannot link it to another one; a term all share links all alike
      w[k] = f < 2 ? 0 : weights[k] * Math.log((n + 1) / f);
      norm += w[k] * w[k];
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < w.length; k++) w[k] /= norm;
    return { ids, weights: w };
  });
}

/** Parts smaller than this are fragments: they join the closest core part when they are close enough. */
const FRAGMENT = 3;

function attachFragments(local: SparseVector[], parts: number[][], attach: number): number[][] {
  const cores = parts.filter((p) => p.length >= FRAGMENT);
  if (cores.length === 0) return parts;
  const out = cores.map((c) => [...c]);
  for (const p of parts) {
    if (p.length >= FRAGMENT) continue;
    let best = -1;
    let bestSim = attach;
    cores.forEach((c, ci) => {
      let s = 0;
      for (const a of p) for (const b of c) s += cosine(local[a], local[b]);
      s /= p.length * c.length;
      if (s >= bestSim) {
        bestSim = s;
        best = ci;
      }
    });
    if (best >= 0) out[best].push(...p);
    else out.push(p);
  }
  return out;
}

const mean = (local: SparseVector[], a: number[], b: number[]): number => {
  let s = 0;
  let c = 0;
  for (const x of a) for (const y of b) if (x !== y) { s += cosine(local[x], local[y]); c++; }
  return c ? s / c : 0;
};

/**
 * Parts that resemble each other nearly as much as their own reports do are one event split by
 * noise: merge them (best pair first) while the cross mean reaches `ratio` x the looser inner mean.
 */
function mergeCores(local: SparseVector[], parts: number[][], ratio: number): number[][] {
  const out = parts.map((p) => [...p]);
  for (;;) {
    let best: [number, number] | null = null;
    let bestScore = 0;
    for (let a = 0; a < out.length; a++) {
      for (let b = a + 1; b < out.length; b++) {
        const inner = Math.min(mean(local, out[a], out[a]) || 1, mean(local, out[b], out[b]) || 1);
        const score = mean(local, out[a], out[b]) / inner;
        if (score >= ratio && score > bestScore) { bestScore = score; best = [a, b]; }
      }
    }
    if (!best) return out;
    out[best[0]].push(...out[best[1]]);
    out.splice(best[1], 1);
  }
}
