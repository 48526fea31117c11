import type { ReportAnalysis } from '../types.js';
import { reportTerms } from './events/features.js';
import { compareStrings } from './order.js';
import type { EventGroup } from './types.js';

export interface EventTiesOptions {
  /** Terms listed per event. 8: what a reader takes in at a glance (a headline's worth of words). */
  max: number;
  /**
   * Share of the event's reports a term must be in (and at least two): 0.5, so a term lists what
   * most of the event tells, not what one pair happens to share.
   */
  share: number;
}

export const EVENT_TIES_OPTIONS: EventTiesOptions = { max: 8, share: 0.5 };

/**
 * The terms that tie each event's reports together, most telling first: the grouping's terms
 * (words, word pairs, entity names, numbers, years; lower case, as grouping normalises them) that
 * at least half of the event's reports (two or more) share, ranked by that share times their
 * rarity over all the reports given (a word every report uses ties nothing). An explanation for a
 * reader (`newslens analyze`), not what decides the grouping. Events of one report have none.
 * Deterministic: ties broken by the term.
 */
export function eventTies(events: readonly EventGroup[], analyses: ReadonlyMap<string, ReportAnalysis>, options: EventTiesOptions = EVENT_TIES_OPTIONS): Map<string, string[]> {
  const terms = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  for (const [id, analysis] of analyses) {
    let keys: Set<string>;
    try {
      keys = new Set([...reportTerms(analysis).counts.keys()].map(display).filter((t) => t !== ''));
    } catch {
      keys = new Set(); // an analysis grouping cannot read ties nothing (grouping reports the error)
    }
    terms.set(id, keys);
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const n = analyses.size;
  const out = new Map<string, string[]>();
  for (const event of events) {
    const members = event.reports.filter((id) => terms.has(id));
    if (members.length < 2) {
      out.set(event.id, []);
      continue;
    }
    const shared = new Map<string, number>();
    for (const id of members) for (const k of terms.get(id)!) shared.set(k, (shared.get(k) ?? 0) + 1);
    const need = Math.max(2, Math.ceil(options.share * members.length));
    const ranked = [...shared]
      .filter(([, c]) => c >= need)
      .map(([term, c]) => ({ term, score: (c / members.length) * Math.log((n + 1) / (df.get(term)! - 0.5)) }))
      .sort((a, b) => b.score - a.score || compareStrings(a.term, b.term));
    const picked: string[] = [];
    for (const { term } of ranked) {
      if (picked.length >= options.max) break;
      // "ismail haniyeh" (an entity) and the pair "ismail haniyeh" are one term; a word already in a picked pair adds nothing
      if (picked.some((p) => p === term || ` ${p} `.includes(` ${term} `))) continue;
      picked.push(term);
    }
    out.set(event.id, picked);
  }
  return out;
}

/** A grouping term as a reader reads it: `@name` an entity, `=180` a number, `#2024` a year. */
function display(term: string): string {
  return /^[@=#]/.test(term) ? term.slice(1).trim() : term.trim();
}
