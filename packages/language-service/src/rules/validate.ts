import { ruleSetting, type NewslensConfig } from '../config/config.js';
import type { Diagnostic, Problem } from '../types.js';
import { findSuppressions, isSuppressed } from './suppression.js';

/**
 * Turns problems into diagnostics under a config: drops rules set to 'off', problems silenced
 * by a suppression comment and sentences holding an ignored phrase; applies severities; sorts.
 */
export function applyConfig(text: string, problems: readonly Problem[], config: NewslensConfig): Diagnostic[] {
  const suppressions = findSuppressions(text);
  const phrases = config.ignorePhrases.map((p) => p.toLowerCase()).filter(Boolean);
  const lower = phrases.length > 0 ? text.toLowerCase() : '';
  const out: Diagnostic[] = [];
  for (const p of problems) {
    const setting = ruleSetting(config, p.code);
    if (setting === 'off') continue;
    if (isSuppressed(suppressions, p.code, p)) continue;
    if (phrases.length > 0 && phrases.some((ph) => containsPhraseAround(lower, ph, p.start, p.end))) continue;
    out.push({ ...p, severity: setting });
  }
  return sortDiagnostics(out);
}

/** Whether the phrase occurs in the line(s) holding the problem. */
function containsPhraseAround(lower: string, phrase: string, start: number, end: number): boolean {
  const from = lower.lastIndexOf('\n', start - 1) + 1;
  let to = lower.indexOf('\n', end);
  if (to < 0) to = lower.length;
  return lower.slice(from, to).includes(phrase);
}

export function sortDiagnostics<T extends Problem>(ds: T[]): T[] {
  return ds.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : 1));
}
