/** One step of a word alignment: a word of both (eq), of a only (del), of b only (ins), or one of each, different (sub). */
export interface DiffOp {
  op: 'eq' | 'sub' | 'del' | 'ins';
  /** Index into a (-1 for ins). */
  a: number;
  /** Index into b (-1 for del). */
  b: number;
}

/** The best local alignment of a inside b (Smith-Waterman over words): its steps, first to last. */
export interface LocalAlignment {
  ops: DiffOp[];
  /** Aligned region, inclusive word indices; -1 when nothing matched. */
  a0: number; a1: number; b0: number; b1: number;
  matched: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;
/** Longer passages are cut: no quote worth comparing is longer, and the cost stays bounded. */
const MAX_WORDS = 400;

export function alignLocal(a: readonly string[], b: readonly string[]): LocalAlignment {
  const n = Math.min(a.length, MAX_WORDS);
  const m = Math.min(b.length, MAX_WORDS);
  const w = m + 1;
  const h = new Int32Array((n + 1) * w);
  let best = 0;
  let bi = 0;
  let bj = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = h[(i - 1) * w + j - 1] + (a[i - 1] === b[j - 1] ? MATCH : MISMATCH);
      const v = Math.max(0, diag, h[(i - 1) * w + j] + GAP, h[i * w + j - 1] + GAP);
      h[i * w + j] = v;
      if (v > best) { best = v; bi = i; bj = j; }
    }
  }
  const ops: DiffOp[] = [];
  let i = bi;
  let j = bj;
  let matched = 0;
  while (i > 0 && j > 0 && h[i * w + j] > 0) {
    const v = h[i * w + j];
    const same = a[i - 1] === b[j - 1];
    if (v === h[(i - 1) * w + j - 1] + (same ? MATCH : MISMATCH)) {
      ops.push({ op: same ? 'eq' : 'sub', a: i - 1, b: j - 1 });
      if (same) matched++;
      i--; j--;
    } else if (v === h[(i - 1) * w + j] + GAP) {
      ops.push({ op: 'del', a: i - 1, b: -1 });
      i--;
    } else {
      ops.push({ op: 'ins', a: -1, b: j - 1 });
      j--;
    }
  }
  ops.reverse();
  if (ops.length === 0) return { ops, a0: -1, a1: -1, b0: -1, b1: -1, matched: 0 };
  return { ops, a0: i, a1: bi - 1, b0: j, b1: bj - 1, matched };
}

/** Longest run of consecutive eq steps. */
export function longestRun(ops: readonly DiffOp[]): number {
  let best = 0;
  let run = 0;
  for (const o of ops) {
    run = o.op === 'eq' ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}
