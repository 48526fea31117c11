import type { ReportAnalysis, Span } from '../types.js';

/**
 * The last step of every analysis: guarantees that each range lies inside the text and never
 * splits a surrogate pair, whatever an extractor did on odd input. Ranges are snapped outwards
 * to whole code points; empty or inverted ranges are repaired, never dropped silently.
 */
export function sanitizeAnalysis(a: ReportAnalysis): ReportAnalysis {
  const fix = makeFixer(a.text);
  visit(a, fix);
  return a;
}

function makeFixer(text: string): (s: Span) => void {
  const n = text.length;
  const isLow = (i: number) => i > 0 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return (s) => {
    let start = Number.isFinite(s.start) ? Math.max(0, Math.min(n, Math.trunc(s.start))) : 0;
    let end = Number.isFinite(s.end) ? Math.max(0, Math.min(n, Math.trunc(s.end))) : start;
    if (end < start) end = start;
    if (isLow(start)) start--;
    if (isLow(end)) end++;
    s.start = start;
    s.end = end;
  };
}

/** Every object with numeric start and end in the analysis (except the text itself) is a range. */
function visit(value: unknown, fix: (s: Span) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) visit(v, fix);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') fix(o as unknown as Span);
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (v !== null && typeof v === 'object') visit(v, fix);
  }
}
