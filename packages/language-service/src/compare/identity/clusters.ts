import type { Entity } from '../../types.js';
import { nameKey, oneEdit } from './names.js';
import { blendParts, conflicting, nameInfo, relate, type NameInfo, type NameRelation } from './match.js';
import { fold } from '../../text/fold.js';
import { ownNamePairs } from './own-names.js';

/** One entity of one report, as a node of the cross-report clustering. */
export interface EntityNode {
  report: number;
  entity: Entity;
  info: NameInfo;
  /** Start of its first mention (ordering). */
  first: number;
}

export interface Pair {
  a: number;
  b: number;
  rel: NameRelation;
}

/** Postings longer than this are not used for candidate pairs (a key that common says little). */
const MAX_POSTINGS = 400;

export function toNodes(entities: readonly Entity[][]): EntityNode[] {
  const nodes: EntityNode[] = [];
  entities.forEach((list, report) => {
    for (const entity of list) {
      const info = nameInfo(nameKey(entity.kind, entity.name));
      if (info.tokens.length === 0) continue;
      const first = entity.mentions.reduce((m, x) => Math.min(m, x.start), Number.MAX_SAFE_INTEGER);
      nodes.push({ report, entity, info, first });
    }
  });
  return nodes;
}

/**
 * Someone a report calls by a title alone and never names (entities/offices.ts unnamedHolders): a
 * person whose every mention is a description. No name to match: titles.ts gives it its holder.
 */
export const titleOnly = (n: EntityNode): boolean => n.entity.kind === 'person' && n.entity.mentions.every((m) => m.form === 'description');

/** Related node pairs, from blocking keys (folded words, their sounds, acronyms, countries): never all pairs. */
export function relatedPairs(nodes: readonly EntityNode[]): Pair[] {
  const postings = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    let list = postings.get(key);
    if (!list) postings.set(key, (list = []));
    if (list[list.length - 1] !== i) list.push(i);
  };
  nodes.forEach((n, i) => {
    if (titleOnly(n)) return;
    const { tokens, phonetic, acronym, asAcronym, country } = n.info;
    tokens.forEach((t, k) => {
      if (t.length > 1) add(`w:${t}`, i);
      if (phonetic[k]) add(`p:${phonetic[k]}`, i);
      // one letter off: words one slip apart share a key ("atlanta" / "atlamta" -> "atlata")
      if (t.length >= 4 && !/\d/.test(t)) {
        add(`d:${t}`, i);
        for (let c = 0; c < t.length; c++) add(`d:${t.slice(0, c)}${t.slice(c + 1)}`, i);
      }
    });
    // blended nicknames ("LiLo" / "Lindsay Lohan"): the first letters of the given name and the surname
    const blend = blendParts(n.entity.name);
    if (blend) add(`b:${fold(blend[0])}|${fold(blend[1])}`, i);
    if (n.info.kind === 'person' && tokens.length >= 2) {
      const [first, last] = [tokens[0], tokens[tokens.length - 1]];
      for (let x = 1; x <= 3 && x <= first.length; x++) for (let y = 1; y <= 3 && y <= last.length; y++) add(`b:${first.slice(0, x)}|${last.slice(0, y)}`, i);
    }
    if (acronym) add(`a:${acronym}`, i);
    // ... and with the article before it ("THR" / "The Hollywood Reporter", match.ts)
    if (acronym) add(`a:t${acronym}`, i);
    if (asAcronym) add(`a:${asAcronym}`, i);
    if (country) add(`c:${country}`, i);
  });
  const byWord = new Map<string, number[]>();
  for (const [key, list] of postings) if (key.startsWith('w:')) byWord.set(key.slice(2), list);
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  const n = nodes.length;
  const apart = generationsApart(nodes);
  // one spelling: chained directly, however many reports write it
  const bySpelling = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (titleOnly(node)) return;
    const first = bySpelling.get(node.info.spelling);
    if (first === undefined) bySpelling.set(node.info.spelling, i);
    else pairs.push({ a: first, b: i, rel: { type: 'same', variant: false } });
  });
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        const key = a * n + b;
        if (seen.has(key) || nodes[a].info.spelling === nodes[b].info.spelling) continue;
        seen.add(key);
        if (apart(nodes[a].info, nodes[b].info)) continue;
        const rel = relate(nodes[a].info, nodes[b].info) ?? mislabelledSurname(nodes[a], nodes[b]);
        if (rel && !otherThing(nodes, a, b, byWord)) pairs.push({ a, b, rel });
      }
    }
  }
  // a short name a report gives its organisation or place: the other reports' use of it is that one
  pairs.push(...ownNamePairs(nodes, titleOnly));
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * Whether two person names are two generations of one family ("Donald Trump" / "Donald Trump Jr."):
 * their generation words differ and a report of the event names both, so the suffix is no slip of
 * the writer's (reports that write "Arcade Joseph Comeaux Jr." and "Arcade Joseph Comeaux" for one
 * man, and none that names his father, keep him one person).
 */
