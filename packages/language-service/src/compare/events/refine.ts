import { averageLink, type Edge } from './cluster.js';
import { cosine, type SparseVector, type Vectorized } from './vectors.js';

/** Groups larger than this are left as they are (all pairs inside a group are compared). */
const MAX_REFINED = 150;

/**
 * Second pass inside each coarse group: words every report of the group shares say what the
 * topic is, not which event, so the group's reports are compared again with weights that favour
 * what only some of them share (IDF computed inside the group). Two events on one topic ("an
 * earthquake in X" twice, years apart) come apart here. Cost: the square of each (capped) group.
 * Parts that `together` says are one story (events/protagonist.ts: one leading person) merge as
 * if they resembled each other enough; parts that `apart` says lead with two happenings' figures
 * (events/lead-figures.ts) are not joined by the clustering unless they resemble each other as
 * much as `ratio` asks of parts merged back. A group that `divide` says is two happenings
 * (events/lead-actors.ts: its leads in two camps by who acts) is refined as the two parts it
 * returns. `step`: called before each group refined (a checkpoint that may throw).
 */
export function refineGroups(v: Vectorized, groups: number[][], threshold: number, attach: number, ratio: number, step?: () => void, together?: (a: readonly number[], b: readonly number[]) => boolean, apart?: (a: readonly number[], b: readonly number[]) => boolean, divide?: (g: readonly number[], sim: (a: number, b: number) => number) => number[][] | null): number[][] {
  const out: number[][] = [];
  const queue = [...groups];
  for (let q = 0; q < queue.length; q++) {
    const g = queue[q];
    if (g.length < 3 || g.length > MAX_REFINED) {
      out.push(g);
      continue;
    }
    step?.();
    const local = localVectors(v, g);
    const n = g.length;
    const sim = new Float64Array(n * n);
    const edges: Edge[] = [];
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const x = cosine(local[a], local[b]);
        sim[a * n + b] = sim[b * n + a] = x;
        edges.push({ i: a, j: b, sim: x });
      }
    }
    // two happenings by who acts: each part refined on its own (each is smaller: this ends)
    const halves = divide?.(g, (a, b) => sim[a * n + b]);
    if (halves) {
      queue.push(...halves);
      continue;
    }
    // parts that lead with different figures stay two happenings unless they resemble each other as parts of one do
    const keep = apart ? { ratio, apart: (a: readonly number[], b: readonly number[]) => apart(a.map((k) => g[k]), b.map((k) => g[k])) } : undefined;
    const root = averageLink(n, edges, threshold, 0, 0, undefined, keep);
    const parts = new Map<number, number[]>();
    root.forEach((r, k) => {
      let list = parts.get(r);
      if (!list) parts.set(r, (list = []));
      list.push(k);
    });
    const mean = (a: readonly number[], b: readonly number[]): number => {
      let total = 0;
      let count = 0;
      for (const x of a) for (const y of b) if (x !== y) { total += sim[x * n + y]; count++; }
      return count ? total / count : 0;
    };
    const attached = attachFragments(mean, [...parts.values()], attach);
    const one = together ? (a: readonly number[], b: readonly number[]) => together(a.map((k) => g[k]), b.map((k) => g[k])) : undefined;
    out.push(...mergeCores(mean, attached, ratio, one).map((p) => p.map((k) => g[k])));
  }
  return out;
}

type Mean = (a: readonly number[], b: readonly number[]) => number;

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

function attachFragments(mean: Mean, parts: number[][], attach: number): number[][] {
  const cores = parts.filter((p) => p.length >= FRAGMENT);
  if (cores.length === 0) return parts;
  const out = cores.map((c) => [...c]);
  for (const p of parts) {
    if (p.length >= FRAGMENT) continue;
    let best = -1;
    let bestSim = attach;
    cores.forEach((c, ci) => {
      const m = mean(p, c);
      if (m >= bestSim) {
        bestSim = m;
        best = ci;
      }
    });
    if (best >= 0) out[best].push(...p);
    else out.push(p);
  }
  return out;
}

/**
 * Parts that resemble each other nearly as much as their own reports do are one event split by
 * noise: merge them (best pair first) while the cross mean reaches `ratio` x the looser inner mean,
 * then the parts `together` says are one story, the closest pair first.
 */
function mergeCores(mean: Mean, parts: number[][], ratio: number, together?: (a: readonly number[], b: readonly number[]) => boolean): number[][] {
  const out = parts.map((p) => [...p]);
  for (;;) {
    let best: [number, number] | null = null;
    let bestScore = -Infinity;
    const inners = out.map((p) => mean(p, p) || 1);
    for (let a = 0; a < out.length; a++) {
      for (let b = a + 1; b < out.length; b++) {
        const inner = Math.min(inners[a], inners[b]);
        const score = mean(out[a], out[b]) / inner;
        // told around one person: one story however differently the parts tell it. Such parts
        // merge after every pair close enough by itself, the closest first: not whichever pair of
        // a leading person comes first (two sub-parts of one event, or one of them with the part of
        // another event that names the same person in the background)
        if (score > bestScore && (score >= ratio || together?.(out[a], out[b]))) { bestScore = score; best = [a, b]; }
      }
    }
    if (!best) return out;
    out[best[0]].push(...out[best[1]]);
    out.splice(best[1], 1);
  }
}
