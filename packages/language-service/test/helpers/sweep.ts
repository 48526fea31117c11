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

/** [headline, A's sentence with {N}, B's sentence with {N}, A's number, B's number]; a "kind: " before the headline is a label. */
export type NumberScene = readonly [string, string, string, number, number];

/** Which reports the rule `code` flags when A's sentence gives the number x and B's the number y. */
export function flaggedAt([head, sa, sb, x, y]: NumberScene, code: string): { a: boolean; b: boolean } {
  const line = (s: string, n: number) => written(head.replace(/^[^:]*: /, ''), s.replace('{N}', String(n)));
  const p = problemsOf(line(sa, x), line(sb, y), code);
  return { a: p.a.length > 0, b: p.b.length > 0 };
}

/** A short story of one happening told by two outlets: [headline, A's story, B's story, changes planted in A one at a time]. */
export type Story = readonly [string, string, string, ReadonlyArray<readonly [string, string]>];

const told = (head: string, body: string) => `${head}\n\n${body}`;

/** The stories whose two reports, unchanged, the rule `code` flags (by headline). */
export function flaggedStories(stories: readonly Story[], code: string): string[] {
  return stories.filter(([head, a, b]) => {
    const p = problemsOf(told(head, a), told(head, b), code);
    return p.a.length + p.b.length > 0;
  }).map((s) => s[0]);
}

/** The changes planted in A that the rule `code` does not flag where they were made ("headline: what A said"). */
export function missedChanges(stories: readonly Story[], code: string): string[] {
  const missed: string[] = [];
  for (const [head, a, b, changes] of stories) {
    for (const [from, to] of changes) {
      if (!a.includes(from)) throw new Error(`${head}: "${from}" is not in the story`);
      const changed = told(head, a.replace(from, to));
      const at = changed.indexOf(to);
      const { a: here } = problemsOf(changed, told(head, b), code);
      if (!here.some((p) => p.start < at + to.length && at < p.end)) missed.push(`${head}: ${from}`);
    }
  }
  return missed;
}
