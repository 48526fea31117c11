/**
 * A head line that is a date and nothing else a reader would take for prose: the date a web page
 * prints under its headline ("JUNE 6, 2013 11: 34PM", "Last Updated: Monday, 28 November 2005,
 * 02:24 GMT", "12/16/08 1:30 AM EST", "9:53 AM, MON 22 JUL 2013", "on July 13, 2009 at 10:50 AM,
 * updated July 29, 2009"). On such a line month and weekday names may be in capitals or
 * abbreviated without a day's company: with nothing but dates, times, zones and the words of a
 * publication stamp on the line, "MARCH" or "may" cannot be a verb.
 */

import { monthNumber, slashMonthDay } from './date-patterns.js';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
// "July 13, 2009", "Nov 12 2011", "JUNE 6, 2013", "November 27-2005"
const MONTH_DAY = new RegExp(`\\b(${MONTHS})\\.?\\s+${DAY}(?![\\d:])(?:\\s*[,-]?\\s*${YEAR}(?!\\d))?`, 'gi');
// "28 November 2005", "27 NOVEMBER, 2005", "10th June 2013", "22 JUL 2013"
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTHS})\\b\\.?(?:\\s*,?\\s*${YEAR}(?!\\d))?`, 'gi');
// "12/16/08", "16/08/2011" (read by slashMonthDay): date-patterns' SLASH_DATE with a two-digit year too,
// which only a line of dates and times allows
const NUMERIC = /\b([0-3]?\d)\/([0-3]?\d)\/(\d{4}|\d{2})(?![\d/])/g;
// "2013-07-21"
const ISO = /\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?![\d-])/g;

const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\b\.?/gi;
const TIME = /\b\d{1,2}\s?[:.]\s?\d{2}(?:\s?[ap]\.?\s?m\b\.?)?|\b\d{1,2}\s?[ap]\.?\s?m\b\.?/gi;
const ZONE = /\b(?:gmt|utc|bst|cet|cest|ist|[ecmp][sd]?t|pt|et|ct|mt|uk|hrs?|local time)\b/gi;
const STAMP = /\b(?:on|at|by|last|updated|published|posted|edited|modified|dated?)\b/gi;

/** A date on a line of the head: year (null when the line gives none), month, day (null for a month alone). */
export interface LineDate {
  year: number | null;
  month: number;
  day: number | null;
}

/** A two-digit year: 00-69 are 2000-2069, 70-99 are 1970-1999 (the stamps of web pages). */
const fullYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) < 70 ? 2000 + Number(y) : 1900 + Number(y));

/**
 * The first date of `line` when the line is a date line (every word on it a date, a weekday, a
 * time, a zone, or a word of a stamp: on, at, by, last, updated, published, posted, edited), else
 * null.
 */
export function dateOfLine(line: string): LineDate | null {
  const found: Array<{ index: number; date: LineDate }> = [];
  let rest = line;
  const take = (re: RegExp, read: (m: RegExpExecArray) => LineDate | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      const date = read(m);
      if (!date) continue;
      found.push({ index: m.index, date });
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  };
  take(ISO, (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }));
  take(NUMERIC, (m) => {
    const { month, day } = slashMonthDay(m[1], m[2]);
    return month >= 1 && month <= 12 && day >= 1 ? { year: fullYear(m[3]), month, day } : null;
  });
  const written = (month: string, day: string, year: string | undefined): LineDate | null => {
    const n = monthNumber(month);
    return n === null ? null : { year: year ? Number(year) : null, month: n, day: Number(day) };
  };
  take(MONTH_DAY, (m) => written(m[1], m[2], m[3]));
  take(DAY_MONTH, (m) => written(m[2], m[1], m[3]));
  if (found.length === 0) return null;
  const words = rest.replace(TIME, ' ').replace(WEEKDAY, ' ').replace(ZONE, ' ').replace(STAMP, ' ');
  if (/\p{L}/u.test(words)) return null;
  found.sort((x, y) => x.index - y.index);
  return found[0].date;
}
