import type { DiffOp } from './word-diff.js';
import type { Word } from './words.js';

// An ellipsis: "...", ". . ." or "…".
const ELLIPSIS = /\.\s?\.\s?\.|…/;

/**
 * Words one quote has where the other has an ellipsis between the same two words ("this town,
 * street by street, and" / "this town ... and"): left out by the writer, marked as left out, so no
 * change of wording. Keys "a<i>" (words of the first quote) and "b<j>" (of the second).
 */
export function elidedWords(ops: readonly DiffOp[], a: readonly Word[], b: readonly Word[], textA: string, textB: string): Set<string> {
  const out = new Set<string>();
  const between = (t: string, ws: readonly Word[], i: number, j: number) => t !== '' && ELLIPSIS.test(t.slice(ws[i].end, ws[j].start));
  let last = -1;
  for (let k = 0; k < ops.length; k++) {
    if (ops[k].op !== 'eq') continue;
    if (last >= 0 && k > last + 1) {
      const gap = ops.slice(last + 1, k);
      const [p, q] = [ops[last], ops[k]];
      if (gap.every((o) => o.a < 0) && between(textA, a, p.a, q.a)) for (const o of gap) out.add(`b${o.b}`);
      if (gap.every((o) => o.b < 0) && between(textB, b, p.b, q.b)) for (const o of gap) out.add(`a${o.a}`);
    }
    last = k;
  }
  return out;
}
