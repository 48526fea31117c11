// Year inference on real text, for the dates eval: every date written with its year ("Nov. 4,
// 2008") in a report whose publication date is known has its year removed ("Nov. 4"), and the
// resolver must find the year again from the publication date and the clause's tense.
import { extractDateExpressions } from '../packages/language-service/src/dates/extract-dates.ts';
import { findPublicationDate } from '../packages/language-service/src/dates/publication-date.ts';
import { resolveDates } from '../packages/language-service/src/dates/resolve-dates.ts';
import { parseText } from '../packages/language-service/src/nlp/parse.ts';
import { splitParagraphs } from '../packages/language-service/src/text/prepare.ts';

export interface YearInference {
  /** Dates whose year was removed and then inferred. */
  total: number;
  right: number;
  /** Of those, the ones within a year of publication (the others cannot be inferred: "born Oct. 11"). */
  near: number;
  nearRight: number;
}

export function newYearInference(): YearInference {
  return { total: 0, right: 0, near: 0, nearRight: 0 };
}

const YEAR_TAIL = /,?\s+\d{4}$/;
const YEAR_MS = 365 * 86_400_000;

/** Adds the dates of one report (skipped when it has no full publication date). */
export function addYearInference(tally: YearInference, text: string): void {
  const pub = findPublicationDate(text);
  if (!pub || pub.length !== 10) return;
  for (const p of splitParagraphs(text)) {
    const paragraph = text.slice(p.start, p.end);
    const bare = { text: paragraph, parsed: { tokens: [], sentences: [], sentenceTokens: [] }, quotes: [] };
    const written = extractDateExpressions(bare).filter((d) => d.year !== null && d.day !== null && YEAR_TAIL.test(d.text));
    for (const d of written) {
      const value = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
      if (value === pub) continue; // the dateline itself
      const tail = YEAR_TAIL.exec(d.text)!;
      const cut = d.end - tail[0].length;
      const changed = paragraph.slice(0, cut) + paragraph.slice(d.end);
      const raw = extractDateExpressions({ text: changed, parsed: parseText(changed), quotes: [] });
      const found = resolveDates(raw, pub).dates.find((x) => x.start === d.start);
      tally.total++;
      const right = found?.value === value;
      if (right) tally.right++;
      if (!right && Number(process.env.NEWSLENS_EVAL_ERRORS ?? 0) > 0) console.log(`    year missed: published ${pub}, written ${value}, inferred ${found?.value ?? null}`);
      if (Math.abs(Date.parse(value) - Date.parse(pub)) <= YEAR_MS) {
        tally.near++;
        if (right) tally.nearRight++;
      }
    }
  }
}

export function printYearInference(t: YearInference): void {
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`  year inference (year removed from ${t.total} written dates): ${t.right} right (${pct(t.right, t.total)}); ` +
    `of those within a year of publication: ${t.nearRight}/${t.near} (${pct(t.nearRight, t.near)})`);
}
