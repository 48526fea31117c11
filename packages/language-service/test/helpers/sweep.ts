// Pairs of reports written for a sweep test: a headline and one sentence each, compared as the
// product compares two reports.
import { analyzeReport, compareReports } from '@newslens/language-service';

/** [headline, A's sentence, B's sentence]. */
export type Scene = readonly [string, string, string];

/** Whether the rule `code` flags either report of the scene's pair (each sentence followed by a line that adds no fact). */
export function flaggedEither([head, sa, sb]: Scene, code: string): boolean {
  const a = `${head}\n\n${sa} Officials gave no further details.`;
  const b = `${head}\n\n${sb} Officials gave no further details.`;
  const c = compareReports([{ id: 'a.txt', analysis: analyzeReport(a) }, { id: 'b.txt', analysis: analyzeReport(b) }]);
  return [...(c.problems['a.txt'] ?? []), ...(c.problems['b.txt'] ?? [])].some((p) => p.code === code);
}