function generationsApart(nodes: readonly EntityNode[]): (a: NameInfo, b: NameInfo) => boolean {
  const seen = new Map<string, string>();
  const both = new Set<string>();
  for (const n of nodes) {
    if (n.info.kind !== 'person' || n.info.tokens.length < 2) continue;
    const key = `${n.report}|${n.info.tokens.join(' ')}`;
    const g = n.info.generation ?? '';
    const before = seen.get(key);
    if (before === undefined) seen.set(key, g);
    else if (before !== g) both.add(n.info.tokens.join(' '));
  }
  if (both.size === 0) return () => false;
  return (a, b) => a.kind === 'person' && b.kind === 'person' && (a.generation ?? '') !== (b.generation ?? '') &&
    (both.has(a.tokens.join(' ')) || both.has(b.tokens.join(' ')));
}

/**
 * Two names one letter apart where the other report also writes one of the two words in a name of
 * something else ("Angeles" / "Angels" beside "Los Angeles"): two words, not a slip.
 */
function otherThing(nodes: readonly EntityNode[], a: number, b: number, byWord: Map<string, number[]>): boolean {
  const [x, y] = [nodes[a], nodes[b]];
  if (x.report === y.report) return false;
  const differ = (n: EntityNode, o: EntityNode) => n.info.tokens.filter((t) => !o.info.tokens.includes(t));
  let mine = differ(x, y);
  let theirs = differ(y, x);
  if (!mine.some((u) => theirs.some((v) => oneEdit(u, v)))) return false;
  // between two names of two words or more, the words one slip apart, not the other words one name has
  // and the other lacks ("Luis" of "Luis Gerardo (Jerry) Ortiz" against "Jerry Ortzi", in a report that
  // also names "Jose Luis Orozco"); a lone word is someone else's when the other report gives the full
  // name's other words to another ("Bella" beside "Kristen Stewart" against "Kristen Bell")
  if (x.info.tokens.length > 1 && y.info.tokens.length > 1) {
    [mine, theirs] = [mine.filter((u) => theirs.some((v) => oneEdit(u, v))), theirs.filter((v) => mine.some((u) => oneEdit(u, v)))];
  }
  // a name of something else: not the counterpart's spelling nor a short form of it, nor a relative's
  const elsewhere = (word: string, report: number, not: EntityNode) =>
    (byWord.get(word) ?? []).some((c) => nodes[c].report === report && nodes[c].info.tokens.length <= 3 && !nodes[c].info.tokens.every((t) => not.info.tokens.includes(t))
      && !relatives(nodes[c], not, word));
  // only the other report's names count: a report that misspells a surname misspells it in "the Nxion White House" too
  return mine.some((w) => elsewhere(w, y.report, x)) || theirs.some((w) => elsewhere(w, x.report, y));
}

/** Two people of one family: both named in full with `word` as their surname ("Rita Gigante", "Vincent Gigante"). */
export function relatives(a: EntityNode, b: EntityNode, word: string): boolean {
  const surname = (e: EntityNode) => e.info.kind === 'person' && e.info.tokens.length > 1 && e.info.tokens[e.info.tokens.length - 1] === word;
  return surname(a) && surname(b);
}

/**
 * A one-word organisation that is the surname of a person named in full in the same report
 * ("Arcade Joseph Comeaux Jr" ... "Comeaux said"): the extractor's kind is wrong, it is his short form.
 */
