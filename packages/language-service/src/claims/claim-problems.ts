import type { Claim, Figure, Problem, Span } from '../types.js';

export const UNATTRIBUTED_CLAIM = 'unattributed-claim';
export const VAGUE_ATTRIBUTION = 'vague-attribution';

const VAGUE_ADVERB = /\b(reportedly|allegedly|purportedly|supposedly|reputedly|ostensibly)\b/i;
const MAX_QUOTED = 80;

function inside(s: Span, q: Span): boolean {
  return s.start >= q.start && s.end <= q.end;
}

/** A number worth a source on its own: a percentage, a sum of money, an estimate or a large count. */
function isStatistic(f: Figure): boolean {
  if (/^(percent|dollars|euros|pounds|yen|yuan|shekels|rupees|money)\b/.test(f.counts)) return true;
  return f.value >= 100 || (f.approx !== 'exact' && f.value >= 10);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTED ? flat : `${flat.slice(0, MAX_QUOTED - 1).trimEnd()}…`;
}

/**
 * Problems from the claims of one report. `unattributed-claim`: a figure, casualty count or
 * accusation that names no source (never a statement of what someone did, and never words inside
 * quotation marks: a quote has a speaker). Outside casualty counts, only statistics are flagged
 * (percentages, money, estimates, counts of 100 or more), not "two developers". It points at the
 * figures of the clause. `vague-attribution`: a claim sourced only by "reportedly", "allegedly" or an unnamed source.
 */
export function claimProblems(text: string, claims: readonly Claim[], figures: readonly Figure[], quotes: readonly Span[]): Problem[] {
  const out: Problem[] = [];
  const sortedFigures = [...figures].sort((a, b) => a.start - b.start);
  const quoted = outermost(quotes);
  for (const c of claims) {
    if (c.status === 'unattributed' && c.kind !== 'action') {
      const figs: Figure[] = [];
      for (let i = firstAtOrAfter(sortedFigures, c.start); i < sortedFigures.length && sortedFigures[i].start < c.end; i++) {
        const f = sortedFigures[i];
        if (f.end <= c.end && !inQuote(f, quoted) && (c.kind === 'casualty' || isStatistic(f))) figs.push(f);
      }
      if (c.kind !== 'accusation' && figs.length === 0) continue;
      const at = figs.length === 0 ? { start: c.start, end: c.end }
        : figs[figs.length - 1].end - figs[0].start <= MAX_QUOTED ? { start: figs[0].start, end: figs[figs.length - 1].end }
          : { start: figs[0].start, end: figs[0].end };
      if (inQuote(at, quoted)) continue;
      const what = c.kind === 'casualty' ? 'casualty figure' : c.kind === 'figure' ? 'figure' : 'accusation';
      out.push({ ...at, code: UNATTRIBUTED_CLAIM, message: `Unsourced ${what}: '${shorten(text.slice(at.start, at.end))}' is given without a source`, related: [] });
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

/** Index of the first span starting at or after `pos` (spans sorted by start). */
function firstAtOrAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The quotes not inside another one, sorted: disjoint, so one binary search finds the one around a span. */
function outermost(quotes: readonly Span[]): Span[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const q of sorted) if (out.length === 0 || q.start >= out[out.length - 1].end) out.push(q);
  return out;
}

function inQuote(s: Span, quoted: readonly Span[]): boolean {
  const i = firstAtOrAfter(quoted, s.start + 1) - 1;
  return i >= 0 && inside(s, quoted[i]);
}
