import type { Comparison, ReportInput } from './types.js';

/** Groups reports into events and aligns what they share. */
export function compareReports(reports: readonly ReportInput[]): Comparison {
  // scaffolding: every report its own event, no links; implemented by the comparison work
  return {
    events: reports.map((r) => ({ id: `event:${r.id}`, reports: [r.id] })),
    entities: [],
    links: [],
    problems: {},
  };
}
