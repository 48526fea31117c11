import { compareProblems } from '../compare/order.js';
import { ruleSetting, type NewslensConfig } from '../config/config.js';
import type { Diagnostic, Problem, Severity, Span } from '../types.js';
import { findSuppressions, isSuppressed } from './suppression.js';

/** One step below: a quote written differently with the same words weighs less than a changed word. */
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

/**
 * Turns problems into diagnostics under a config: drops rules set to 'off', problems silenced
 * by a suppression comment and sentences holding an ignored phrase; applies severities; sorts.
 * `sentences` (sorted) lets an ignored phrase silence its sentence only; without them, its line.
 */
export function applyConfig(text: string, problems: readonly Problem[], config: NewslensConfig, sentences: readonly Span[] = []): Diagnostic[] {
  const suppressions = findSuppressions(text);
  const phrases = config.ignorePhrases.map((p) => p.toLowerCase()).filter(Boolean);
  const lower = phrases.length > 0 ? text.toLowerCase() : '';
  const out: Diagnostic[] = [];
  for (const p of problems) {
    const setting = ruleSetting(config, p.code);
    if (setting === 'off') continue;
    if (isSuppressed(suppressions, p.code, p)) continue;
    if (phrases.length > 0 && p.end > p.start) {
      const around = sentenceAround(sentences, p) ?? lineAround(lower, p);
      const context = lower.slice(around.start, around.end);
      if (phrases.some((ph) => context.includes(ph))) continue;
    }
    out.push({ ...p, severity: p.data?.quoteChange === 'form' ? LOWER[setting] : setting });
  }
  return sortDiagnostics(out);
}

/** The sentence(s) overlapping the span, joined; undefined when no sentence does. */
function sentenceAround(sentences: readonly Span[], span: Span): Span | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= sentences.length || sentences[lo].start >= Math.max(span.end, span.start + 1)) return undefined;
  let end = sentences[lo].end;
  for (let i = lo + 1; i < sentences.length && sentences[i].start < span.end; i++) end = sentences[i].end;
  return { start: Math.min(sentences[lo].start, span.start), end: Math.max(end, span.end) };
}

/** The line(s) holding the span. */
function lineAround(lower: string, span: Span): Span {
  const start = lower.lastIndexOf('\n', span.start - 1) + 1;
  const to = lower.indexOf('\n', span.end);
  return { start, end: to < 0 ? lower.length : to };
}

export function sortDiagnostics<T extends Problem>(ds: T[]): T[] {
  return ds.sort(compareProblems);
}
