import type { ReportAnalysis } from '../types.js';
import type { SemanticToken, SemanticTokenType } from './types.js';

/**
 * Highlighting of a report: entity mentions by kind, attribution cues, quotes. Sorted and never
 * overlapping: a mention or cue inside a quote cuts the quote's token around it.
 */
export function findSemanticTokens(report: ReportAnalysis): SemanticToken[] {
  const inner: SemanticToken[] = [];
  for (const e of report.entities) for (const m of e.mentions) inner.push({ start: m.start, end: m.end, type: e.kind });
  for (const a of report.attributions) inner.push({ start: a.cue.start, end: a.cue.end, type: 'cue' });
  const tokens = dropOverlaps(inner);
  const quotes = dropOverlaps(report.quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.start, end: q.end, type: 'quote' as SemanticTokenType })));
  // Cut each quote around the tokens inside it (both lists are sorted; linear merge).
  const out: SemanticToken[] = [];
  let k = 0;
  for (const q of quotes) {
    let at = q.start;
    while (k < tokens.length && tokens[k].end <= q.start) out.push(tokens[k++]);
    while (k < tokens.length && tokens[k].start < q.end) {
      const t = tokens[k++];
      if (t.start > at) out.push({ start: at, end: t.start, type: 'quote' });
      out.push(t);
      at = Math.max(at, t.end);
    }
    if (at < q.end) out.push({ start: at, end: q.end, type: 'quote' });
  }
  while (k < tokens.length) out.push(tokens[k++]);
  return out.filter((t) => t.end > t.start);
}

/** Sorted by start; a token overlapping an earlier one is dropped. */
function dropOverlaps(tokens: SemanticToken[]): SemanticToken[] {
  const sorted = [...tokens].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SemanticToken[] = [];
  for (const t of sorted) {
    if (t.end <= t.start) continue;
    if (out.length && t.start < out[out.length - 1].end) continue;
    out.push(t);
  }
  return out;
}
