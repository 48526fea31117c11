import type { ReportAnalysis } from '../types.js';
import { reportName } from '../text/excerpt.js';
import { linksFrom, otherReports } from './target.js';
import { OPEN_ALIGNED_COMMAND, type ClaimLens, type FeatureContext } from './types.js';

/**
 * One lens per claim when the report's event has other reports: "in N of M reports", N counting
 * this report and each other report the comparison aligns the claim with.
 */
export function findClaimLenses(report: ReportAnalysis, ctx: FeatureContext): ClaimLens[] {
  const others = otherReports(ctx);
  if (others.length === 0) return [];
  return report.claims.map((claim) => {
    const span = { start: claim.start, end: claim.end };
    const links = linksFrom(ctx, { kind: 'claim', span, claim }).filter((l) => others.includes(l.to.report));
    const carried = new Set(links.map((l) => l.to.report));
    const title = `in ${carried.size + 1} of ${others.length + 1} reports`;
    const first = links[0];
    const command = first
      ? { title, command: OPEN_ALIGNED_COMMAND, arguments: [{ report: first.to.report, start: first.to.start, end: first.to.end }] }
      : null;
    return { span, title: first ? `${title} (open ${reportName(first.to.report)})` : title, command };
  });
}
