import type { ParagraphContext } from '../analysis/context.js';
import {
  DAY_MONTH, ISO_DATE, MONTH_DAY, MONTH_FULL, MONTH_YEAR, SLASH_DATE, WEEKDAY_FULL, monthNumber, slashMonthDay, weekdayNumber,
} from './date-patterns.js';
import { isValidDay, WEEKDAY_NAMES } from './calendar.js';
import { clauseTense } from './clause-tense.js';

/** An explicit direction written in the expression: "last Tuesday", "next October", "this year". */
export type DateDirection = 'past' | 'future' | 'this' | null;

/** A date expression before it is resolved against the publication date. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** The weekday written in the expression ("Tuesday"), if any. */
  weekday: string | null;
  /**
   * For expressions relative to the publication date: `day:N` (yesterday = day:-1), `week:N`,
   * `month:N`, `year:N`, `weekday` (a weekday alone); null for calendar dates, even partial ones.
   */
  relative: string | null;
  direction: DateDirection;
  /**
   * The tense of the clause around the expression: `future` ("will", "next", "scheduled"),
   * `past` (a verb in the past tense, by compromise's tags), or null when it says neither.
   */
  tense: 'past' | 'future' | null;
}

interface Candidate extends Omit<RawDate, 'text' | 'tense'> {
  /** Lower wins a tie between candidates of the same span length. */
  rank: number;
}

/** Case-insensitive first letter: "[Ll]ast". */
function ci(words: string[]): string {
  return words.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
}

const TIME_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))?';

const REL_DAY = new RegExp(
  `\\b(?:(?:${ci(['early', 'late'])})\\s+)?(?:(${ci(['yesterday', 'today', 'tonight', 'tomorrow'])})${TIME_OF_DAY}|(${ci(['last', 'this'])})\\s+(morning|afternoon|evening|night))\\b`,
  'g',
);
/** Decades: "the 1950s", "the mid-1990s" (no ISO value). */
const DECADE = /\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?:1[6-9]|20)\d0['’]?s\b/g;
const REL_UNIT = new RegExp(
  `\\b(${ci(['last', 'this', 'next', 'coming', 'earlier this', 'later this', 'early this', 'late this', 'early next', 'early last', 'late last'])})\\s+(week|weekend|month|year)\\b`,
  'g',
);
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};
const AGO = new RegExp(
  `\\b(${ci(Object.keys(NUMBER_WORDS))}|\\d{1,3}|${ci(['a few', 'several', 'few'])})\\s+(day|week|month|year)s?\\s+ago\\b`,
  'g',
);
const WEEKDAY_ALONE = new RegExp(
  `\\b(?:(${ci(['last', 'next', 'this past', 'this coming', 'this', 'coming', 'early', 'late'])})\\s+)?(${WEEKDAY_FULL})(?:'s|’s)?${TIME_OF_DAY}\\b`,
  'g',
);
/** Named days and titles that hold a weekday but are not a date reference. */
const WEEKDAY_NOT_BEFORE = /\b(?:Black|Good|Super|Patch|Ash|Bloody|Cyber|Holy|Maundy|Palm|Easter|Shrove|Giving|Blue|Manic|Casual|Freaky|Mail on|Face the|Meet the|News)\s+$/;
const WEEKDAY_NOT_AFTER = /^(?:'s|’s)?\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Star|Sport|People|Independent|Edition|Magazine|Review|Tribune|Observer|School|Service|Night Live|Bloody)\b/;
const MONTH_CUES = ['in', 'since', 'until', 'till', 'during', 'through', 'throughout', 'from', 'before', 'after', 'by', 'of', 'to', 'and', 'between'];
/** "to" and "and" cue a month only in a range after another month: "from April to June". */
const RANGE_BEFORE = new RegExp(`(?:${MONTH_FULL})\\s*$`);
/** A month alone needs a cue: "in early October", "last March", "since May". Groups: 1 cue, 2 lead, 3 modifier, 4 month. */
const MONTH_ALONE = new RegExp(
  `\\b(?:(${ci(MONTH_CUES)})\\s+)?(?:(${ci(['last', 'next', 'this', 'the end of', 'the beginning of', 'the start of', 'the middle of'])})\\s+)?(?:(${ci(['early', 'late', 'mid'])})[\\s-]+)?(${MONTH_FULL})\\b(?![-\\s]*\\d)`,
  'dg',
);
/** A year needs a cue: "in 2023", "since early 2019". Groups: 1 modifier, 2 year. */
const YEAR_CUE = new RegExp(
  `\\b(?:${ci(['in', 'since', 'until', 'till', 'by', 'during', 'through', 'from', 'before', 'after', 'summer of', 'winter of', 'spring of', 'autumn of', 'fall of', 'end of', 'start of', 'beginning of', 'middle of', 'half of'])})\\s+(?:(${ci(['early', 'late', 'mid'])})[\\s-]+)?((?:1[89]|20)\\d\\d)(?![\\d%]|[.,]\\d|\\s*percent)`,
  'dg',
);
/** A year followed by a plural noun is a count ("in 1900 homes"), not a year. */
const YEAR_COUNTED = /^\s+(?!(?:was|has|is|as|this|his|its|across|plus|minus|versus)\b)[a-z]+s\b/;

const DIRECTION: Record<string, DateDirection> = {
  last: 'past', 'this past': 'past', next: 'future', coming: 'future', 'this coming': 'future', this: 'this',
};

/** Date expressions of one paragraph: regexes over the paragraph text, tense from the clause around each. */
export function extractDateExpressions(ctx: ParagraphContext): RawDate[] {
  const { text } = ctx;
  if (!/\d|day|week|month|year|tonight|tomorrow|January|February|March|April|May|June|July|August|September|October|November|December/i.test(text)) return [];
  const found: Candidate[] = [];
  collectCalendarDates(text, found);
  collectRelativeDates(text, found);
  found.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.rank - b.rank);
  const out: RawDate[] = [];
  let covered = 0;
  for (const c of found) {
    if (c.start < covered) continue;
    covered = c.end;
    const { rank, ...rest } = c;
    void rank;
    out.push({ ...rest, text: text.slice(c.start, c.end), tense: clauseTense(ctx, c.start, c.end) });
  }
  return out;
}

