import type { Problem } from '../../types.js';
import { nameVariant } from '../../rules/name-variant.js';
import { problemOf } from '../../rules/rule.js';
import type { EntityNode } from './clusters.js';
import { fold } from '../../text/fold.js';
import { knownWord, slipWord } from './names.js';

type Reports = ReadonlyArray<{ id: string }>;

/** The node's word `t` as its report writes it ("Ortzi" of "Chela Ortzi"). */
function asWritten(n: EntityNode, t: string): string | null {
  return n.entity.name.split(/[\s\u2010-]+/).find((w) => fold(w) === t) ?? null;
}

function deletions(w: string): string[] {
  const out = [w];
  for (let c = 0; c < w.length; c++) out.push(w.slice(0, c) + w.slice(c + 1));
  return out;
}

function firstMention(n: EntityNode): { start: number; end: number } {
  return n.entity.mentions.reduce((best, m) => (m.start < best.start ? m : best), n.entity.mentions[0]);
}

/**
 * name-variant for a surname one report gives alone ("Deputy Ortiz") and another report writes one
 * slip off in the full names of several people ("Jerry Ortzi", "Chela Ortzi", "Rosa Ortzi": a
 * family), so that the short form fits none of them alone and is linked to none (ECB+ t16). Each
 * report gets one hint, at its first mention of the word: the lone short form, and the first full
 * name. Only when neither report writes the other's word in any name, the surname is the last word
 * of every full name, and neither word is one the lexicon knows while the other is not (then only
 * the unknown one is the slip, and only its report gets the hint). `lone`: per report, its nodes
 * whose entity no other report names.
 */
export function familySlips(reports: Reports, nodes: readonly EntityNode[], lone: ReadonlyMap<number, EntityNode[]>, problems: Record<string, Problem[]>): void {
  const writes = new Map<number, Set<string>>();
  for (const n of nodes) {
    let set = writes.get(n.report);
    if (!set) writes.set(n.report, (set = new Set()));
    for (const t of n.info.tokens) set.add(t);
  }
  // full names of lone nodes by one-deletion keys of their last word: a word one slip off shares a key
  const byKey = new Map<string, EntityNode[]>();
  for (const list of lone.values()) {
    for (const b of list) {
      if (b.info.tokens.length < 2 || b.entity.mentions.length === 0) continue;
      for (const k of deletions(b.info.tokens[b.info.tokens.length - 1])) {
        const at = byKey.get(k);
        if (at) { if (at[at.length - 1] !== b) at.push(b); } else byKey.set(k, [b]);
      }
    }
  }
  const done = new Set<string>();
  for (const [r, mine] of lone) {
    for (const a of mine) {
      if (a.info.tokens.length !== 1 || a.entity.mentions.length === 0) continue;
      const u = a.info.tokens[0];
      // per other report, its full names ending one slip from this word
      const bySide = new Map<number, EntityNode[]>();
      for (const k of deletions(u)) {
        for (const b of byKey.get(k) ?? []) {
          if (b.report === r || !slipWord(u, b.info.tokens[b.info.tokens.length - 1])) continue;
          const list = bySide.get(b.report) ?? [];
          if (!list.includes(b)) list.push(b);
          bySide.set(b.report, list);
        }
      }
      for (const s of [...bySide.keys()].sort((x, y) => x - y)) {
        const family = bySide.get(s)!;
        if (family.length < 2) continue; // one full name: the short form is linked to it, and the slip found there
        const v = family[0].info.tokens[family[0].info.tokens.length - 1];
        if (family.some((b) => b.info.tokens[b.info.tokens.length - 1] !== v)) continue;
        if (writes.get(s)?.has(u) || writes.get(r)?.has(v)) continue;
        const key = [Math.min(r, s), Math.max(r, s), [u, v].sort().join(' ')].join(':');
        if (done.has(key)) continue;
        done.add(key);
        const theirWord = asWritten(family[0], v);
        const myWord = asWritten(a, u);
        if (!theirWord || !myWord) continue;
        const first = family.reduce((x, y) => (firstMention(y).start < firstMention(x).start ? y : x));
        const [at, there] = [firstMention(a), firstMention(first)];
        const slipHere = !(knownWord(u) && !knownWord(v));
        const slipThere = !(knownWord(v) && !knownWord(u));
        if (slipHere) {
          (problems[reports[r].id] ??= []).push(problemOf(nameVariant, {
            report: reports[r].id, start: at.start, end: at.end, spelling: theirWord,
            others: [{ report: reports[s].id, start: there.start, end: there.end }],
          }));
        }
        if (slipThere) {
          (problems[reports[s].id] ??= []).push(problemOf(nameVariant, {
            report: reports[s].id, start: there.start, end: there.end, spelling: myWord,
            others: [{ report: reports[r].id, start: at.start, end: at.end }],
          }));
        }
      }
    }
  }
}
