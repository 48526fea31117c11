// The pair counting of `pnpm eval linking` (scripts/linking-lib.ts), against pairs enumerated by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countPairs, prf, type PairItem, type PairScope } from '../scripts/linking-lib.ts';

const items: PairItem[] = [
  { doc: 'a', gold: 'trump', pred: 'e1', text: 'donald trump' },
  { doc: 'a', gold: 'trump', pred: 'e1', text: 'trump' },
  { doc: 'a', gold: 'melania', pred: 'e1', text: 'trump' },
  { doc: 'a', gold: 'trump', pred: null, text: 'mr. trump' },
  { doc: 'b', gold: 'trump', pred: 'e1', text: 'trump' },
  { doc: 'b', gold: 'melania', pred: 'e2', text: 'melania trump' },
];

/** The same counts, by enumerating every pair. */
function enumerated(scope: PairScope) {
  const out = { tp: 0, predicted: 0, gold: 0 };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      if (scope === 'cross-report' ? a.doc === b.doc : a.doc !== b.doc) continue;
      if (scope === 'same-report, texts differ' && a.text === b.text) continue;
      const g = a.gold === b.gold;
      const p = a.pred !== null && a.pred === b.pred;
      out.gold += g ? 1 : 0;
      out.predicted += p ? 1 : 0;
      out.tp += g && p ? 1 : 0;
    }
  }
  return out;
}

test('pairs counted by key equal pairs enumerated, in every scope', () => {
  for (const scope of ['cross-report', 'same-report', 'same-report, texts differ'] as const) {
    assert.deepEqual(countPairs(items, scope), enumerated(scope), scope);
  }
  // by hand: in report a, gold pairs are the three trump mentions (3), predicted the three e1 (3), both 1
  assert.deepEqual(countPairs(items, 'same-report'), { tp: 1, predicted: 3, gold: 3 });
  // across reports: b's "Trump" with a's two linked trump mentions, and the wrong link to a's Melania
  assert.deepEqual(countPairs(items, 'cross-report'), { tp: 2, predicted: 3, gold: 4 });
  // texts differ: "trump" ~ "trump" is left out; gold: the three trump spellings; linked: "donald trump"
  // with both "trump" (one of them Melania's)
  assert.deepEqual(countPairs(items, 'same-report, texts differ'), { tp: 1, predicted: 2, gold: 3 });
});

test('precision, recall and F1 of a tally; nothing predicted is precision 1', () => {
  assert.deepEqual(prf({ tp: 1, predicted: 2, gold: 4 }), { p: 0.5, r: 0.25, f1: 1 / 3 });
  assert.deepEqual(prf({ tp: 0, predicted: 0, gold: 0 }), { p: 1, r: 1, f1: 1 });
});