/** A capitalised month name or abbreviation somewhere in the text: what every month pattern needs. */
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

// Each pattern runs only where the text holds what it cannot match without (a digit, a month name,
// a word): literal scans cost far less than the patterns. The order of the patterns is kept (ties
// between candidates keep the order they were found in).
function collectCalendarDates(text: string, found: Candidate[]): void {
  const digit = /\d/.test(text);
  const month = MONTH_HINT.test(text);
  if (digit && month) {
    for (const m of text.matchAll(MONTH_DAY)) {
      add(text, found, m.index, m[0].length, 0, m[4] ? Number(m[4]) : null, monthNumber(m[2]), Number(m[3]), m[1]);
    }
    for (const m of text.matchAll(DAY_MONTH)) {
      add(text, found, m.index, m[0].length, 1, m[4] ? Number(m[4]) : null, monthNumber(m[3]), Number(m[2]), m[1]);
    }
  }
  if (digit) {
    for (const m of text.matchAll(ISO_DATE)) {
      add(text, found, m.index, m[0].length, 0, Number(m[1]), Number(m[2]), Number(m[3]), undefined);
    }
    for (const m of text.matchAll(SLASH_DATE)) {
      const { month, day } = slashMonthDay(m[1], m[2]);
      add(text, found, m.index, m[0].length, 0, Number(m[3]), month, day, undefined);
    }
  }
  if (digit && month) {
    for (const m of text.matchAll(MONTH_YEAR)) {
      found.push(calendar(m.index, m.index + m[0].length, 2, Number(m[3]), monthNumber(m[2]), null));
    }
  }
  if (month) collectMonthsAlone(text, found);
  if (digit) {
    for (const m of text.matchAll(DECADE)) found.push(calendar(m.index, m.index + m[0].length, 4, null, null, null));
    for (const m of text.matchAll(YEAR_CUE)) {
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 40);
      if (YEAR_COUNTED.test(after) || /^[-–/]\d/.test(after)) continue;
      const ix = m.indices!;
      found.push(calendar(m[1] ? ix[1]![0] : ix[2]![0], end, 4, Number(m[2]), null, null));
    }
  }
}

