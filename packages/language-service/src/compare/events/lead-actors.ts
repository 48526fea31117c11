import type { ReportTerms } from './features.js';

/** When a group's leads fall in two camps by who acts. */
export const LEAD_ACTOR_OPTIONS: Readonly<{ minReports: number; common: number; overlap: number; cover: number }> = Object.freeze({
  /** Reports whose leads must name an actor for it to lead a camp. 3, as refine's fragments and LEAD_FIGURE_OPTIONS.minReports (session 25: 2 and 4 gave the same grouping on the even topics). */
  minReports: 3,
  /**
   * Share of the group's leads beyond which an actor is what the whole group is about (the player
   * every team made an offer to), not a camp's. 0.75 (session 25: 0.7 and 0.8 the same; at 0.5
   * the 12 leads naming the Red Sox of 21 read as the whole group's).
   */
  common: 0.75,
  /** Reports whose lead may name both camps' actors. 1 (session 25: 0 and 2 the same). */
  overlap: 1,
  /**
   * Share of the group's leads the two camps must hold between them. 0.8 (session 25, pnpm eval
   * grouping, even topics in two parts by topic mod 4: 0.7 to 0.9 the same; at 0.6 a shooting
   * split by its victims' names, mod 4 = 2 missed pairs 62 -> 80).
   */
  cover: 0.8,
});

/**
 * Whether a group (report indices) is two happenings told apart by who acts in them: two actors of
 * one kind (two teams, two companies, two people) each named by the leads of a camp of the group,
 * hardly ever by the same lead, and together by nearly every lead ("the Angels offered Teixeira
 * an eight-year contract", "Red Sox extend offer to Teixeira"). An actor most leads name is what
 * the group is about, not a camp's (Teixeira). Returns the two parts, the reports whose lead names
 * neither actor with the camp they resemble more (`sim(a, b)`: the similarity of the group's a-th
 * and b-th reports); null when the leads do not fall in two such camps. Two reports of one event
 * that lead with different actors of different kinds (the FBI, Woodward) or that name both (a
 * debate's two candidates) are no two camps. `terms[d]` are report d's grouping terms.
 */
export function leadActorsApart(terms: readonly ReportTerms[]): (g: readonly number[], sim: (a: number, b: number) => number) => number[][] | null {
  const { minReports, common, overlap, cover } = LEAD_ACTOR_OPTIONS;
  return (g, sim) => {
    if (g.length < 2 * minReports) return null;
    const camps = new Map<string, number[]>();
    g.forEach((d, k) => {
      for (const actor of terms[d].leadActors ?? []) {
        let list = camps.get(actor);
        if (!list) camps.set(actor, (list = []));
        list.push(k);
      }
    });
    const actors = [...camps].filter(([, ks]) => ks.length >= minReports && ks.length <= common * g.length);
    let best: [number[], number[]] | null = null;
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        // two actors of one kind: two teams, or two people
        if (actors[i][0][0] !== actors[j][0][0]) continue;
        const both = new Set(actors[i][1].filter((k) => actors[j][1].includes(k)));
        if (both.size > overlap) continue;
        const x = actors[i][1].filter((k) => !both.has(k));
        const y = actors[j][1].filter((k) => !both.has(k));
        if (x.length < minReports || y.length < minReports || x.length + y.length < cover * g.length) continue;
        if (!best || x.length + y.length > best[0].length + best[1].length) best = [x, y];
      }
    }
    if (!best) return null;
    const [x, y] = best;
    const mean = (k: number, part: readonly number[]) => part.reduce((s, o) => s + sim(k, o), 0) / part.length;
    const px = [...x];
    const py = [...y];
    for (let k = 0; k < g.length; k++) if (!x.includes(k) && !y.includes(k)) (mean(k, x) >= mean(k, y) ? px : py).push(k);
    return [px.map((k) => g[k]).sort((a, b) => a - b), py.map((k) => g[k]).sort((a, b) => a - b)];
  };
}
