// Pair scoring for `pnpm eval linking` (scripts/eval-linking.ts): which pairs of gold mentions
// corefer (share a gold chain) and which ones the analysis puts in one entity, counted by key
// (no pair enumeration: an all-topics workspace has millions of pairs).

/** A gold mention: its report, its gold chain, the entity the analysis gives it (null: none) and its text as compared. */
export interface PairItem { doc: string; gold: string; pred: string | null; text: string }

export interface PairTally { tp: number; predicted: number; gold: number }

/**
 * Which pairs count: mentions in two different reports; in one report; in one report with two
 * different texts (as `text` spells them: the caller normalises).
 */
export type PairScope = 'cross-report' | 'same-report' | 'same-report, texts differ';

/** Number of unordered pairs of items that share `key` (null: the item takes part in none). */
function pairsBy(items: readonly PairItem[], key: (x: PairItem) => string | null): number {
  const counts = new Map<string, number>();
  for (const x of items) {
    const k = key(x);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let n = 0;
  for (const c of counts.values()) n += (c * (c - 1)) / 2;
  return n;
}

/** Gold pairs, predicted pairs and pairs both, of the pairs `scope` counts. */
export function countPairs(items: readonly PairItem[], scope: PairScope): PairTally {
  const count = (key: (x: PairItem) => string | null) => {
    const any = pairsBy(items, key);
    const inDoc = pairsBy(items, (x) => withKey(key(x), x.doc));
    if (scope === 'cross-report') return any - inDoc;
    if (scope === 'same-report') return inDoc;
    return inDoc - pairsBy(items, (x) => withKey(key(x), `${x.doc}\u0000${x.text}`));
  };
  return {
    gold: count((x) => x.gold),
    predicted: count((x) => x.pred),
    tp: count((x) => (x.pred === null ? null : `${x.gold}\u0000${x.pred}`)),
  };
}

const withKey = (k: string | null, more: string) => (k === null ? null : `${k}\u0001${more}`);

export function addTally(into: PairTally, t: PairTally): PairTally {
  into.tp += t.tp;
  into.predicted += t.predicted;
  into.gold += t.gold;
  return into;
}

/** Precision (1 when nothing is predicted), recall (1 when there is no gold pair) and F1. */
export function prf(t: PairTally): { p: number; r: number; f1: number } {
  const p = t.predicted ? t.tp / t.predicted : 1;
  const r = t.gold ? t.tp / t.gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
