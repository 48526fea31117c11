import type { WeekdayMismatch } from '../rules/findings.js';
import type { DateMention } from '../types.js';
import {
  addDays, addMonths, dayNumber, isoDay, isoMonth, isValidDay, longDate, parseIsoPartial, weekdayOf,
  WEEKDAY_NAMES, type Day, type PartialDate,
} from './calendar.js';
import type { RawDate } from './extract-dates.js';

/**
 * What dates resolve against. `pub` is the publication date as far as it is known; `anchor` is
 * a day that stands in for it when only its year (or month) is known: the latest day the report
 * itself dates exactly in that period. Relative expressions ("yesterday", "last month",
 * "Tuesday") use `pub` only; calendar dates without a year ("March 19") may use the anchor.
 */
/** The contract's date values: four-digit years only ("500 years ago" in year 1200 is not one). */
const ISO_VALUE = /^[1-9]\d{3}(?:-\d{2}(?:-\d{2})?)?$/;

/** A month-day without a year at most this many days after publication is taken as upcoming (when the clause has no tense). */
const NEAR_FUTURE_DAYS = 45;
/** The other occurrence of a month-day is considered only within this many days of publication. */
const HALF_YEAR_DAYS = 183;

interface Reference {
  pub: PartialDate | null;
  anchor: Day | null;
}

/** Resolves date expressions (absolute offsets) against the publication date. Never reads the clock. */
export function resolveDates(raw: readonly RawDate[], publishedAt: string | null): { dates: DateMention[]; weekdayMismatches: WeekdayMismatch[] } {
  const pub = parseIsoPartial(publishedAt);
  const ref: Reference = { pub, anchor: pub && pub.day !== null ? { year: pub.year, month: pub.month!, day: pub.day } : null };
  if (pub && !ref.anchor) ref.anchor = findAnchor(raw, pub);
  const dates: DateMention[] = [];
  const weekdayMismatches: WeekdayMismatch[] = [];
  for (const r of raw) {
    const resolved = resolveOne(r, ref);
    const value = resolved.value !== null && ISO_VALUE.test(resolved.value) ? resolved.value : null;
    dates.push({ start: r.start, end: r.end, text: r.text, value, weekday: r.weekday, relative: r.relative !== null });
    if (resolved.mismatch) weekdayMismatches.push({ start: r.start, end: r.end, ...resolved.mismatch });
  }
  return { dates, weekdayMismatches };
}

/** A resolved date: its ISO value, and the weekday it was written with when that does not fit. */
interface Resolved {
  value: string | null;
  mismatch: Omit<WeekdayMismatch, 'start' | 'end'> | null;
}

function resolveOne(r: RawDate, ref: Reference): Resolved {
  if (r.relative !== null) return { value: resolveRelative(r, ref.pub), mismatch: null };
  if (r.month === null) return { value: r.year === null ? null : String(r.year), mismatch: null };
  if (r.day === null) return { value: resolveMonth(r, ref), mismatch: null };
  return resolveDay(r, ref);
}

/** A month-day date, with or without its year and weekday. */
function resolveDay(r: RawDate, ref: Reference): Resolved {
  const month = r.month!;
  const day = r.day!;
  const written = r.weekday === null ? null : WEEKDAY_NAMES.indexOf(r.weekday as (typeof WEEKDAY_NAMES)[number]);
  let candidates: Day[];
  if (r.year !== null) candidates = [{ year: r.year, month, day }];
  else candidates = yearCandidates(month, day, r.tense, ref);
  candidates = candidates.filter((c) => isValidDay(c.year, c.month, c.day));
  if (candidates.length === 0) return { value: null, mismatch: null };
  if (written === null || written < 0) return { value: isoDay(candidates[0]), mismatch: null };
  const fitting = candidates.find((c) => weekdayOf(c) === written);
  if (fitting) return { value: isoDay(fitting), mismatch: null };
  const chosen = candidates[0];
  const future = ref.anchor !== null && dayNumber(chosen) > dayNumber(ref.anchor);
  const actual = WEEKDAY_NAMES[weekdayOf(chosen)];
  return {
    value: isoDay(chosen),
    mismatch: { date: longDate(chosen), future, actual, written: WEEKDAY_NAMES[written] },
  };
}

/**
 * The years a month-day without a year may fall in, the most likely first: the most recent
 * occurrence on or before the reference day in a past-tense clause, the next one in a future
 * clause; when the clause says neither, the next one if it is only weeks ahead, else the past
 * one. The other occurrence second, if within half a year. With only the publication year
 * known: that year, then the year before. No year known: none.
 */
