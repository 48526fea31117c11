import { isoDay, isoMonth, isValidDay } from './calendar.js';
import { DAY_MONTH, ISO_DATE, MONTH_DAY, MONTH_YEAR, SLASH_DATE, monthNumber, slashMonthDay } from './date-patterns.js';
import { dateOfLine } from './date-lines.js';

/** A date written in the report's head, as far as it goes. */
interface HeadDate {
  index: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
}

/** Lines of the head that may carry a dateline. */
const HEAD_LINES = 4;
const HEAD_CHARS = 600;
const LABEL = /(?:^|\n)[^\S\n]*(?:[Dd]ate[d]?|DATE|[Pp]ublished(?: on)?|PUBLISHED|[Pp]osted(?: on)?|[Uu]pdated(?: on)?|[Ll]ast updated(?: on)?)[^\S\n]*[:\-–]?[^\S\n]*(?:\d{1,2}[:.]\d\d(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?[^\S\n]*(?:[A-Z]{2,4}[^\S\n]*)?[,|]?[^\S\n]*)?$/;
/** A date in the path of a URL in the head: ".../2004/07/28/...", ".../20130909/...". */
const URL_DATE = /https?:\/\/\S*?\/((?:19|20)\d\d)(?:\/([01]?\d)\/([0-3]?\d)|([01]\d)([0-3]\d))(?=[/_-])/;
/** The same with the month's name or in ISO form: ".../2005/nov/28/...", ".../story/2013-07-21/...". */
const URL_NAMED_DATE = /https?:\/\/\S*?\/((?:19|20)\d\d)\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/([0-3]?\d)(?=[/_-])/i;
const URL_ISO_DATE = /https?:\/\/\S*?\/((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?=[/_-])/;
/** A year and month only: ".../2013/06/esther-williams...": the month of publication. */
const URL_MONTH = /https?:\/\/\S*?\/((?:19|20)\d\d)\/([01]\d)\/(?=[a-z])/i;
/** A dateline's place: capitals, then perhaps a region in title case ("MILWAUKEE, Wisconsin", "IRVINE, Calif."). */
const PLACE_DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]+,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}[,\s—–-]*$/u;
const COPYRIGHT = /(?:\b[Cc]opyright|COPYRIGHT|©|\([Cc]\))[^\S\n]*(?:©[^\S\n]*)?((?:19|20)\d\d)(?:[^\S\n]*[-–][^\S\n]*((?:19|20)\d\d))?\b/g;

/**
 * The report's own publication date (ISO, possibly partial) from the report alone, never the
 * clock: a labelled date ("date 2024-03-19", "Published: March 19, 2024", "Last updated 13:26
 * 14/09/2013") or a leading date or dateline ("LONDON 1996-08-22", "WASHINGTON, March 19, 2024 —")
 * in the first lines, or a line of the head that is a date and a time stamp only ("JUNE 6, 2013
 * 11: 34PM", "Last Updated: Monday, 28 November 2005, 02:24 GMT": date-lines.ts), else a date in
 * the path of a URL heading the text, else the year of a
 * copyright line. A dateline without its year ("Sept. 26 (UPI)") takes the copyright
 * year when there is one. Returns `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or null.
 * A front matter `date:` (text/front-matter.ts) wins over all of these; the caller reads it first.
 * `address`: the front matter's `url:`, read as if it headed the text (a scraper moves the address
 * heading a page into the block), after any URL that does head it.
 */
export function findPublicationDate(text: string, address?: string): string | null {
  try {
    const head = headOf(text);
    const dates = headDates(head);
    const labelled = dates.find((d) => LABEL.test(head.slice(0, d.index)));
    const first = labelled ?? dates.find((d) => isDateline(head, d));
    const line = first?.year != null ? null : lineDate(head);
    // a date line with its year wins over a dateline without one ("Sunday, November 27-2005 at 16:12")
    const leading = first && (line === null || line.year === null) ? first : line ?? first;
    const copyright = copyrightYear(text);
    if (leading) {
      const year = leading.year ?? copyright;
      if (year === null) return null;
      if (leading.day === null) return isoMonth(year, leading.month);
      return isValidDay(year, leading.month, leading.day) ? isoDay({ year, month: leading.month, day: leading.day }) : String(year);
    }
    const url = urlDate(head) ?? (address ? urlDate(address) : null);
    if (url) return url;
    return copyright === null ? null : String(copyright);
  } catch {
    return null;
  }
}

