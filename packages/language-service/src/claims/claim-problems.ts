import type { Claim, Problem, Span } from '../types.js';
import { firstAtOrAfter } from '../text/spans.js';

export const UNATTRIBUTED_CLAIM = 'unattributed-claim';
export const VAGUE_ATTRIBUTION = 'vague-attribution';

const VAGUE_ADVERB = /\b(reportedly|allegedly|purportedly|supposedly|reputedly|ostensibly)\b/i;
const MAX_QUOTED = 80;

function inside(s: Span, q: Span): boolean {
  return s.start >= q.start && s.end <= q.end;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTED ? flat : `${flat.slice(0, MAX_QUOTED - 1).trimEnd()}…`;
}

/**
 * Problems from the claims of one report. `unattributed-claim`: a figure, casualty count or
 * accusation that names no source (never a statement of what someone did, and never words inside
 * quotation marks: a quote has a speaker; which figures make a claim is the claim extractor's
 * call). It points at the figures of the clause. `vague-attribution`: a claim sourced only by "reportedly", "allegedly" or an unnamed source.
 */
export function claimProblems(text: string, claims: readonly Claim[], quotes: readonly Span[]): Problem[] {
  const out: Problem[] = [];
  const quoted = outermost(quotes);
  for (const c of claims) {
    if (c.status === 'unattributed' && c.kind !== 'action') {
      if (c.kind !== 'accusation' && !c.focus) continue; // its figures are all quoted
      const at = c.focus ?? { start: c.start, end: c.end };
      if (inQuote(at, quoted)) continue;
      const what = c.kind === 'casualty' ? 'casualty figure' : c.kind === 'figure' ? 'figure' : 'accusation';
      out.push({ start: at.start, end: at.end, code: UNATTRIBUTED_CLAIM, message: `Unsourced ${what}: '${shorten(text.slice(at.start, at.end))}' is given without a source`, related: [] });
    } else if (c.status === 'vague') {
      const adverb = VAGUE_ADVERB.exec(c.text);
      const message = adverb
        ? `Vaguely sourced claim: '${adverb[1]}' does not name who says so`
        : `Vaguely sourced claim: the source '${shorten(c.source?.text ?? '')}' is not named`;
      out.push({ start: c.start, end: c.end, code: VAGUE_ATTRIBUTION, message, related: [] });
    }
  }
  return out;
}

/** The quotes not inside another one, sorted: disjoint, so one binary search finds the one around a span. */
function outermost(quotes: readonly Span[]): Span[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const q of sorted) if (out.length === 0 || q.start >= out[out.length - 1].end) out.push(q);
  return out;
}

function inQuote(s: Span, quoted: readonly Span[]): boolean {
  const i = firstAtOrAfter(quoted.length, (k) => quoted[k].start, s.start + 1) - 1;
  return i >= 0 && inside(s, quoted[i]);
}
