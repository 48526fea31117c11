import type { Entity } from '../../types.js';
import { spellingKey } from './names.js';
import type { NameRelation } from './match.js';

/** What this file reads of a node of the clustering (clusters.ts EntityNode, which calls it). */
interface OwnNode { report: number; entity: Entity; info: { spelling: string } }

/**
 * The shorter names a report itself gives an organisation or a place it names in full: its short
 * and alias mentions ("Apple" in a report about "Apple Computer", "EADS" for "European Aeronautic
 * Defence & Space Company", "SIA" for "Singapore Airlines"), as spelling keys. A person's are left
 * out: a surname is matched as one (match.ts), and "Bush" for George W. Bush in one report is no
 * reason to make another report's Reggie Bush him.
 */
function ownShortNames(n: OwnNode): string[] {
  if (n.entity.kind === 'person') return [];
  const out = new Set<string>();
  for (const m of n.entity.mentions) {
    if (m.form !== 'short' && m.form !== 'alias') continue;
    const key = spellingKey(m.text);
    if (key.length > 1 && key !== n.info.spelling) out.add(key);
  }
  return [...out];
}

/**
 * Pairs of nodes of two reports that one report's own usage says are one organisation or place:
 * one's name is a short name the other's report gives it ("Apple" / "Apple Computer" called "Apple"),
 * or both reports call their two full names by one short name ("Apple Inc." and "Apple Computer",
 * each "Apple" in its report: the company renamed). An alias, not a short form to attach: the
 * report has said which entity the short name is. Kinds must agree but for a person the extractor
 * typed wrongly, which is left out (its short names are not read).
 */
export function ownNamePairs<N extends OwnNode>(nodes: readonly N[], skip: (n: N) => boolean): Array<{ a: number; b: number; rel: NameRelation }> {
  const bySpelling = new Map<string, number[]>();
  const byShort = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (skip(n) || n.entity.kind === 'person') return;
    const list = bySpelling.get(n.info.spelling);
    if (list) list.push(i);
    else bySpelling.set(n.info.spelling, [i]);
    for (const s of ownShortNames(n)) {
      const l = byShort.get(s);
      if (l) l.push(i);
      else byShort.set(s, [i]);
    }
  });
  const pairs: Array<{ a: number; b: number; rel: NameRelation }> = [];
  const rel = { type: 'alias' as const, variant: false };
  for (const [short, owners] of byShort) {
    const kind = nodes[owners[0]].entity.kind;
    const all = [...new Set([...(bySpelling.get(short) ?? []), ...owners])].filter((j) => nodes[j].entity.kind === kind).sort((x, y) => x - y);
    // a chain is enough for the clustering: each to the first, or, in the first's report, to the first of another
    const other = all.find((k) => nodes[k].report !== nodes[all[0]].report);
    if (other === undefined) continue;
    for (const i of all.slice(1)) {
      const j = nodes[i].report === nodes[all[0]].report ? other : all[0];
      pairs.push({ a: Math.min(i, j), b: Math.max(i, j), rel });
    }
  }
  return pairs;
}
