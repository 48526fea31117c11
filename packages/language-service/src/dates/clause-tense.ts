import type { ParagraphContext } from '../analysis/context.js';
import { firstAtOrAfter } from '../text/spans.js';

/**
 * The tense of the clause around a date expression, which decides between the past and the
 * next occurrence of a date without a year. Future cues are words ("will", "next",
 * "scheduled"); the past comes from compromise's PastTense tags on the paragraph's tokens (and a
 * few past auxiliaries for text the tagger did not see). Clauses end at punctuation, dashes and
 * coordinating conjunctions.
 */

const FUTURE_CUE = /\b(?:will|won[’']t|shall|going to|next|upcoming|coming|scheduled|due to|is due|are due|expected to|set to|plans? to|planned for|to be held|might|deadline|aims? to|hopes? to|intends? to|to (?:re)?appear|to be sentenced|to stand trial)\b|[’']ll\b/i;
/** Past auxiliaries, for text the tagger did not see; compromise's PastTense tags do the rest. */
const PAST_CUE = /\b(?:was|were|had|did|ago)\b/i;
const CLAUSE_BREAK_SOURCE = '[.;:!?()\\u2014\\u2013,\\n]|\\b(?:and|but|while|whereas|although|though)\\b';
const CLAUSE_BREAK = new RegExp(CLAUSE_BREAK_SOURCE, 'g');
const CLAUSE_BREAK_ONE = new RegExp(CLAUSE_BREAK_SOURCE);

/** The tense of the clause around [start, end). Looks at most 200 characters each side. */
export function clauseTense(ctx: ParagraphContext, start: number, end: number): 'past' | 'future' | null {
  const { text } = ctx;
  const before = text.slice(Math.max(0, start - 200), start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const after = text.slice(end, end + 200);
  const stop = CLAUSE_BREAK_ONE.exec(after);
  const head = before.slice(from);
  const tail = after.slice(0, stop ? stop.index : after.length);
  if (FUTURE_CUE.test(head) || FUTURE_CUE.test(tail)) return 'future';
  const clauseStart = start - head.length;
  const clauseEnd = end + tail.length;
  if (PAST_CUE.test(head) || PAST_CUE.test(tail)) return 'past';
  const tokens = ctx.parsed?.tokens ?? [];
  for (let i = firstAtOrAfter(tokens.length, (k) => tokens[k].start, clauseStart); i < tokens.length && tokens[i].start < clauseEnd; i++) {
    const t = tokens[i];
    if (t.start >= start && t.end <= end) continue;
    if (t.tags.has('PastTense')) return 'past';
  }
  return null;
}
