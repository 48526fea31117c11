// Passages set off as someone else's words without quotation marks: a line (or paragraph) right after one that
// ends with a colon after a verb of saying or writing ("As Johanna Neuman writes in a Los Angeles
// Times piece:" then the piece's paragraph, ECB+ t28). Their loaded words and labels are the quoted
// writer's, not the outlet's (docs/loaded-words.md); they are no `quotes` (no marks, no speaker span).
import type { Span } from '../types.js';

/** The verbs that introduce someone's words, in the last words before the colon. */
const INTRODUCES = /\b(?:writes|wrote|written|said|says|stated|states|reported|reports|reads|read|explained|explains|noted|notes|added|adds|told|tells|according\s+to|put\s+it|puts\s+it|declared|declares|announced|announces)\b[^.!?]*:\s*$/i;

/** How far back from the colon the introducing verb may be (characters): one clause. */
const BLOCK_QUOTE_OPTIONS = { introLength: 160 };

/** The lines (a paragraph or a line of one) introduced as someone's words by the line before them. */
export function blockQuotes(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/:[ \t]*\r?\n\s*([^\n]*\S)/g)) {
    const colon = m.index;
    const lineStart = text.lastIndexOf('\n', colon) + 1;
    if (!INTRODUCES.test(text.slice(Math.max(lineStart, colon + 1 - BLOCK_QUOTE_OPTIONS.introLength), colon + 1))) continue;
    const end = colon + m[0].length;
    out.push({ start: end - m[1].length, end });
  }
  return out;
}
