import type { DateMention, Span } from '../../types.js';
import type { ReportInput } from '../types.js';
import { candidatePairs, matchItems } from './candidates.js';
import { addLinkPair, addProblem, excerpt, loc, reportName, type AlignOutput } from './output.js';
import { contextStems, overlap, sentenceSpan } from './words.js';

interface DateItem {
  report: number;
  date: DateMention;
  value: string;
  /** Content-word stems of the sentence around the date, minus every date in it: the happening. */
  context: Set<string>;
}

const MONTHS_AND_DAYS = new Set((
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night week month year day ago last next earlier later'
).split(' '));

/** Two resolved dates agree when they are equal to the precision both give ("2024-03" fits "2024-03-19"). */
export function datesAgree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** Links dates of the same happening across reports; flags `date-mismatch` where they differ. */
export function alignDates(reports: readonly ReportInput[], out: AlignOutput): void {
  const items: DateItem[] = [];
  reports.forEach((r, ri) => {
    const { text, sentences, dates } = r.analysis;
    for (const d of dates) {
      if (!d.value || !/^\d{4}(-\d{2}){0,2}$/.test(d.value)) continue;
      const sentence = sentenceSpan(sentences, d);
      const inSentence: Span[] = dates.filter((o) => o.start < sentence.end && o.end > sentence.start);
      const context = contextStems(text, sentence, inSentence);
      for (const w of MONTHS_AND_DAYS) context.delete(w);
      items.push({ report: ri, date: d, value: d.value, context });
    }
  });
  const pairs = candidatePairs(items.map((it) => it.context), items.map((it) => it.report), 3, 128);
  const similarity = (i: number, j: number): number | null => {
    const ctx = overlap(items[i].context, items[j].context);
    if (ctx.shared < 3 || ctx.coefficient < 0.5) return null;
    return ctx.coefficient;
  };
  const m = matchItems(items.map((it) => it.report), pairs, similarity, (i, j) => datesAgree(items[i].value, items[j].value));
  const where = (i: number) => loc(reports[items[i].report].id, items[i].date);
  for (const l of m.links) addLinkPair(out, 'date', where(l.a), where(l.b), l.score);
  for (const x of m.mismatches) {
    const here = items[x.a];
    const there = items[x.b];
    const thereReport = reports[there.report];
    const wa = excerpt(reports[here.report].analysis.text, here.date, 40);
    const wb = excerpt(thereReport.analysis.text, there.date, 40);
    addProblem(out, where(x.a), 'date-mismatch',
      `Date differs from ${reportName(thereReport.id)}: "${wa}" (${here.value}) vs "${wb}" (${there.value}) for the same happening`,
      where(x.b), `${reportName(thereReport.id)} dates it "${wb}" (${there.value})`);
  }
}
