import type { ComparePart } from '../../internal-error.js';
import type { Problem } from '../../types.js';
import type { ReportInput } from '../types.js';
import { alignClaims, type EntityTokens } from './align-claims.js';
import { alignDates } from './align-dates.js';
import { alignFigures } from './align-figures.js';
import { alignQuotes } from './align-quotes.js';
import { emptyOutput, mergeOutput, type AlignOutput } from './output.js';

/** The aligners, in the order their output is merged. */
const ALIGNERS: ReadonlyArray<[ComparePart, (reports: readonly ReportInput[], out: AlignOutput, entities?: EntityTokens) => void]> = [
  ['align-quotes', alignQuotes],
  ['align-figures', alignFigures],
  ['align-dates', alignDates],
  ['align-claims', alignClaims],
];

/**
 * Aligns the quotes, figures, dates and claims of the reports of one event (two or more);
 * `entities` (from the entity identity) lets claims match across spellings of a name. An aligner
 * that throws gives nothing (not even what it had found before it threw) and `onError` hears of
 * it; the other aligners' output is kept. Never throws.
 */
export function alignEvent(reports: readonly ReportInput[], entities?: EntityTokens, onError?: (error: unknown, part: ComparePart) => void): AlignOutput {
  const out = emptyOutput();
  if (reports.length < 2) return out;
  for (const [part, align] of ALIGNERS) {
    const own = emptyOutput();
    try {
      align(reports, own, entities);
    } catch (e) {
      onError?.(e, part);
      continue;
    }
    mergeOutput(out, own);
  }
  for (const id of Object.keys(out.problems)) out.problems[id] = oneDiagnosticPerChange(out.problems[id]);
  return out;
}

const SPECIFIC = new Set(['figure-mismatch', 'date-mismatch', 'name-variant']);

/**
 * A figure, a date or a name changed inside a quote is one change: its figure-/date-mismatch or
 * name-variant says more than the quote-mismatch around it, which is dropped.
 */
export function oneDiagnosticPerChange(problems: Problem[]): Problem[] {
  const specific = problems.filter((p) => SPECIFIC.has(p.code));
  if (specific.length === 0) return problems;
  return problems.filter((p) => p.code !== 'quote-mismatch'
    || !specific.some((s) => s.start < p.end && p.start < s.end && s.related[0]?.report === p.related[0]?.report));
}
