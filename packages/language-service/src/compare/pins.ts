import type { ReportAnalysis } from '../types.js';
import { compareStrings } from './order.js';
import type { EventGroup, ReportInput } from './types.js';

/** The `event:` value that keeps a report out of every event. */
export const NO_EVENT = 'none';

/**
 * A report's event pin from its front matter (`event: qatar-meeting`), compared without case and
 * outer spaces; `none` (any case) keeps it out of every event; null when it has no pin.
 */
export function eventPin(analysis: ReportAnalysis | undefined): string | null {
  const pin = analysis?.metadata?.event;
  return typeof pin === 'string' && pin.trim() !== '' ? pin.trim().toLowerCase() : null;
}

/**
 * Grouping that honours `event:` pins, around any grouping of the unpinned reports (`group`,
 * given the reports without a pin and their items of `terms`): the reports pinned to one name are
 * one event, whatever their text says; a report pinned to `none` is an event of its own (compared
 * with no other report); the others are grouped by `group` among themselves, so a pinned report
 * never pulls an unpinned one in. Event ids and order as groupEvents gives them (`event:` + the
 * smallest report id, events ordered by id). Without pins, exactly `group(reports, terms)`.
 */
export function groupWithPins<T>(
  reports: readonly ReportInput[], terms: readonly T[],
  group: (reports: readonly ReportInput[], terms: readonly T[]) => EventGroup[],
): EventGroup[] {
  const pins = reports.map((r) => eventPin(r.analysis));
  if (pins.every((p) => p === null)) return group(reports, terms);
  const free = reports.flatMap((r, i) => (pins[i] === null ? [i] : []));
  const groups = free.length ? group(free.map((i) => reports[i]), free.map((i) => terms[i])) : [];
  const pinned = new Map<string, string[]>();
  reports.forEach((r, i) => {
    const pin = pins[i];
    if (pin === null) return;
    const key = pin === NO_EVENT ? `\u0000${r.id}` : pin;
    let ids = pinned.get(key);
    if (!ids) pinned.set(key, (ids = []));
    ids.push(r.id);
  });
  for (const ids of pinned.values()) {
    const sorted = [...new Set(ids)].sort(compareStrings);
    groups.push({ id: `event:${sorted[0]}`, reports: sorted });
  }
  return groups.sort((a, b) => compareStrings(a.id, b.id));
}
