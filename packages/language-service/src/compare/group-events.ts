import type { EventGroup, ReportInput } from './types.js';

/**
 * Groups reports that tell the same event (shared rare entities, dates, lexical similarity),
 * with candidate pairs from an index, never all pairs. Event ids are stable: derived from the
 * reports in the group.
 */
export function groupEvents(reports: readonly ReportInput[]): EventGroup[] {
  // first version: one event per report; replaced by the grouping work
  return reports.map((r) => ({ id: `event:${r.id}`, reports: [r.id] }));
}