/** The first few non-empty lines, at most HEAD_CHARS characters. */
function headOf(text: string): string {
  let end = 0;
  let lines = 0;
  while (end < text.length && end < HEAD_CHARS && lines < HEAD_LINES) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    if (text.slice(end, lineEnd).trim() !== '') lines++;
    end = lineEnd;
  }
  return text.slice(0, Math.min(end, HEAD_CHARS));
}

function headDates(head: string): HeadDate[] {
  const out: HeadDate[] = [];
  const push = (index: number, len: number, year: number | null, month: number | null, day: number | null): void => {
    if (month !== null && (day === null || isValidDay(year ?? 2000, month, day))) out.push({ index, end: index + len, year, month, day });
  };
  for (const m of head.matchAll(ISO_DATE)) push(m.index, m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of head.matchAll(MONTH_DAY)) push(m.index, m[0].length, m[4] ? Number(m[4]) : null, monthNumber(m[2]), Number(m[3]));
  for (const m of head.matchAll(DAY_MONTH)) push(m.index, m[0].length, m[4] ? Number(m[4]) : null, monthNumber(m[3]), Number(m[2]));
  for (const m of head.matchAll(SLASH_DATE)) {
    const { month, day } = slashMonthDay(m[1], m[2]);
    push(m.index, m[0].length, Number(m[3]), month, day);
  }
  for (const m of head.matchAll(MONTH_YEAR)) if (!m[1]) push(m.index, m[0].length, Number(m[3]), monthNumber(m[2]), null);
  out.sort((a, b) => a.index - b.index || b.end - a.end);
  return out;
}

/**
 * A date that opens its line, or follows only a dateline in capitals ("LONDON", "HEMPSTEAD,
 * N.Y.,", "WASHINGTON (Reuters) -"), or sits on a short line of its own ("By Jane Doe | March 19, 2024").
 */
function isDateline(head: string, d: HeadDate): boolean {
  const lineStart = head.lastIndexOf('\n', d.index - 1) + 1;
  const nl = head.indexOf('\n', d.end);
  const line = head.slice(lineStart, nl < 0 ? head.length : nl);
  const prefix = head.slice(lineStart, d.index).replace(/\([^)]*\)/g, '');
  if (!/[a-z]/.test(prefix) || PLACE_DATELINE.test(prefix)) return true;
  return d.year !== null && line.trim().length <= 60 && /^(?:by|updated|published|posted)\b/i.test(prefix.trim());
}

/** The date of the first line of the head that is a date line ("JUNE 6, 2013 11: 34PM", `dateOfLine`). */
function lineDate(head: string): HeadDate | null {
  let index = 0;
  for (const line of head.split('\n')) {
    const d = dateOfLine(line);
    if (d) return { index, end: index + line.length, ...d };
    index += line.length + 1;
  }
  return null;
}

function urlDate(head: string): string | null {
  const m = URL_DATE.exec(head);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    return isValidDay(year, month, day) ? isoDay({ year, month, day }) : null;
  }
  const named = URL_NAMED_DATE.exec(head) ?? URL_ISO_DATE.exec(head);
  if (named) {
    const [year, month, day] = [Number(named[1]), monthNumber(named[2]) ?? Number(named[2]), Number(named[3])];
    return isValidDay(year, month, day) ? isoDay({ year, month, day }) : null;
  }
  const partial = URL_MONTH.exec(head);
  return partial && Number(partial[2]) >= 1 && Number(partial[2]) <= 12 ? isoMonth(Number(partial[1]), Number(partial[2])) : null;
}

/** The year of a copyright line (the later year of a range), or null. */
function copyrightYear(text: string): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(COPYRIGHT)) year = Number(m[2] ?? m[1]);
  return year;
}