function collectMonthsAlone(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(MONTH_ALONE)) {
    const [cue, lead, modifier, month] = [m[1], m[2], m[3], m[4]];
    if (!cue && !lead && !modifier) continue;
    if (month === 'May' && !/^(?:in|since|until|during|through|last|next|this|early|late|mid|to|and|between)$/i.test(lead ?? modifier ?? cue ?? '')) continue;
    if (/^(?:to|and)$/i.test(cue ?? '') && !RANGE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "a song by June Carter", "a letter from April Ryan": a first name, not a month.
    if (!lead && !modifier && /^(?:by|from|of|after|before)$/i.test(cue ?? '') && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length))) continue;
    const ix = m.indices!;
    const start = lead ? ix[2]![0] : modifier ? ix[3]![0] : ix[4]![0];
    const c = calendar(start, ix[4]![1], 3, null, monthNumber(month), null);
    c.direction = lead ? DIRECTION[lead.toLowerCase()] ?? null : null;
    found.push(c);
  }
}

function collectRelativeDates(text: string, found: Candidate[]): void {
  // "yesterday", "today", "tonight", "tomorrow", "last night", "this morning"...
  if (/day|night|omorrow|morning|afternoon|evening/.test(text)) {
    for (const m of text.matchAll(REL_DAY)) {
      const word = (m[1] ?? m[2]).toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : word === 'last' && m[3] === 'night' ? -1 : 0;
      if (word === 'last' && m[3] !== 'night') continue; // "last morning" is not an expression
      found.push(relative(m.index, m.index + m[0].length, `day:${offset}`));
    }
  }
  if (/week|month|year/.test(text)) {
    for (const m of text.matchAll(REL_UNIT)) {
      const lead = m[1].toLowerCase();
      const n = /last/.test(lead) ? -1 : /next|coming/.test(lead) ? 1 : 0;
      const unit = m[2] === 'weekend' ? 'week' : m[2];
      found.push(relative(m.index, m.index + m[0].length, `${unit}:${n}`));
    }
  }
  if (text.includes('ago')) {
    for (const m of text.matchAll(AGO)) {
      const n = NUMBER_WORDS[m[1].toLowerCase()] ?? (/^\d+$/.test(m[1]) ? Number(m[1]) : null);
      found.push(relative(m.index, m.index + m[0].length, n === null ? `${m[2]}:?` : `${m[2]}:${-n}`));
    }
  }
  if (text.includes('day')) collectWeekdays(text, found);
}

function collectWeekdays(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(WEEKDAY_ALONE)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (WEEKDAY_NOT_BEFORE.test(before) || (!m[1] && WEEKDAY_NOT_AFTER.test(after))) continue;
    let end = m.index + m[0].length;
    const possessive = /(?:'s|’s)$/.exec(m[0]);
    if (possessive) end -= possessive[0].length;
    const lead = m[1]?.toLowerCase() ?? null;
    const c = relative(m.index, end, 'weekday');
    c.weekday = m[2];
    c.direction = lead ? DIRECTION[lead] ?? null : null;
    found.push(c);
  }
}

function add(
  text: string, found: Candidate[], index: number, length: number, rank: number,
  year: number | null, month: number | null, day: number, weekdayWord: string | undefined,
): void {
  if (month === null || !isValidDay(year ?? 2000, month, day)) return;
  const c = calendar(index, index + length, rank, year, month, day);
  const word = weekdayWord ?? parenthesisedWeekday(text, c);
  if (word) {
    const w = weekdayNumber(word);
    c.weekday = w === null ? null : WEEKDAY_NAMES[w];
  }
  found.push(c);
}

const WEEKDAY_BEFORE_PAREN = new RegExp(`\\b(${WEEKDAY_FULL})\\s*\\(\\s*$`);
const PAREN_WEEKDAY_AFTER = new RegExp(`^\\s*\\((${WEEKDAY_FULL})\\)`);

/** "Saturday (July 24, 2004)" or "July 24 (Saturday)": links the weekday and widens the span over it. */
function parenthesisedWeekday(text: string, c: Candidate): string | undefined {
  const before = WEEKDAY_BEFORE_PAREN.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (before && /^\s*\)/.test(text.slice(c.end))) {
    c.start -= before[0].length;
    c.end += /^\s*\)/.exec(text.slice(c.end))![0].length;
    return before[1];
  }
  const after = PAREN_WEEKDAY_AFTER.exec(text.slice(c.end, c.end + 16));
  if (after) {
    c.end += after[0].length;
    return after[1];
  }
  return undefined;
}

function calendar(start: number, end: number, rank: number, year: number | null, month: number | null, day: number | null): Candidate {
  return { start, end, rank, year, month, day, weekday: null, relative: null, direction: null };
}

function relative(start: number, end: number, kind: string): Candidate {
  return { start, end, rank: 5, year: null, month: null, day: null, weekday: null, relative: kind, direction: null };
}
