import type { ReportAnalysis, Span } from '../types.js';
import { weekdayOf } from './hover.js';
import type { InlayHintInfo } from './types.js';

/**
 * After each date in `range` that the text does not spell out in full (a relative date, a
 * weekday, a day without its year): the resolved ISO date and its weekday.
 */
export function findDateHints(report: ReportAnalysis, range: Span): InlayHintInfo[] {
  const out: InlayHintInfo[] = [];
  for (const d of report.dates) {
    if (d.value === null || d.end < range.start || d.start > range.end) continue;
    if (!d.relative && d.text.includes(d.value.slice(0, 4))) continue; // "March 19, 2024" says it all
    const weekday = weekdayOf(d.value);
    out.push({
      offset: d.end,
      label: ` ${d.value}${weekday ? ` (${weekday.slice(0, 3)})` : ''}`,
      tooltip: d.relative ? 'resolved against the publication date' : 'the year from the publication date',
    });
  }
  return out;
}
