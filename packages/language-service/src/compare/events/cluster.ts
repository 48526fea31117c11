/** Edges between two calls of averageLink's `step`. */
const STEP_EDGES = 4096;

export interface Edge {
  i: number;
  j: number;
  sim: number;
}

/**
 * Two clusters that merge only if they resemble each other at least `ratio` times as much as the
 * looser one's own members do, or `apart` does not say they are two happenings.
 */
export interface KeepApart {
  ratio: number;
  /** Whether two clusters (lists of node indices) are two happenings. */
  apart: (a: readonly number[], b: readonly number[]) => boolean;
}

/**
 * Average-link clustering over a sparse similarity graph: edges are taken strongest first, and
 * two clusters merge when the mean similarity over all their cross pairs reaches `threshold`
 * (a pair without an edge counts as `missing`; with `missing` null, the mean is over the pairs that have an edge). Cluster adjacency is merged small-into-large,
 * so the cost is about linear in the number of edges. `step`: called every STEP_EDGES edges taken (a checkpoint that may throw).
 * `keep`: clusters of 2+ members that resemble each other loosely stay apart when it says so (its
 * test sees the members; they are kept only when it is given).
 */
export function averageLink(n: number, edges: readonly Edge[], threshold: number, missing: number | null = 0, cohesion = 0, step?: () => void, keep?: KeepApart): number[] {
  const members: number[][] | null = keep ? Array.from({ length: n }, (_, i) => [i]) : null;
  const intra = new Float64Array(n);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const size = new Int32Array(n).fill(1);
  const adj: Array<Map<number, { sum: number; count: number }>> = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    if (e.i === e.j) continue;
    adj[e.i].set(e.j, { sum: e.sim, count: 1 });
    adj[e.j].set(e.i, { sum: e.sim, count: 1 });
  }
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  const sorted = [...edges].sort((a, b) => b.sim - a.sim || a.i - b.i || a.j - b.j);
  let taken = 0;
  for (const e of sorted) {
    if (e.sim < threshold) break;
    if (step && ++taken % STEP_EDGES === 0) step();
    let a = find(e.i);
    let b = find(e.j);
    if (a === b) continue;
    const link = adj[a].get(b);
    if (!link) continue;
    const pairs = size[a] * size[b];
    const mean = missing === null ? link.sum / link.count : (link.sum + (pairs - link.count) * missing) / pairs;
    if (mean < threshold) continue;
    if ((cohesion > 0 || keep) && size[a] > 1 && size[b] > 1) {
      const inner = Math.min(intra[a] / ((size[a] * (size[a] - 1)) / 2), intra[b] / ((size[b] * (size[b] - 1)) / 2));
      // two tight groups that only resemble each other loosely are two events on one topic
      if (mean < cohesion * inner) continue;
      if (keep && members && mean < keep.ratio * inner && keep.apart(members[a], members[b])) continue;
    }
    const joined = intra[a] + intra[b] + link.sum + (pairs - link.count) * (missing ?? 0);
    if (adj[a].size < adj[b].size) [a, b] = [b, a];
    // merge b into a
    parent[b] = a;
    if (members) {
      for (const x of members[b]) members[a].push(x);
      members[b] = [];
    }
    size[a] += size[b];
    intra[a] = joined;
    adj[a].delete(b);
    for (const [c, l] of adj[b]) {
      if (c === a) continue;
      const mine = adj[a].get(c);
      const merged = mine ? { sum: mine.sum + l.sum, count: mine.count + l.count } : { sum: l.sum, count: l.count };
      adj[a].set(c, merged);
      adj[c].delete(b);
      adj[c].set(a, merged);
    }
    adj[b] = new Map();
  }
  return Array.from({ length: n }, (_, i) => find(i));
}
