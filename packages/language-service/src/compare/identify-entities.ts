import type { EntityMention, Problem, Span } from '../types.js';
import { nameVariant } from '../rules/name-variant.js';
import { problemOf } from '../rules/rule.js';
import { loc } from './align/output.js';
import { recoverMentions } from './identity/recover.js';
import { clusterNodes, relatedPairs, relatives, toNodes, type EntityNode } from './identity/clusters.js';
import { relate } from './identity/match.js';
import { joinTitleHolders } from './identity/titles.js';
import { straySlips } from './identity/stray-slips.js';
import { familySlips } from './identity/family-slips.js';
import { entityId } from '../entities/resolve-entities.js';
import { fold } from '../text/fold.js';
import { knownName, knownWord, oneEdit, sameWord, slipWord, spellingKey } from './identity/names.js';
import type { CrossEntity, Link, Location, ReportInput } from './types.js';

export interface EntityIdentity {
  /** One cross-report entity per person, organisation or place of the event. */
  entities: CrossEntity[];
  /** kind 'entity' links: from each mention to the entity's first mention in each other report. */
  links: Link[];
  /** name-variant problems per report id. */
  problems: Record<string, Problem[]>;
  /**
   * Per report id: mentions the report's own analysis missed, found by a name another report of
   * the event gives the entity, and extracted mentions moved to the entity whose full name they are
   * (they are in `links` too), with the cross entity id.
   */
  recovered?: Record<string, Array<Span & { text: string; entity: string }>>;
}


/**
 * Says which entities of the reports of one event are the same (spelling variants, short forms,
 * aliases). Ids are derived from the entity's fullest name, the same in every report; output
 * order follows the reports' order and the entities' first mentions.
 */
export function identifyEntities(reports: readonly ReportInput[]): EntityIdentity {
  const nodes = toNodes(reports.map((r) => r.analysis.entities ?? []));
  const root = joinTitleHolders(nodes, clusterNodes(nodes, relatedPairs(nodes)));
  const found = recoverMentions(reports.map((r) => r.analysis), nodes, root);
  const recoveredOf = new Map<number, Map<number, EntityMention[]>>();
  const movedAway = new Set<string>();
  found.forEach((list, r) => {
    for (const m of list) {
      if (m.moved) movedAway.add(`${r}:${m.start}:${m.end}`);
      let perReport = recoveredOf.get(m.cluster);
      if (!perReport) recoveredOf.set(m.cluster, (perReport = new Map()));
      perReport.set(r, [...(perReport.get(r) ?? []), { start: m.start, end: m.end, text: m.text, form: 'full' }]);
    }
  });
  const recovered: Record<string, Array<Span & { text: string; entity: string }>> = {};
  const groups = new Map<number, number[]>();
  root.forEach((r, i) => {
    let list = groups.get(r);
    if (!list) groups.set(r, (list = []));
    list.push(i);
  });
  const ordered = [...groups.values()]
    .map((g) => g.sort((x, y) => nodes[x].report - nodes[y].report || nodes[x].first - nodes[y].first))
    .sort((x, y) => nodes[x[0]].report - nodes[y[0]].report || nodes[x[0]].first - nodes[y[0]].first || x[0] - y[0]);
  const entities: CrossEntity[] = [];
  const links: Link[] = [];
  const problems: Record<string, Problem[]> = {};
  const usedIds = new Set<string>();
  const lone = new Map<number, EntityNode[]>();
  const byWord = new Map<string, EntityNode[]>();
  for (const n of nodes) {
    for (const t of new Set(n.info.tokens)) {
      const list = byWord.get(t);
      if (list) list.push(n);
      else byWord.set(t, [n]);
    }
  }
  for (const g of ordered) {
    const members = g.map((i) => nodes[i]);
    const canonical = canonicalNode(members);
    const kind = canonical.entity.kind;
    // the generation stays in the id: "Donald Trump Jr." and his father are two ids
    const id = uniqueId(entityId(kind, [...canonical.info.tokens, canonical.info.generation ?? ''].join(' ')), usedIds);
    entities.push({
      id,
      kind,
      name: canonical.entity.name,
      occurrences: members.map((n) => ({ report: reports[n.report].id, entityId: n.entity.id, name: n.entity.name, mentions: n.entity.mentions.length })),
    });
    const extra = recoveredOf.get(root[g[0]]);
    const byReport = mentionsByReport(members, extra, movedAway);
    for (const [r, list] of extra ?? []) for (const m of list) (recovered[reports[r].id] ??= []).push({ start: m.start, end: m.end, text: m.text, entity: id });
    if (byReport.size < 2) {
      for (const n of members) {
        const list = lone.get(n.report);
        if (list) list.push(n);
        else lone.set(n.report, [n]);
      }
      continue;
    }
    entityLinks(reports, byReport, links);
    nameVariants(reports, members, byReport, problems, byWord);
  }
  if (reports.length > 1) {
    straySlips(reports, lone, problems);
    familySlips(reports, nodes, lone, problems);
  }
  for (const list of Object.values(recovered)) list.sort((a, b) => a.start - b.start);
  return { entities, links, problems, recovered };
}

