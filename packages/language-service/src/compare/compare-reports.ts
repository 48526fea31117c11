import type { CompareOptions } from '../internal-error.js';
import { compareReportsIncremental } from './compare-incremental.js';
import type { Comparison, ReportInput } from './types.js';

export { compareEvent } from './compare-event.js';
export { compareLinks } from './order.js';

/**
 * Groups reports into events and aligns what the reports of each event share: entities (one id
 * across reports), quotes, figures, dates and claims, with the mismatches between them.
 * Deterministic: links and problems come sorted. To reuse a previous run's work after an edit,
 * see compareReportsIncremental / createComparer (compare-incremental.ts): same result.
 * An exception in entity identity, in one aligner or in a report's grouping terms (a malformed
 * analysis, a bug) loses that part's output for that event or report only, and
 * `options.onInternalError` hears of it.
 */
export function compareReports(reports: readonly ReportInput[], options: CompareOptions = {}): Comparison {
  return compareReportsIncremental(reports, undefined, options).comparison;
}
