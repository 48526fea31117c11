import type { ReportTerms } from './features.js';

/** When two parts of a group lead with different figures. */
export const LEAD_FIGURE_OPTIONS: Readonly<{ minReports: number; share: number }> = Object.freeze({
  /**
   * Reports each part needs before its figures are read: a smaller part is a fragment (it joins
   * the closest part, events/refine.ts). 3, as refine's fragments (session 24: 2, 3 and 4 gave the
   * same grouping on the even topics).
   */
  minReports: 3,
  /** Share of a part's reports whose lead must give a figure for it to be the part's figure. 0.5: a majority, as PROTAGONIST_OPTIONS.share. */
  share: 0.5,
});

/**
 * Whether two parts of a group lead with different happenings' figures: each part has a figure
 * most of its reports give in their lead (a magnitude, a toll, a sum: "a 5.6 quake injures five"),
 * and no report of either part gives the other part's figure in its lead ("a 5.9 quake kills 10").
 * A reader tells two quakes on one island apart by that, when their words are the same. Reports
 * of one happening that lead with an update (a toll that rose) still share one figure, or resemble
 * each other more than this test is asked about (events/cluster.ts asks it only of parts that
 * resemble each other less than half as much as their own reports do). `terms[d]` are report d's
 * grouping terms; parts are lists of report indices.
 */
export function leadFiguresApart(terms: readonly ReportTerms[]): (a: readonly number[], b: readonly number[]) => boolean {
  const { minReports, share } = LEAD_FIGURE_OPTIONS;
  const common = (part: readonly number[]): string[] => {
    const c = new Map<string, number>();
    for (const d of part) for (const x of terms[d].leadFigures ?? []) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c].filter(([, k]) => k >= Math.max(2, share * part.length)).map(([x]) => x);
  };
  const givenIn = (figures: readonly string[], part: readonly number[]) =>
    part.some((d) => (terms[d].leadFigures ?? []).some((x) => figures.includes(x)));
  return (a, b) => {
    if (a.length < minReports || b.length < minReports) return false;
    const ca = common(a);
    if (ca.length === 0 || givenIn(ca, b)) return false;
    const cb = common(b);
    return cb.length > 0 && !givenIn(cb, a);
  };
}
