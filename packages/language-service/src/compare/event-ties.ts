import type { ReportAnalysis } from '../types.js';
import { withoutFrontMatter } from '../text/front-matter.js';
import { headline, markOf, normalizeWord, reportTerms, WORD } from './events/features.js';
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
 * at least half of the event's reports (two or more) share, ranked by that share times how
 * much they say it (a name or a repeated word more) times its rarity over all the reports given. An explanation for a
 * reader (`newslens analyze`), not what decides the grouping. Events of one report have none.
 * Deterministic: ties broken by the term.
 */
export function eventTies(events: readonly EventGroup[], analyses: ReadonlyMap<string, ReportAnalysis>, options: EventTiesOptions = EVENT_TIES_OPTIONS): Map<string, string[]> {
  const terms = new Map<string, Map<string, number>>();
  const df = new Map<string, number>();
  for (const [id, analysis] of analyses) {
    const counts = new Map<string, number>();
    try {
      const t = reportTerms(analysis).counts;
      const values = [...t.values()];
      [...t.keys()].forEach((k, i) => {
        const term = display(k);
        if (term !== '') counts.set(term, (counts.get(term) ?? 0) + values[i]);
      });
    } catch {
      // an analysis grouping cannot read ties nothing (grouping reports the error)
    }
    terms.set(id, counts);
    for (const k of counts.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const n = analyses.size;
  const out = new Map<string, string[]>();
  const written = new Map<ReportAnalysis, Map<string, string>>();
  for (const event of events) {
    const members = event.reports.filter((id) => terms.has(id));
    if (members.length < 2) {
      out.set(event.id, []);
      continue;
    }
    const shared = new Map<string, { in: number; count: number }>();
    for (const id of members) {
      for (const [k, c] of terms.get(id)!) {
        const s = shared.get(k) ?? { in: 0, count: 0 };
        s.in++;
        s.count += c;
        shared.set(k, s);
      }
    }
    const need = Math.max(2, Math.ceil(options.share * members.length));
    // share of the event x how much the reports say it (names and repeated words count more, as in grouping) x rarity
    const ranked = [...shared]
      .filter(([, s]) => s.in >= need)
      .map(([term, s]) => ({ term, score: (s.in / members.length) * (1 + Math.log(s.count / s.in)) * Math.log((n + PSEUDO_DOCS) / (df.get(term)! + 0.5)) }))
      .sort((a, b) => b.score - a.score || compareStrings(a.term, b.term));
    const picked: string[] = [];
    const within = (part: string, whole: string) => ` ${whole} `.includes(` ${part} `);
    for (const { term } of ranked) {
      if (picked.length >= options.max) break;
      // a word already in a picked name or pair ("haniyeh" after "ismail haniyeh") adds nothing;
      // a longer name takes the place of its words picked before ("san diego chargers" for "chargers", "san diego")
      if (picked.some((p) => within(term, p))) continue;
      const first = picked.findIndex((p) => within(p, term));
      if (first < 0) picked.push(term);
      else picked.splice(first, picked.length - first, term, ...picked.slice(first + 1).filter((p) => !within(p, term)));
    }
    out.set(event.id, picked.map((t) => asWritten(t, members.map((id) => analyses.get(id)!), written)));
  }
  return out;
}

/** Reports assumed to contain no term, as grouping's TF-IDF assumes: in a workspace of two reports a shared term still weighs. */
const PSEUDO_DOCS = 20;

/** A grouping term as a reader reads it: `@name` an entity, `=180` a number, `#2024` a year (the entity and the word are one term); a lead term (`^word`) is its word again: none. */
function display(term: string): string {
  const mark = markOf(term);
  if (mark === '^') return '';
  return mark ? term.slice(1).trim() : term.trim();
}

/** A term's words as the reports write them (lower case): grouping's "hama" is "hamas" again. */
function asWritten(term: string, members: readonly ReportAnalysis[], cache: Map<ReportAnalysis, Map<string, string>>): string {
  return term.split(' ').map((word) => {
    for (const a of members) {
      let forms = cache.get(a);
      if (!forms) {
        forms = new Map();
        // the words of the front matter's title and address count too, as grouping reads them
        for (const m of `${withoutFrontMatter(a.text, a.frontMatter)}\n${headline(a)}`.matchAll(WORD)) {
          const raw = m[0].toLowerCase().replace(/['’]s?$/, '');
          const key = normalizeWord(raw);
          if (!forms.has(key)) forms.set(key, raw);
        }
        cache.set(a, forms);
      }
      const form = forms.get(word);
      if (form) return form;
    }
    return word;
  }).join(' ');
}