function yearCandidates(month: number, day: number, tense: RawDate['tense'], ref: Reference): Day[] {
  const anchor = ref.anchor;
  if (anchor) {
    const sameYear = { year: anchor.year, month, day };
    const after = month > anchor.month || (month === anchor.month && day > anchor.day);
    const past = after ? { ...sameYear, year: anchor.year - 1 } : sameYear;
    const next = after ? sameYear : { ...sameYear, year: anchor.year + 1 };
    const soon = tense === null && dayNumber(next) - dayNumber(anchor) <= NEAR_FUTURE_DAYS;
    const [first, second] = tense === 'future' || soon ? [next, past] : [past, next];
    // The other occurrence may fit the weekday, but not when it is most of a year away.
    return Math.abs(dayNumber(second) - dayNumber(anchor)) <= HALF_YEAR_DAYS ? [first, second] : [first];
  }
  const pub = ref.pub;
  if (!pub) return [];
  if (pub.month !== null) return [{ year: monthYear(month, pub.year, pub.month, tense), month, day }];
  return [{ year: pub.year, month, day }, { year: pub.year - 1, month, day }];
}

/** The year of a month (without a year) seen from a reference month, by the clause's tense. */
function monthYear(month: number, refYear: number, refMonth: number, tense: RawDate['tense']): number {
  const nextMonth = addMonths(refYear, refMonth, 1).month;
  if (tense === 'future' || (tense === null && month === nextMonth)) return month < refMonth ? refYear + 1 : refYear;
  return month > refMonth ? refYear - 1 : refYear;
}

/** A month without a day: "March 2024", "in early October", "last March". */
function resolveMonth(r: RawDate, ref: Reference): string | null {
  const month = r.month!;
  if (r.year !== null) return isoMonth(r.year, month);
  const base = ref.anchor ? { year: ref.anchor.year, month: ref.anchor.month } : ref.pub?.month ? { year: ref.pub.year, month: ref.pub.month } : null;
  if (!base) return null;
  if (r.direction === 'this') return isoMonth(base.year, month);
  if (r.direction === 'future') return isoMonth(month > base.month ? base.year : base.year + 1, month);
  if (r.direction === 'past') return isoMonth(month < base.month ? base.year : base.year - 1, month);
  return isoMonth(monthYear(month, base.year, base.month, r.tense), month);
}

/** "yesterday", "last month", "this week", "two years ago", "Tuesday": against the publication date only. */
function resolveRelative(r: RawDate, pub: PartialDate | null): string | null {
  if (!pub || r.relative === null) return null;
  const [unit, amount] = r.relative.split(':');
  const n = Number(amount);
  if (unit === 'weekday') return resolveWeekday(r, pub);
  if (!Number.isFinite(n)) return null;
  if (unit === 'year') return String(pub.year + n);
  if (pub.month === null) return null;
  if (unit === 'month') {
    const m = addMonths(pub.year, pub.month, n);
    return isoMonth(m.year, m.month);
  }
  if (pub.day === null) return unit === 'week' && n === 0 ? isoMonth(pub.year, pub.month) : null;
  const today: Day = { year: pub.year, month: pub.month, day: pub.day };
  if (unit === 'day') return isoDay(addDays(today, n));
  if (unit === 'week') return weekValue(addDays(today, 7 * n));
  return null;
}

/** A week (Monday to Sunday) as the month or year that holds all of it, or null. */
function weekValue(inWeek: Day): string | null {
  const monday = addDays(inWeek, -((weekdayOf(inWeek) + 6) % 7));
  const sunday = addDays(monday, 6);
  if (monday.year !== sunday.year) return null;
  return monday.month === sunday.month ? isoMonth(monday.year, monday.month) : String(monday.year);
}

/** A weekday alone: the most recent one on or before publication ("last": before), or the next one in future clauses. */
function resolveWeekday(r: RawDate, pub: PartialDate): string | null {
  if (pub.day === null || r.weekday === null) return null;
  const today: Day = { year: pub.year, month: pub.month!, day: pub.day };
  const target = WEEKDAY_NAMES.indexOf(r.weekday as (typeof WEEKDAY_NAMES)[number]);
  if (target < 0) return null;
  const back = (weekdayOf(today) - target + 7) % 7;
  const ahead = (target - weekdayOf(today) + 7) % 7;
  const fromTense = r.tense === 'future' ? 'future' : null;
  const direction = r.direction === 'this' ? fromTense : r.direction ?? fromTense;
  if (direction === 'future') return isoDay(addDays(today, ahead === 0 ? 7 : ahead));
  if (direction === 'past') return isoDay(addDays(today, back === 0 ? -7 : -back));
  return isoDay(addDays(today, -back));
}

/**
 * With only the publication year (or month) known, the latest day in that period that the report
 * dates exactly: a full date, or a month-day whose written weekday fits only that year.
 */
function findAnchor(raw: readonly RawDate[], pub: PartialDate): Day | null {
  let best: Day | null = null;
  for (const r of raw) {
    if (r.month === null || r.day === null || r.relative !== null || r.tense === 'future') continue;
    if (r.year === null && r.weekday === null) continue;
    const d: Day = { year: r.year ?? pub.year, month: r.month, day: r.day };
    if (d.year !== pub.year || (pub.month !== null && d.month !== pub.month) || !isValidDay(d.year, d.month, d.day)) continue;
    if (r.year === null && WEEKDAY_NAMES[weekdayOf(d)] !== r.weekday) continue;
    if (!best || dayNumber(d) > dayNumber(best)) best = d;
  }
  return best;
}
