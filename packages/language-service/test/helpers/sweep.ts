// Pairs of reports written for a sweep test: a headline and one sentence each, compared as the
// product compares two reports.
import { analyzeReport, compareReports, type Problem } from '@newslens/language-service';

/** [headline, A's sentence, B's sentence]. */
export type Scene = readonly [string, string, string];

/** A report of one written sentence: its headline, the sentence, and a line that adds no fact. */
export const written = (head: string, sentence: string): string => `${head}\n\n${sentence} Officials gave no further details.`;

/** The rule `code`'s problems in each of two reports, compared as the product compares two reports. */
export function problemsOf(a: string, b: string, code: string): { a: Problem[]; b: Problem[] } {
  const c = compareReports([{ id: 'a.txt', analysis: analyzeReport(a) }, { id: 'b.txt', analysis: analyzeReport(b) }]);
  const of = (id: string) => (c.problems[id] ?? []).filter((p) => p.code === code);
  return { a: of('a.txt'), b: of('b.txt') };
}

/** Whether the rule `code` flags either report of the scene's pair. */
export function flaggedEither([head, sa, sb]: Scene, code: string): boolean {
  const p = problemsOf(written(head, sa), written(head, sb), code);
  return p.a.length + p.b.length > 0;
}
