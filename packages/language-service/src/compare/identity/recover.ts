import type { ReportAnalysis, Span } from '../../types.js';
import { titleOnly, type EntityNode } from './clusters.js';
import { nameInfo, relate } from './match.js';
import { nameKey } from './names.js';
import { lexiconTags } from '../../entities/lexicon.js';
import { compareStrings } from '../order.js';
import { fold } from '../../text/fold.js';

/** A mention found by a name another report of the event gives the entity. */
export interface RecoveredMention extends Span {
  text: string;
  /** Index of the entity cluster. */
  cluster: number;
  /** An extracted mention moved here from an entity whose name it does not fit. */
  moved?: boolean;
}

const CAPITALISED = /\p{Lu}[\p{L}\p{N}'’.-]*/gu;

/**
 * Mentions the extractor missed in one report but another report of the event names: the exact
 * names (case and all) of each cluster, found at word boundaries where no entity mention is. A
 * name of one word counts only inside a sentence (not as its first word), and a name two clusters
 * share is skipped. One pass over each report's capitalised words.
 */
export function recoverMentions(analyses: readonly ReportAnalysis[], nodes: readonly EntityNode[], root: readonly number[]): RecoveredMention[][] {
  const owner = ownerOfNames(nodes, root);
  const moved = movedMentions(nodes, root, owner);
  const byFirst = new Map<string, string[]>();
  for (const [name, cluster] of owner) {
    if (cluster < 0) continue;
    const first = name.split(/\s/, 1)[0];
    const list = byFirst.get(first) ?? [];
    list.push(name);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || compareStrings(a, b));
  // short forms ("Lohan"): only after the entity's full name in the same report
  const shortOwner = new Map<string, number>();
  root.forEach((cluster, i) => {
    for (const m of nodes[i].entity.mentions) {
      const name = m.text.trim();
      if (m.form !== 'short' || name.length < 3 || /[\s'’]/.test(name)) continue;
      const seen = shortOwner.get(name);
      shortOwner.set(name, seen === undefined || seen === cluster ? cluster : -1);
    }
  });
  const firstIn = (r: number): Map<number, number> => {
    const first = new Map<number, number>();
    root.forEach((cluster, i) => {
      if (nodes[i].report !== r) return;
      for (const m of nodes[i].entity.mentions) if (m.form === 'full') first.set(cluster, Math.min(first.get(cluster) ?? Infinity, m.start));
    });
    return first;
  };
  return analyses.map((analysis, r) => {
    const taken = coverage(analysis);
    const text = analysis.text;
    const out: RecoveredMention[] = [];
    const first = firstIn(r);
    out.push(...(moved.get(r) ?? []));
    for (const m of text.matchAll(CAPITALISED)) {
      const at = m.index ?? 0;
      const word = m[0].replace(/[.’'-]+$/, '');
      for (const name of byFirst.get(word) ?? []) {
        const end = at + name.length;
        if (!text.startsWith(name, at) || /[\p{L}\p{N}]/u.test(text[end] ?? '') || /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
        // a one-word name opening a sentence may be a common word, unless the lexicon knows no such word ("Chargers")
        if (!name.includes(' ') && startsSentence(text, at) && lexiconTags(fold(name)) !== null) break;
        const cluster = owner.get(name) ?? -1;
        if (!covered(taken, at, end)) {
          out.push({ start: at, end, text: name, cluster });
          if (!first.has(cluster)) first.set(cluster, at);
        }
        break;
      }
    }
    for (const m of text.matchAll(CAPITALISED)) {
      const at = m.index ?? 0;
      const word = m[0].replace(/[.’'-]+$/, '');
      const cluster = shortOwner.get(word);
      const end = at + word.length;
      if (cluster === undefined || cluster < 0 || (first.get(cluster) ?? Infinity) >= at) continue;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || covered(taken, at, end) || out.some((x) => x.start < end && at < x.end)) continue;
      out.push({ start: at, end, text: word, cluster });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Full names and the one cluster each belongs to (-1: several). */
function ownerOfNames(nodes: readonly EntityNode[], root: readonly number[]): Map<string, number> {
  const owner = new Map<string, number>();
  root.forEach((cluster, i) => {
    const n = nodes[i];
    // a title alone ("President") is no name to look for in other reports
    if (titleOnly(n)) return;
    for (const m of n.entity.mentions) {
      if (m.form !== 'full' && m.text !== n.entity.name) continue;
      const name = m.text.trim();
      if (name.length < 3 || /['’]s$/.test(name)) continue;
      const seen = owner.get(name);
      owner.set(name, seen === undefined || seen === cluster ? cluster : -1);
    }
  });
  return owner;
}

/**
 * Extracted mentions that are exactly another entity's full name and no form of their own
 * entity's name ("Colts" inside a headline taken for a person, "Colts Beat Chiefs"): they move to
 * that entity. Per report.
 */
function movedMentions(nodes: readonly EntityNode[], root: readonly number[], owner: Map<string, number>): Map<number, RecoveredMention[]> {
  const out = new Map<number, RecoveredMention[]>();
  root.forEach((cluster, i) => {
    const n = nodes[i];
    for (const m of n.entity.mentions) {
      // a title the report gives its person ("President" for Obama) stays his, whoever else another report names by it
      if (m.form === 'description') continue;
      const name = m.text.trim();
      const to = owner.get(name);
      if (to === undefined || to < 0 || to === cluster || name === n.entity.name) continue;
      if (relate(nameInfo(nameKey(n.entity.kind, name)), n.info)) continue;
      const list = out.get(n.report) ?? [];
      list.push({ start: m.start, end: m.end, text: m.text, cluster: to, moved: true });
      out.set(n.report, list);
    }
  });
  return out;
}

/** Which characters of the text an entity mention already covers (or the front matter). */
export function coverage(analysis: ReportAnalysis): Uint8Array {
  const mask = new Uint8Array(analysis.text.length + 1);
  // the front matter is metadata: "author: Jane Doe" is no mention of Jane Doe in the report
  if (analysis.frontMatter) mask.fill(1, 0, Math.min(mask.length, analysis.frontMatter.end));
  for (const e of analysis.entities) for (const m of e.mentions) mask.fill(1, Math.max(0, m.start), Math.min(mask.length, m.end));
  return mask;
}

export function covered(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') continue;
    return c === '\n' || c === '.' || c === '!' || c === '?' || c === '"' || c === '“' || c === '‘';
  }
  return true;
}
