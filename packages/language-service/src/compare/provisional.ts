import { groupingTerms } from './group-events.js';
import type { CompareState } from './compare-incremental.js';
import type { ReportTerms } from './events/features.js';
import { compareStrings } from './order.js';
import { eventPin } from './pins.js';
import type { EventGroup, ReportInput } from './types.js';

export interface ProvisionalOptions {
  /**
   * Cosine between an edited report's grouping terms before and after the edit (each weighed
   * 1 + ln count, as the grouping's vectors before their rarity factor) at or above which it stays
   * in its event until the reports are grouped again. 0.9: set by hand, not tuned. Measured on three
   * ~3 KB reports of corpus/1000: a word inserted 0.998-0.999, a sentence dropped 0.959-0.999, the
   * second half cut 0.77-0.83, replaced by an unrelated report 0.05-0.06.
   */
  minSelfSimilarity: number;
}

export const PROVISIONAL_OPTIONS: ProvisionalOptions = { minSelfSimilarity: 0.9 };

/**
 * The events a comparison can align at once after an edit, before it groups every report again
 * (a regrouping of 10,000 reports takes seconds: the rarity weights are workspace-wide): each event
 * of `previous`'s grouping (two or more reports, all still among `reports`) whose edited reports
 * (same id, another analysis) changed their grouping terms little and kept their publication day,
 * years and `event:` pin. Its members are as before, sorted, so its result is the one the full
 * comparison gives if the grouping keeps the event, and a comparison that aligns it first and the
 * full grouping next shows the edit's event at once and the exact grouping once done. Events
 * without an edited report, and reports new since `previous`, are not given.
 */
export function provisionalEvents(reports: readonly ReportInput[], previous: CompareState, options: ProvisionalOptions = PROVISIONAL_OPTIONS): EventGroup[] {
  const byId = new Map<string, ReportInput>();
  for (const r of reports) if (!byId.has(r.id)) byId.set(r.id, r);
  const edited: string[] = [];
  for (const [id, r] of byId) {
    const before = previous.reports.get(id);
    if (before && before.analysis !== r.analysis) edited.push(id);
  }
  if (edited.length === 0) return [];
  const eventOf = new Map<string, EventGroup>();
  for (const g of previous.grouping.groups) for (const id of g.reports) eventOf.set(id, g);
  const out = new Map<EventGroup, boolean>();
  for (const id of edited) {
    const group = eventOf.get(id);
    if (!group || group.reports.length < 2 || out.get(group) === false) continue;
    const before = previous.reports.get(id)!;
    const now = byId.get(id)!;
    const kept = group.reports.every((m) => byId.has(m)) && eventPin(before.analysis) === eventPin(now.analysis)
      && closeTerms(before.terms ?? groupingTerms({ id, analysis: before.analysis }), groupingTerms(now), options.minSelfSimilarity);
    out.set(group, kept);
  }
  return [...out].filter(([, kept]) => kept).map(([g]) => ({ id: g.id, reports: [...g.reports].sort(compareStrings) }));
}

/** Same publication day and years, and term cosine at least `min`. */
export function closeTerms(a: ReportTerms, b: ReportTerms, min: number): boolean {
  if (a.day !== b.day || a.years.join() !== b.years.join()) return false;
  return termCosine(a, b) >= min;
}

/** Cosine of two reports' term counts, each weighed 1 + ln count. */
export function termCosine(a: ReportTerms, b: ReportTerms): number {
  const wa = weights(a);
  const wb = weights(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of wa) {
    na += w * w;
    const o = wb.get(t);
    if (o !== undefined) dot += w * o;
  }
  for (const w of wb.values()) nb += w * w;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : na === nb ? 1 : 0;
}

function weights(t: ReportTerms): Map<string, number> {
  const out = new Map<string, number>();
  const counts = t.counts.values();
  for (const term of t.counts.keys()) out.set(term, 1 + Math.log(counts.next().value as number));
  return out;
}