/**
 * The name the entity goes by: a name of two or more words over a single word, then the spelling
 * most reports use, then the one with more words the lexicon knows (Atlanta over a slip of it),
 * then the most mentions, then the shorter, then the first seen.
 */
function canonicalNode(members: readonly EntityNode[]): EntityNode {
  const uses = new Map<string, number>();
  for (const n of members) uses.set(n.info.spelling, (uses.get(n.info.spelling) ?? 0) + 1);
  const multi = (n: EntityNode) => (n.info.tokens.length > 1 ? 1 : 0);
  const known = (n: EntityNode) => n.info.tokens.filter(knownWord).length;
  let best = members[0];
  for (const n of members) {
    const d = multi(n) - multi(best) || (uses.get(n.info.spelling) ?? 0) - (uses.get(best.info.spelling) ?? 0) || known(n) - known(best) ||
      n.entity.mentions.length - best.entity.mentions.length || best.info.tokens.length - n.info.tokens.length;
    if (d > 0) best = n;
  }
  return best;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

function mentionsByReport(members: readonly EntityNode[], extra: Map<number, EntityMention[]> | undefined, movedAway: Set<string>): Map<number, EntityMention[]> {
  const out = new Map<number, EntityMention[]>();
  for (const [r, list] of extra ?? []) out.set(r, [...list]);
  for (const n of members) {
    const kept = n.entity.mentions.filter((m) => !movedAway.has(`${n.report}:${m.start}:${m.end}`));
    if (kept.length === 0) continue;
    let list = out.get(n.report);
    if (!list) out.set(n.report, (list = []));
    list.push(...kept);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Links grow with the square of the event's reports: one location object per mention, shared by all its links. */
function entityLinks(reports: readonly ReportInput[], byReport: Map<number, EntityMention[]>, links: Link[]): void {
  const locations = new Map<number, Location[]>();
  for (const [r, mentions] of byReport) locations.set(r, mentions.map((m) => ({ report: reports[r].id, start: m.start, end: m.end })));
  for (const [r, from] of locations) {
    for (const [s, other] of locations) {
      if (s === r || other.length === 0) continue;
      const to = other[0];
      for (const f of from) links.push({ kind: 'entity', from: f, to, score: 1 });
    }
  }
}

/**
 * name-variant: in each report, at the first mention of each of its spellings of the entity that
 * another report of the event does not use and spells differently (not a mere short form, not
 * an abbreviation or alias): one problem per other spelling, naming the first report that uses it,
 * with a related location in each of them. A short form spelled differently ("Palyn" / "Sarah
 * Palin") counts only when no full name of the report is already flagged.
 */
function nameVariants(reports: readonly ReportInput[], members: readonly EntityNode[], byReport: Map<number, EntityMention[]>, problems: Record<string, Problem[]>, byWord: ReadonlyMap<string, EntityNode[]>): void {
  const reportsIn = [...byReport.keys()].sort((a, b) => a - b);
  for (const r of reportsIn) {
    const bySpelling = new Map<string, { at: EntityMention; found: EntityNode[] }>();
    for (const s of reportsIn) {
      if (r === s) continue;
      for (const [a, b, spelling] of variantPairs(members.filter((n) => n.report === r), members.filter((n) => n.report === s))) {
        if (establishedOver(a, b, members) || slipOfOtherName(a, b, byWord)) continue;
        const key = `${a.info.spelling}\u0000${spelling}`;
        const seen = bySpelling.get(key);
        if (seen) seen.found.push(b);
        else bySpelling.set(key, { at: firstMention(a), found: [b] });
      }
    }
    for (const [key, { at, found }] of bySpelling) {
      const spelling = key.slice(key.indexOf('\u0000') + 1);
      // the name is written here as the other report writes it ("Bettie Page", in a report that also
      // gives her birth name "Betty Mae Page"): the hint would name no difference
      if (spellingKey(at.text) === spellingKey(spelling)) continue;
      (problems[reports[r].id] ??= []).push(problemOf(nameVariant, {
        report: reports[r].id, start: at.start, end: at.end, spelling,
        others: found.map((theirs) => loc(reports[theirs.report].id, firstMention(theirs))),
      }));
    }
  }
}

/** This report's spellings the other report does not use, each with the other's node and spelling it varies from. */
function variantPairs(mine: readonly EntityNode[], theirs: readonly EntityNode[]): Array<[EntityNode, EntityNode, string]> {
  const used = new Set(theirs.map((n) => n.info.spelling));
  const full: Array<[EntityNode, EntityNode, string]> = [];
  const short: Array<[EntityNode, EntityNode, string]> = [];
  for (const a of mine) {
    if (used.has(a.info.spelling)) continue;
    for (const b of theirs) {
      const rel = relate(a.info, b.info);
      if (!rel?.variant) continue;
      // two full names, one with a middle name the other leaves out ("Bettie Pgae" / "Bettie Mae Page")
      if (rel.type === 'full' || (rel.type === 'short' && a.info.tokens.length > 1 && b.info.tokens.length > 1)) {
        full.push([a, b, b.entity.name]);
        break;
      }
      const word = rel.type === 'short' && a.info.tokens.length === 1 && b.info.tokens.length > 1 ? wordAsWritten(b, a.info.tokens[0]) : null;
      if (word) {
        short.push([a, b, word]);
        break;
      }
      // the full name here, the other report's short form spelled differently ("Sanjay Gputa" / "Gupta")
      if (rel.type === 'short' && a.info.tokens.length > 1 && b.info.tokens.length === 1 && wordAsWritten(a, b.info.tokens[0])) {
        short.push([a, b, b.entity.name]);
        break;
      }
    }
  }
  return full.length > 0 ? full : short.slice(0, 1);
}

/** The word of a full name a short form varies from, as the report writes it ("Palin" of "Sarah Palin" for "Palyn"). */
function wordAsWritten(n: EntityNode, short: string): string | null {
  const t = n.info.tokens;
  const j = [t.length - 1, 0].find((k) => (k === t.length - 1 || t.length === 2) && (sameWord(short, t[k]) || slipWord(short, t[k])));
  if (j === undefined) return null;
  return n.entity.name.split(/[\s\u2010-]+/).find((w) => /\p{L}/u.test(w) && fold(w) === t[j]) ?? null;
}

/**
 * The spelling most reports of the event use is the name's, and the odd one out is the variant: a
 * spelling that more reports use than the other's gets no hint (three reports spell "Orioles", one
 * "Oriels": only that one is flagged). On a tie, a slip (one letter off) to a word English knows is
 * the other report's typo: the report that writes the known word ("Atlanta" / "Atlamta"; for a
 * person, a word known as a name: "Walker" / "Walkre") gets no hint; else both reports get one (how often each report repeats its spelling says nothing).
 */
function establishedOver(a: EntityNode, b: EntityNode, members: readonly EntityNode[]): boolean {
  // the words one slip apart ("Palin" of "Sarah Palin" against "Palyn")
  const mine = a.info.tokens.filter((t) => !b.info.tokens.includes(t) && b.info.tokens.some((u) => oneEdit(t, u)));
  const theirs = b.info.tokens.filter((t) => !a.info.tokens.includes(t) && a.info.tokens.some((u) => oneEdit(t, u)));
  const slip = mine.length === 1 && theirs.length === 1;
  // the reports writing the slipped word one way or the other, whatever else their forms hold ("Duncan
  // Robert Rait" with four reports' "Rait" against three's "Raite"); else the whole spelling
  const writes = (n: EntityNode, side: EntityNode, word: string) => (slip ? n.info.tokens.includes(word) : n.info.spelling === side.info.spelling);
  const reportsWriting = (side: EntityNode, word: string) => new Set(members.filter((m) => writes(m, side, word)).map((m) => m.report)).size;
  const more = reportsWriting(a, mine[0]) - reportsWriting(b, theirs[0]);
  if (more !== 0) return more > 0;
  // a person's word counts as known when the lexicon knows it as a name: "Susan Plain" is no better
  // spelled than "Susan Palin" for "plain" being an adjective ("Walker" / "Walkre" still decides)
  const known = a.entity.kind === 'person' ? knownName : knownWord;
  return slip && known(mine[0]) && !knownWord(theirs[0]);
}

/**
 * A word of this spelling, one slip from the other's, that the other report also writes in the
 * name of something else ("Angeles" of "Los Angeles" against the team "Angels"): a word, not a slip.
 * Not when only this report writes it in another name: a report that misspells a surname
 * misspells it in "the Nxion White House" too.
 */
function slipOfOtherName(a: EntityNode, b: EntityNode, byWord: ReadonlyMap<string, EntityNode[]>): boolean {
  const theirs = b.info.tokens.filter((t) => !a.info.tokens.includes(t));
  return a.info.tokens.some((u) => !b.info.tokens.includes(u) && theirs.some((v) => oneEdit(u, v)) &&
    (byWord.get(u) ?? []).some((c) => c.report === b.report && !c.info.tokens.every((t) => a.info.tokens.includes(t)) && !relatives(c, a, u)));
}

function firstMention(n: EntityNode): EntityMention {
  const exact = n.entity.mentions.filter((m) => m.form === 'full');
  const list = exact.length ? exact : n.entity.mentions;
  return list.reduce((best, m) => (m.start < best.start ? m : best), list[0] ?? { start: 0, end: 0, text: '', form: 'full' });
}
