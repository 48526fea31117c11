import type { ReportTerms } from './features.js';

/** When two parts of a group tell the story of one person. */
export const PROTAGONIST_OPTIONS: Readonly<{ share: number; minLetters: number }> = Object.freeze({
  /**
   * Share of a part's reports that must name its leading person, and of the other part's reports
   * that must name that person too. 0.5 (session 23, pnpm eval grouping, even topics in two parts
   * by topic mod 4): a majority on each side; at 0.5 topics mod 4 = 2 missed pairs 90 -> 42 (one
   * office-party shooting in two parts, one telling the victim's life), topics mod 4 = 0 unchanged.
   */
  share: 0.5,
  /** Letters a surname needs to be read (a shorter one is too often a common word or an initial). 4, as name slips (events/name-slips.ts). */
  minLetters: 4,
});

/**
 * Whether two parts of a group, which the second pass found apart, are one story told around one
 * person: the surname most of one part names (its leading person) is named by most reports of the
 * other part, both ways ("Kirkpatrick" and "Fanning" in reports of the shooting and in reports of
 * the victim's life). Two deaths in one scandal (Felt, LaRue) each lead with their own person, and
 * a background name both parts mention ("Nixon") leads neither. Not when the parts' publication
 * dates say otherwise: the median days of the parts' dated reports more than `maxDaysApart` apart
 * (the same person's two arrests, months apart). `terms[d]` are report d's grouping terms; parts
 * are lists of report indices.
 */
export function sameProtagonist(terms: readonly ReportTerms[], maxDaysApart: number): (a: readonly number[], b: readonly number[]) => boolean {
  const surnames: Array<Set<string> | undefined> = new Array(terms.length);
  const of = (d: number): Set<string> => {
    let s = surnames[d];
    if (!s) {
      s = new Set<string>();
      for (const name of terms[d].names ?? []) {
        const last = name.slice(name.lastIndexOf(' ') + 1);
        if (last.length >= PROTAGONIST_OPTIONS.minLetters && /^\p{L}/u.test(last)) s.add(last);
      }
      surnames[d] = s;
    }
    return s;
  };
  const count = (part: readonly number[]): Map<string, number> => {
    const c = new Map<string, number>();
    for (const d of part) for (const s of of(d)) c.set(s, (c.get(s) ?? 0) + 1);
    return c;
  };
  const leading = (c: ReadonlyMap<string, number>, n: number): string[] => {
    let top = 0;
    for (const k of c.values()) top = Math.max(top, k);
    return top >= PROTAGONIST_OPTIONS.share * n ? [...c].filter(([, k]) => k === top).map(([w]) => w) : [];
  };
  return (a, b) => {
    const da = medianDay(terms, a);
    const db = medianDay(terms, b);
    if (da !== null && db !== null && Math.abs(da - db) > maxDaysApart) return false;
    const ca = count(a);
    const cb = count(b);
    const named = (w: string, c: ReadonlyMap<string, number>, n: number) => (c.get(w) ?? 0) >= PROTAGONIST_OPTIONS.share * n;
    return leading(ca, a.length).some((w) => named(w, cb, b.length)) && leading(cb, b.length).some((w) => named(w, ca, a.length));
  };
}

/** The median publication day of a part's dated reports; null when none is dated. */
function medianDay(terms: readonly ReportTerms[], part: readonly number[]): number | null {
  const days = part.map((d) => terms[d].day).filter((x): x is number => x !== null).sort((x, y) => x - y);
  return days.length === 0 ? null : days[Math.floor((days.length - 1) / 2)];
}
