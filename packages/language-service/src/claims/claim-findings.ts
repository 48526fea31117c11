import type { UnsourcedClaim, VagueSource } from '../rules/findings.js';
import { firstAtOrAfter } from '../text/spans.js';
import type { Claim, ReportAnalysis, Span } from '../types.js';

/** A claim's source that is a source-less cue: "reportedly", "is said to", "was accused of". */
const SOURCELESS = /^(reportedly|allegedly|purportedly|supposedly|reputedly|ostensibly|reported|alleged|rumou?red|(?:is|was|are|were|be|been|being) \w+(?: (?:to|that|of|as))?)$/i;

/**
 * The check-worthy claims of a report that name no source: a figure, casualty count or accusation
 * (never a statement of what someone did, and never words inside quotation marks: a quote has a
 * speaker; which figures make a claim is the claim extractor's call). Each is found at the figures
 * of its clause (an accusation: the whole claim).
 */
export function unsourcedClaims(analysis: Pick<ReportAnalysis, 'text' | 'claims' | 'quotes'>): UnsourcedClaim[] {
  const out: UnsourcedClaim[] = [];
  const quoted = outermost(analysis.quotes);
  for (const c of analysis.claims) {
    if (c.status !== 'unattributed' || c.kind === 'action') continue;
    if (c.kind !== 'accusation' && !c.focus) continue; // its figures are all quoted
    const at = c.focus ?? { start: c.start, end: c.end };
    if (inQuote(at, quoted)) continue;
    out.push({ start: at.start, end: at.end, kind: c.kind, text: analysis.text.slice(at.start, at.end) });
  }
  return out;
}

/** The claims of a report sourced only by "reportedly", "allegedly" and the like, or by an unnamed source. */
export function vagueSources(analysis: Pick<ReportAnalysis, 'claims'>): VagueSource[] {
  return analysis.claims.filter((c: Claim) => c.status === 'vague').map((c) => {
    const words = (c.source?.text ?? '').replace(/\s+/g, ' ');
    const sourceless = SOURCELESS.test(words);
    return { start: c.start, end: c.end, adverb: sourceless ? words : null, source: sourceless ? null : words };
  });
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
  return i >= 0 && s.start >= quoted[i].start && s.end <= quoted[i].end;
}
