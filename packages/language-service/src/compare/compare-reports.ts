import { compareReportsIncremental } from './compare-incremental.js';
import type { Comparison, ReportInput } from './types.js';

export { compareEvent } from './compare-event.js';
export { compareLinks } from './order.js';

/**
 * Groups reports into events and aligns what the reports of each event share: entities (one id
 * across reports), quotes, figures, dates and claims, with the mismatches between them.
 * Deterministic: links and problems come sorted. To reuse a previous run's work after an edit,
 * see compareReportsIncremental / createComparer (compare-incremental.ts): same result.
 */
export function compareReports(reports: readonly ReportInput[]): Comparison {
  return compareReportsIncremental(reports).comparison;
}
