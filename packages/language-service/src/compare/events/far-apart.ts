import type { ReportTerms } from './features.js';

/** When two reports' publication dates keep them apart more strongly than a week's gap does. */
export const FAR_APART_OPTIONS: Readonly<{ days: number; penalty: number }> = Object.freeze({
  /**
   * Days between two publication dates beyond which the reports are rarely one event unless one
   * looks back to the other. 90 (session 25, pnpm eval grouping, even topics in two parts by topic
   * mod 4): a season; at 30 days follow-ups of one shooting weeks later (held for trial) came
   * apart (topics mod 4 = 2 missed pairs 40 -> 60), at 60 days 62 -> 69 (with LEAD_ACTOR_OPTIONS).
   * Without the look-back, at 90 days the trial and verdict reports of two shootings, a year or two
   * later, came apart (missed 40 -> 94); with months only with their year, 40 -> 64 (a December
   * report's "September", read forward to the next year).
   */
  days: 90,
  /**
   * Similarity factor for such a pair (instead of the week's 0.5). 0.25 (session 25): two articles
   * of one market's or one company's news, a year or more apart, no longer joined (false pairs
   * mod 4 = 0: 35 -> 34, mod 4 = 2: 106 -> 105); 0.1 split a follow-up more (mod 4 = 2 missed 40 -> 70
   * at 30 days, against 60 at 0.25).
   */
  penalty: 0.25,
});

/**
 * Similarity factor for two reports published more than FAR_APART_OPTIONS.days apart: 1 when
 * either looks back to the other (a date of its text in the month the other was published: a
 * verdict report naming "September 10, 2010" or "April 2007", the month of the shooting), else the
 * penalty. 1 too when either date is unknown or the dates are closer.
 */
export function farApartFactor(a: ReportTerms, b: ReportTerms): number {
  if (a.day === null || b.day === null || Math.abs(a.day - b.day) <= FAR_APART_OPTIONS.days) return 1;
  return looksBack(a, b.day) || looksBack(b, a.day) ? 1 : FAR_APART_OPTIONS.penalty;
}

/** Whether report `a` names a date in the month of `day` (days since 1970): with its year (`YYYY-MM`), or a month without a day (`MM`). */
function looksBack(a: ReportTerms, day: number): boolean {
  const month = new Date(day * 86_400_000).toISOString().slice(0, 7);
  const months = a.months ?? [];
  // a bare month that is also the report's own publication month still looks back: a verdict published in September
  // names "September", the month of the shooting two years before (tried in session 25's review: even missed 40 -> 80)
  return months.includes(month) || months.includes(month.slice(5));
}
