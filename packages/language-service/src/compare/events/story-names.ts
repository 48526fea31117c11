import type { ReportTerms } from './features.js';

export interface StoryNameOptions {
  /** Share of each part's reports that must name the person. */
  share: number;
  /** Share of the workspace's reports naming the person that must sit in the two parts: the name is this story's, not a president's every story names. */
  own: number;
  /** A person named by this share of one part's reports and by none of the other's is that part's own: when each part has its own, they are two stories. */
  central: number;
  /** Parts whose dated reports were published further apart than this many days (median to median) are not held together by a name. As the first pass' maxDaysApart. */
  maxDaysApart: number;
}

/**
 * Values set on the even half of pnpm eval grouping (session 19). `share` 0.5: the person a follow-up
 * names is the one its first reports named (the police spokesman of a shooting, the victim), and a
 * name told in one background sentence of one report ties nothing; `own` 0.5.
 */
export const STORY_NAMES: StoryNameOptions = { share: 0.5, own: 0.5, central: 0.8, maxDaysApart: 7 };

/** Whether two parts of a group tell one story: `together(a, b)` over report indices. */
export type Together = (a: readonly number[], b: readonly number[]) => boolean;

/**
 * Two parts of a group that the words inside it told apart are one story when most reports of
 * each name the same person and that person is this story's (most reports naming them in the
 * workspace are in the two parts), unless their dates set them apart: a shooting and the charge
 * laid the next day both name the police spokesman and the victim, while two earthquakes on one
 * island years apart name different officials. Same people with dates far apart (a bid announced,
 * its documents subpoenaed years later) stay two events.
 */
export function storyNames(terms: readonly ReportTerms[], options: StoryNameOptions = STORY_NAMES): Together {
  const df = new Map<string, number>();
  const namesOf = terms.map((t) => [...new Set((t.names ?? []).map(surname).filter((n) => n.length > 2))]);
  for (const names of namesOf) for (const n of names) df.set(n, (df.get(n) ?? 0) + 1);
  return (a, b) => {
    if (datedApart(terms, a, b, options.maxDaysApart)) return false;
    const inA = counted(namesOf, a);
    const inB = counted(namesOf, b);
    // each part has someone central the other never names: two people's stories in one circle
    if (ownCentral(inA, a.length, inB, options.central) && ownCentral(inB, b.length, inA, options.central)) return false;
    for (const [name, ca] of inA) {
      const cb = inB.get(name) ?? 0;
      if (ca >= options.share * a.length && cb >= options.share * b.length && ca + cb >= options.own * (df.get(name) ?? 0)) return true;
    }
    return false;
  };
}

/** A person by surname: "W. Mark Felt Sr", "Mark 'Deep Throat' Felt" and "Mark Felt" are one person to a reader of one story. */
function surname(name: string): string {
  const words = name.split(/[\s.,]+/).filter((w) => w !== '' && !SUFFIXES.has(w));
  return words.length ? words[words.length - 1].replace(/^['"“‘]+|['"”’]+$/g, '') : '';
}
const SUFFIXES = new Set(['sr', 'jr', 'ii', 'iii', 'iv']);

function ownCentral(mine: ReadonlyMap<string, number>, size: number, other: ReadonlyMap<string, number>, central: number): boolean {
  for (const [name, c] of mine) if (c >= central * size && !other.has(name)) return true;
  return false;
}

function counted(namesOf: readonly string[][], part: readonly number[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of part) for (const n of namesOf[d]) m.set(n, (m.get(n) ?? 0) + 1);
  return m;
}

function datedApart(terms: readonly ReportTerms[], a: readonly number[], b: readonly number[], maxDays: number): boolean {
  const da = median(a.map((d) => terms[d].day));
  const db = median(b.map((d) => terms[d].day));
  return da !== null && db !== null && Math.abs(da - db) > maxDays;
}

function median(days: ReadonlyArray<number | null>): number | null {
  const known = days.filter((d): d is number => d !== null).sort((x, y) => x - y);
  return known.length ? known[Math.floor(known.length / 2)] : null;
}
