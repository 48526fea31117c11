import type { Problem, ReportAnalysis } from '../../types.js';
import { nameVariant } from '../../rules/name-variant.js';
import { problemOf } from '../../rules/rule.js';
import type { EntityNode } from './clusters.js';
import { coverage, covered } from './recover.js';
import { lexiconTags } from '../../entities/lexicon.js';
import { fold } from '../../text/fold.js';
import { knownWord, slipWord } from './names.js';

/** Lexicon tags of words that are names themselves (a common word capitalised is no name). */
const PROPER = new Set(['Demonym', 'City', 'Country', 'Region', 'Place', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Organization', 'Person', 'ProperNoun']);

/** A word that may be a name: unknown to the lexicon, or known as a name. */
function nameLike(folded: string): boolean {
  const tags = lexiconTags(folded);
  return tags === null || tags.some((t) => PROPER.has(t));
}

/** Whether a word starts a sentence (its capital says nothing). */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') continue;
    return !/[\p{Ll},;]/u.test(c);
  }
  return true;
}

const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{N}])/gu;

/** A capitalised word of a report that no entity mention covers. */
interface Word {
  report: number;
  text: string;
  folded: string;
  start: number;
}

/**
 * Capitalised name-like words outside entity mentions, by one-letter-deletion keys ("indian" ->
 * "indan", "indin"...), and the reports that write each word at all. One pass over each report.
 */
function strayWords(analyses: readonly ReportAnalysis[]): { keys: Map<string, Word[]>; writtenIn: Map<string, Set<number>> } {
  const keys = new Map<string, Word[]>();
  const writtenIn = new Map<string, Set<number>>();
  analyses.forEach((analysis, report) => {
    const mask = coverage(analysis);
    for (const m of analysis.text.matchAll(/[\p{L}\p{N}'’]+/gu)) {
      const f = fold(m[0]);
      let set = writtenIn.get(f);
      if (!set) writtenIn.set(f, (set = new Set()));
      set.add(report);
    }
    const seen = new Set<string>();
    for (const m of analysis.text.matchAll(CAPITALISED)) {
      const at = m.index ?? 0;
      if (covered(mask, at, at + m[0].length) || startsSentence(analysis.text, at)) continue;
      const word: Word = { report, text: m[0], folded: fold(m[0]), start: at };
      if (seen.has(word.folded) || !nameLike(word.folded)) continue;
      seen.add(word.folded);
      for (const key of deletions(word.folded)) {
        const list = keys.get(key) ?? [];
        list.push(word);
        keys.set(key, list);
      }
    }
  });
  return { keys, writtenIn };
}

/** Whether one of the report's entity names holds the (folded) word. */
function namesWith(analysis: ReportAnalysis, word: string): boolean {
  return analysis.entities.some((e) => e.name.split(/[\s\u2010-]+/).some((w) => fold(w) === word));
}

function deletions(w: string): string[] {
  const out = [w];
  for (let c = 0; c < w.length; c++) out.push(w.slice(0, c) + w.slice(c + 1));
  return out;
}

/**
 * name-variant for a name only one report of the event gives as an entity, one word of which is
 * a slip of a capitalised word another report writes outside any name ("Indyan Ocean" / "Indian",
 * "Amerycan" / "American"): the word is unknown to the lexicon, the other report never writes
 * it and this report gives the other's word to no name of its own; the other's word stands
 * inside a sentence and is no common word. When the slipped word ends a name that is no place,
 * one other report writes the word and the lexicon knows it no more than the name's, that word
 * gets the hint too.
 * `lone`: per report, its nodes whose entity no other report names.
 */
export function straySlips(reports: ReadonlyArray<{ id: string; analysis: ReportAnalysis }>, lone: ReadonlyMap<number, EntityNode[]>, problems: Record<string, Problem[]>): void {
  let index: ReturnType<typeof strayWords> | null = null;
  const twins = new Set<string>();
  for (const [r, nodes] of lone) {
    for (const n of nodes) {
      const slips = n.info.tokens.filter((t, k) => n.info.capital[k] && t.length >= 4 && !knownWord(t));
      if (slips.length !== 1) continue;
      const u = slips[0];
      index ??= strayWords(reports.map((x) => x.analysis));
      const writes = index.writtenIn.get(u);
      // per other report that never writes the word: the one capitalised word it is a slip of
      const hits = new Map<number, Map<string, Word>>();
      for (const key of deletions(u)) {
        for (const w of index.keys.get(key) ?? []) {
          // a report that names something else with the other word means two words ("Los Angeles Times" beside the team "Angels")
          if (w.report === r || writes?.has(w.report) || !slipWord(u, w.folded) || namesWith(reports[r].analysis, w.folded)) continue;
          let byWord = hits.get(w.report);
          if (!byWord) hits.set(w.report, (byWord = new Map()));
          byWord.set(w.folded, w);
        }
      }
      const found = [...hits.values()].filter((m) => m.size === 1).map((m) => [...m.values()][0]).sort((x, y) => x.report - y.report);
      if (found.length === 0) continue;
      const spelling = found[0].text;
      const same = found.filter((f) => f.text === spelling);
      const at = n.entity.mentions.reduce((best, m) => (m.start < best.start ? m : best), n.entity.mentions[0]);
      if (!at) continue;
      (problems[reports[r].id] ??= []).push(problemOf(nameVariant, {
        report: reports[r].id, start: at.start, end: at.end, spelling,
        others: same.map((f) => ({ report: reports[f.report].id, start: f.start, end: f.start + f.text.length })),
      }));
      // a tie: one report's name against one other report's word, neither known to the lexicon
      // ("Sanjay Gupta" / a headline's "Sanjay Gputa", where the headline gave no entity): no side
      // says which is the slip, so the word gets the hint too, as two entities would; only for the
      // last word of a name that is no place (a surname, a one-word name: "Angeles" of "Los Angeles
      // Times" against the team "Angels" is a word of another name)
      const last = n.info.tokens[n.info.tokens.length - 1] === u;
      const asWritten = n.entity.kind === 'place' || !last ? undefined : n.entity.name.split(/[\s\u2010-]+/).find((w) => fold(w) === u);
      if (found.length === 1 && !knownWord(found[0].folded) && asWritten) {
        const f = found[0];
        const key = `${f.report}:${f.start}:${asWritten}`;
        if (twins.has(key)) continue;
        twins.add(key);
        (problems[reports[f.report].id] ??= []).push(problemOf(nameVariant, {
          report: reports[f.report].id, start: f.start, end: f.start + f.text.length, spelling: asWritten,
          others: [{ report: reports[r].id, start: at.start, end: at.end }],
        }));
      }
    }
  }
}
