import type { ReportInput } from '../types.js';
import { alignClaims } from './align-claims.js';
import { alignDates } from './align-dates.js';
import { alignFigures } from './align-figures.js';
import { alignQuotes } from './align-quotes.js';
import { emptyOutput, type AlignOutput } from './output.js';

/** Aligns the quotes, figures, dates and claims of the reports of one event (two or more). */
export function alignEvent(reports: readonly ReportInput[]): AlignOutput {
  const out = emptyOutput();
  if (reports.length < 2) return out;
  alignQuotes(reports, out);
  alignFigures(reports, out);
  alignDates(reports, out);
  alignClaims(reports, out);
  return out;
}
