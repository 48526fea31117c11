import { fold } from '../../text/fold.js';
import { titleOnly, type EntityNode } from './clusters.js';

/** The last word of a title, folded: "U.S. President" and "the President" are both "president". */
const titleWord = (text: string) => fold(text).split(/\s+/).filter(Boolean).pop() ?? '';

/** The titles a named person goes by in their report: title labels ("President Obama") and titles alone given them. */
function titlesOf(n: EntityNode): Set<string> {
  const out = new Set<string>();
  for (const l of n.entity.labels ?? []) if (l.kind === 'title') out.add(titleWord(l.text));
  for (const m of n.entity.mentions) if (m.form === 'description') out.add(titleWord(m.text));
  return out;
}

/**
 * Someone a report calls by a title alone and never names ("The President announced ...",
 * entities/offices.ts unnamedHolders) is the person the event's other reports give that title
 * ("President Obama"): the one such person, or the one named with it in at least twice as many
 * reports as any other; else the title stays apart (two presidents, and no telling which). Returns
 * the clusters with each such node moved to its holder's.
 */
export function joinTitleHolders(nodes: readonly EntityNode[], root: readonly number[]): number[] {
  const holders = new Map<string, Map<number, Set<number>>>();
  nodes.forEach((n, i) => {
    if (n.entity.kind !== 'person' || titleOnly(n)) return;
    for (const t of titlesOf(n)) {
      let byCluster = holders.get(t);
      if (!byCluster) holders.set(t, (byCluster = new Map()));
      let reports = byCluster.get(root[i]);
      if (!reports) byCluster.set(root[i], (reports = new Set()));
      reports.add(n.report);
    }
  });
  const out = [...root];
  nodes.forEach((n, i) => {
    if (!titleOnly(n)) return;
    const options = [...(holders.get(titleWord(n.entity.name)) ?? [])].sort((a, b) => b[1].size - a[1].size || a[0] - b[0]);
    if (options.length === 0 || (options.length > 1 && options[0][1].size < 2 * options[1][1].size)) return;
    out[i] = options[0][0];
  });
  return out;
}
