import type { Span, TextSpan } from '../types.js';

/** The span [start, end) of `text` with its words. */
export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Whether `pos` lies strictly inside one of `spans` (inside a quote's marks, not on them). */
export function insideAny(pos: number, spans: readonly Span[]): boolean {
  for (let i = 0; i < spans.length; i++) if (pos > spans[i].start && pos < spans[i].end) return true;
  return false;
}

/**
 * A test of whether a span lies inside one of `spans` (sorted by start), for spans queried in any order: a
 * binary search over the starts, with the furthest end reached up to each (a long span may hold a later one).
 */
export function heldBy(spans: readonly Span[]): (s: Span) => boolean {
  const reach: number[] = [];
  for (let i = 0, r = -1; i < spans.length; i++) reach.push((r = Math.max(r, spans[i].end)));
  return (s) => {
    const lo = firstAtOrAfter(spans.length, (i) => spans[i].start, s.start + 1);
    return lo > 0 && reach[lo - 1] >= s.end;
  };
}

/** The first index i in [0, n) with key(i) >= value (keys ascending), or n: a binary search. */
export function firstAtOrAfter(n: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The index of the sentence containing offset, by binary search over sorted sentence spans; -1 if none. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence that holds the start of `s`, if any. */
export function sentenceOf(s: Span, sentences: readonly Span[]): Span | undefined {
  const i = sentenceAt(sentences, s.start);
  return i < 0 ? undefined : sentences[i];
}
