import type { Quote } from '../types.js';
import { ABBREVIATION } from './quote-marks.js';

/** How a quote that continues another is read; the value set on PolNeAR train half A, confirmed on half B (scripts/eval-quotes.ts). */
export const CONTINUATION_OPTIONS: Readonly<{ maxGap: number }> = Object.freeze({
  /**
   * The most characters between the quote whose speaker is named and the one that continues it: the
   * rest of the first one's sentence (", Adelson said during the interview in Macau, the world’s
   * largest gambling hub."). 250 holds the trailers read on train half A; a longer one is narration.
   */
  maxGap: 250,
});

/** A sentence end inside the gap: a stop (after a closing mark or bracket) and the space after it. */
const SENTENCE_END = /[.!?]["”’)]?\s+/g;

/**
 * “I won’t just talk like a conservative,” Espinoza said Friday. “I am a proven champion ...”:
 * news style names the speaker at a quote's first part, and the quote that follows as whole
 * sentences of its own, in the next sentence or paragraph, goes on with the same words. True when
 * `q` opens a sentence right after the sentence of `prev` (nothing but the rest of that sentence
 * between them: no other sentence, no other quote), and `q` is whole sentences itself (it ends
 * with a stop inside its marks, so no attribution of its own can trail it). The caller checks that
 * no attribution holds `q` and that `prev` has a speaker.
 */
export function continuesQuote(text: string, q: Quote, prev: Quote): boolean {
  if (q.depth > 0 || prev.depth > 0 || prev.end > q.start) return false;
  const gap = text.slice(prev.end, q.start);
  if (gap.length > CONTINUATION_OPTIONS.maxGap || /["“”]/.test(gap)) return false;
  if (!endsSentence(text, q)) return false;
  if (gap.trim() === '') return /[.!?…]\s*["”]$/.test(text.slice(prev.start, prev.end));
  // the only sentence end in the gap is the one that closes prev's sentence, right before q
  let ends = 0;
  for (const m of gap.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(gap.slice(0, m.index + 1))) continue;
    ends++;
    if (m.index + m[0].length !== gap.length) return false;
  }
  return ends === 1 && !/\n\s*\S[^]*\n/.test(gap);
}

/** Whether a quote is whole sentences: a stop before its closing mark, and a new sentence or the paragraph's end after it. */
function endsSentence(text: string, q: Quote): boolean {
  if (!/[.!?…]\s*["”]$/.test(text.slice(q.start, q.end))) return false;
  return /^(?:\s*$|\s+["“A-Z(‘]|\s*\n)/.test(text.slice(q.end, q.end + 3));
}
