/**
 * Candidate pairs of items from different reports, from an inverted index over keys (shingles,
 * content words, counted things): only items sharing at least `minShared` keys are paired, and a
 * key carried by more than `maxPostings` items is too common to pair on. Never all pairs. Both
 * bounds are the aligner's (its options object).
 */
export function candidatePairs(
  keysOf: ReadonlyArray<Iterable<string>>,
  reportOf: readonly number[],
  minShared: number,
  maxPostings: number,
): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  for (let i = 0; i < keysOf.length; i++) {
    for (const k of new Set(keysOf[i])) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  }
  const counts = new Map<number, number>();
  const n = keysOf.length;
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPostings) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (reportOf[i] === reportOf[j]) continue;
        const key = i * n + j;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Array<[number, number]> = [];
  for (const [key, c] of counts) if (c >= minShared) out.push([Math.floor(key / n), key % n]);
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** A scored pairing of two items (indices into the event's item list). */
export interface Scored {
  a: number;
  b: number;
  score: number;
}

export interface Matching {
  /** Pairs that agree (one per item and other report: its best), each listed once with a < b. */
  links: Scored[];
  /** Item a disagrees with item b of another report: a has nothing agreeing there. */
  mismatches: Scored[];
}

/**
 * Matches items (figures, dates) across reports: for each item and each other report, its most
 * similar agreeing item is linked; an item with nothing agreeing there that is (about) as similar
 * as its most similar item is flagged against its most similar disagreeing item, unless that one is
 * better explained by an agreeing item of the first report (two dates in one sentence, a figure
 * given twice).
 */
export function matchItems(
  reportOf: readonly number[],
  candidates: ReadonlyArray<[number, number]>,
  similarity: (a: number, b: number) => number | null,
  agree: (a: number, b: number) => boolean,
  /** Similarities this close are one: a tie-break (the place in the sentence) must not decide what explains what. */
  tolerance: number,
  /**
   * Whether item y of a report states again what item x of that report states (a date given twice for one
   * happening): y agreeing with the other report then does not explain the other's item away from x, and x is
   * flagged against it (both ways). Without it, any agreeing item of x's report explains it away.
   */
  restates?: (x: number, y: number) => boolean,
): Matching {
  const adj: Array<Array<{ other: number; score: number; agrees: boolean }>> = reportOf.map(() => []);
  for (const [a, b] of candidates) {
    const score = similarity(a, b);
    if (score === null) continue;
    const agrees = agree(a, b);
    adj[a].push({ other: b, score, agrees });
    adj[b].push({ other: a, score, agrees });
  }
  for (const list of adj) list.sort((p, q) => q.score - p.score || p.other - q.other);
  const links = new Map<string, Scored>();
  const mismatches: Scored[] = [];
  for (let x = 0; x < adj.length; x++) {
    // per other report, its items best first (adj[x] is sorted)
    const byReport = new Map<number, typeof adj[number]>();
    for (const p of adj[x]) {
      const list = byReport.get(reportOf[p.other]);
      if (list) list.push(p); else byReport.set(reportOf[p.other], [p]);
    }
    for (const inReport of byReport.values()) {
      // an agreeing item counts when it is (about) as similar as the most similar one
      const agreeing = inReport.find((p) => p.agrees && p.score >= inReport[0].score - tolerance);
      if (agreeing) {
        const [a, b] = x < agreeing.other ? [x, agreeing.other] : [agreeing.other, x];
        links.set(`${a}:${b}`, { a, b, score: agreeing.score });
        continue;
      }
      const rx = reportOf[x];
      const explained = (cand: typeof inReport[number]) => adj[cand.other].some((y) => y.other !== x && reportOf[y.other] === rx && y.agrees && y.score >= cand.score - tolerance && !restates?.(x, y.other));
      const p = inReport.find((cand) => !cand.agrees && !explained(cand));
      if (p) {
        mismatches.push({ a: x, b: p.other, score: p.score });
        // the other's item agrees with x's restatement: it is linked there, and flagged here too (the twin)
        if (restates && adj[p.other].some((y) => y.agrees && reportOf[y.other] === rx)) mismatches.push({ a: p.other, b: x, score: p.score });
      }
    }
  }
  // a twin pushed above may also be found from its own side: once each
  const once = new Map(mismatches.map((m) => [`${m.a}:${m.b}`, m]));
  return { links: [...links.values()], mismatches: [...once.values()] };
}
