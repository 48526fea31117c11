import { groupingTerms } from './group-events.js';
import type { CompareState } from './compare-incremental.js';
import type { ReportTerms } from './events/features.js';
import { eventPin } from './pins.js';
import { closeTerms, PROVISIONAL_OPTIONS } from './provisional.js';
import type { EventGroup, ReportInput } from './types.js';

export interface KeptGroupingOptions {
  /** provisional.ts's threshold: cosine of an edited report's terms now and at the last whole grouping (1 + ln count each). 0.9. */
  minSelfSimilarity: number;
  /**
   * Reports edited since the last whole grouping beyond which the reports are grouped again as a
   * whole. 8: set by hand, not tuned; one editor's session edits one or two reports between pauses,
   * and each edited report moves every rarity weight a little (its terms' document frequencies).
   */
  maxEdited: number;
}

export const KEPT_GROUPING_OPTIONS: KeptGroupingOptions = { minSelfSimilarity: PROVISIONAL_OPTIONS.minSelfSimilarity, maxEdited: 8 };

/**
 * The grouping an edit leaves as it is, decided against the last *whole* grouping (`whole`, the
 * state of a run that grouped every report) instead of grouping every report again; null when the
 * reports must be grouped as a whole (or nothing was edited). Kept when the same reports (ids, in
 * order) are there, one to `maxEdited` of them have another analysis than in `whole`, and each of those kept its `event:` pin,
 * publication day and years and its terms within `minSelfSimilarity` of its terms then (the
 * provisional criterion: a word inserted, a sentence dropped; not a rewrite). `termsThen(id)` gives
 * an edited report's terms at the whole grouping (null: not known, group as a whole); by default
 * the state's, else computed from its analysis then.
 *
 * What it promises, and what not: an edit whose grouping terms are unchanged gives exactly the
 * whole grouping (compareReportsIncremental reuses it); otherwise every report stays in its event
 * and the edited report's event is re-aligned only, which is what a whole grouping gives unless
 * the edit moves the rarity weights or the edited report's similarities across a clustering
 * threshold (kept-grouping.test.ts measures how often on the event fixtures). The caller groups as
 * a whole again once edits pause (the language server after SETTLE_MS), so an idle server's
 * grouping is exactly `newslens check`'s.
 */
export function keptGrouping(
  reports: readonly ReportInput[], whole: CompareState,
  termsThen: (id: string) => ReportTerms | null = (id) => defaultTermsThen(whole, id),
  options: KeptGroupingOptions = KEPT_GROUPING_OPTIONS,
): EventGroup[] | null {
  const seen = new Set<string>();
  const unique = reports.filter((r) => !seen.has(r.id) && seen.add(r.id));
  const ids = whole.grouping.ids;
  if (unique.length !== ids.length || unique.some((r, i) => r.id !== ids[i])) return null;
  const edited = unique.filter((r) => whole.reports.get(r.id)?.analysis !== r.analysis);
  // nothing edited: no edit to decide (compareReportsIncremental reuses the whole grouping as it is)
  if (edited.length === 0 || edited.length > options.maxEdited) return null;
  for (const r of edited) {
    const then = whole.reports.get(r.id);
    const terms = termsThen(r.id);
    if (!then || !terms || eventPin(then.analysis) !== eventPin(r.analysis)) return null;
    if (!closeTerms(terms, groupingTerms(r), options.minSelfSimilarity)) return null;
  }
  return whole.grouping.groups;
}

function defaultTermsThen(whole: CompareState, id: string): ReportTerms | null {
  const then = whole.reports.get(id);
  if (!then) return null;
  return then.terms ?? groupingTerms({ id, analysis: then.analysis });
}