function mislabelledSurname(x: EntityNode, y: EntityNode): NameRelation | null {
  if (x.report !== y.report) return null;
  const [one, person] = x.info.kind === 'person' ? [y, x] : [x, y];
  if (one.info.kind !== 'organization' || person.info.kind !== 'person' || one.info.tokens.length !== 1 || one.info.asAcronym) return null;
  const t = person.info.tokens;
  return t.length > 1 && t[t.length - 1] === one.info.tokens[0] ? { type: 'short', variant: false } : null;
}

/**
 * Clusters of nodes: full names, variants and aliases first (never two people whose first
 * names differ in one cluster), then each short form joins the one cluster it fits: the one
 * with a full name in its own report when there are several, none when still ambiguous.
 */
export function clusterNodes(nodes: readonly EntityNode[], pairs: readonly Pair[]): number[] {
  const parent = Array.from(nodes, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const members = new Map<number, number[]>(nodes.map((_, i) => [i, [i]]));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)].sort((x, y) => x - y);
    if (ra === rb) return;
    parent[rb] = ra;
    members.set(ra, [...(members.get(ra) ?? []), ...(members.get(rb) ?? [])]);
    members.delete(rb);
  };
  const isShortNode = (i: number) => nodes[i].info.kind === 'person' && nodes[i].info.tokens.length === 1;
  // two people with one surname and different first names never end up in one cluster
  const isFullPerson = (i: number) => nodes[i].info.kind === 'person' && nodes[i].info.tokens.length > 1;
  const apart = generationsApart(nodes);
  const compatible = (a: number, b: number): boolean => {
    for (const x of members.get(find(a)) ?? []) {
      if (!isFullPerson(x)) continue;
      for (const y of members.get(find(b)) ?? []) {
        if (isFullPerson(y) && (conflicting(nodes[x].info, nodes[y].info) || apart(nodes[x].info, nodes[y].info))) return false;
      }
    }
    return true;
  };
  for (const p of pairs) {
    if (p.rel.type === 'short' || p.rel.type === 'contains') continue;
    if (isShortNode(p.a) !== isShortNode(p.b) && p.rel.type !== 'same') continue;
    if (find(p.a) !== find(p.b) && compatible(p.a, p.b)) union(p.a, p.b);
  }
  /** Each node of `list` pairs joins the one cluster it fits (ambiguity: the one in its own report, else none). */
  function attach(list: readonly Pair[], contains: boolean): void {
    const fits = new Map<number, Set<number>>();
    for (const p of list) {
      if (!contains && p.rel.type !== 'short' && isShortNode(p.a) === isShortNode(p.b)) continue;
      let [short, full] = nodes[p.a].info.tokens.length <= nodes[p.b].info.tokens.length ? [p.a, p.b] : [p.b, p.a];
      if (contains) [short, full] = [full, short];
      let set = fits.get(short);
      if (!set) fits.set(short, (set = new Set()));
      set.add(find(full));
    }
    const plan: Array<[number, number]> = [];
    for (const [short, targets] of [...fits].sort((x, y) => x[0] - y[0])) {
      let options = [...targets].filter((t) => t !== find(short));
      if (options.length > 1) {
        const own = options.filter((t) => (members.get(t) ?? []).some((m) => nodes[m].report === nodes[short].report));
        if (own.length > 0) options = own;
      }
      if (options.length > 1) options = dominant(options);
      if (options.length === 1) plan.push([short, options[0]]);
    }
    for (const [short, target] of plan) if (compatible(short, target)) union(short, target);
  }
  /** The one cluster named in at least twice as many reports as any other ("Bush" in an event about Reggie Bush), else all. */
  function dominant(options: number[]): number[] {
    const reach = options.map((t) => new Set((members.get(t) ?? []).map((m) => nodes[m].report)).size);
    const top = Math.max(...reach);
    return reach.filter((x) => x * 2 > top).length === 1 ? [options[reach.indexOf(top)]] : options;
  }
  // then longer runs of capitals around a full name, then short forms: each joins the one cluster it fits
  attach(pairs.filter((p) => p.rel.type === 'contains'), true);
  attach(pairs.filter((p) => p.rel.type !== 'contains'), false);
  return nodes.map((_, i) => find(i));
}
