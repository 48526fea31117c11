/**
 * Regular-expression sources for English date expressions in news text, shared by the date
 * extractor and the publication-date finder. Month and weekday names must be capitalised
 * ("march" is a verb); abbreviations are accepted only next to a day number.
 */

const MONTH_INDEX: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** Month number (1-12) of a written month ("Sept.", "March"), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_INDEX[word.replace(/\.$/, '').toLowerCase()] ?? null;
}

/** Weekday number (0 = Sunday) of a written weekday ("Tues.", "Monday"), or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_INDEX[word.replace(/\.$/, '').toLowerCase()] ?? null;
}

export const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A month name, or an abbreviation ("Oct.", "Sept", "Jan"); the abbreviation must be followed by a day. */
export const MONTH_ANY = `${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`;
export const WEEKDAY_FULL = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const WEEKDAY_ANY = `${WEEKDAY_FULL}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.`;

const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '((?:1[6-9]|20)\\d\\d)';
/** Optional weekday before a date: "Tuesday, ", "Tues. ", "on Tuesday ". */
const WEEKDAY_PREFIX = `(?:(${WEEKDAY_ANY}),?\\s+(?:the\\s+)?)?`;

/**
 * Month-day dates: "March 19", "Tuesday, March 19", "Sept. 11, 2001", "Oct. 7", "August 2nd".
 * Groups: 1 weekday, 2 month, 3 day, 4 year. Not followed by a time ("March 19:30"), a decimal
 * or a thousands group ("May 5,000").
 */
export const MONTH_DAY = new RegExp(
  `\\b${WEEKDAY_PREFIX}(${MONTH_ANY})\\s+${DAY}(?![\\d:%]|[.,]\\d)(?:,?\\s+${YEAR}(?![\\d%]|[.,]\\d))?`,
  'g',
);

/** Day-month dates: "19 March 2024", "Tuesday 19 March", "the 5th of May". Groups: 1 weekday, 2 day, 3 month, 4 year. */
export const DAY_MONTH = new RegExp(
  `\\b${WEEKDAY_PREFIX}${DAY}\\s+(?:of\\s+)?(${MONTH_ANY})(?![a-z])(?:,?\\s+${YEAR}(?![\\d%]|[.,]\\d))?`,
  'g',
);

/** Month and year: "March 2024", "early October 2023", "Oct. 2023". Groups: 1 modifier, 2 month, 3 year. */
export const MONTH_YEAR = new RegExp(
  `\\b(?:(early|late|mid|mid-|the end of|the start of)\\s*)?(${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)\\s+(?:of\\s+)?${YEAR}(?![\\d%]|[.,]\\d)`,
  'g',
);

/** ISO dates: "2024-03-19". Groups: 1 year, 2 month, 3 day. */
export const ISO_DATE = /\b((?:1[6-9]|20)\d\d)-([01]\d)-([0-3]\d)(?![\d-])/g;

/** Numeric dates with a four-digit year: "3/19/2024" (month first, as in US news, unless the first part is over 12). */
export const SLASH_DATE = /\b([0-3]?\d)\/([0-3]?\d)\/((?:1[6-9]|20)\d\d)(?![\d/])/g;

/**
 * The month and day of a numeric date's first two parts ("3/19", "19/3"): month first, as in US
 * news, unless the first part is over 12 (then the day comes first).
 */
export function slashMonthDay(first: string, second: string): { month: number; day: number } {
  const [a, b] = [Number(first), Number(second)];
  return a > 12 ? { month: b, day: a } : { month: a, day: b };
}
