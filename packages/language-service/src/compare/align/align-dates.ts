import type { DateMention, Span } from '../../types.js';
import type { ReportInput } from '../types.js';
import type { EntityTokens } from './align-claims.js';
import { candidatePairs, matchItems } from './candidates.js';
import { clauseAround, namedMentions, subjectsOf, type Subjects } from './clause-subjects.js';
import { dateMismatch } from '../../rules/date-mismatch.js';
import { happeningOf, isDateline } from './date-happening.js';
import { dateFact, dayOfYear, daysApart, differentFrames, differentParticipants, sharedKeys, sharedNames, type DateFact } from './date-facts.js';
import { excerpt } from '../../text/excerpt.js';
import { emitMatching, type AlignOutput } from './output.js';
import { contextStems, overlap, sentenceSpan } from './words.js';

interface DateItem {
  report: number;
  date: DateMention;
  /** The resolved value, or null. */
  value: string | null;
  /** What the text says when it could not be resolved: "wd:tue", "md:mar-19", "m:mar"; null for "yesterday", "last week". */
  surface: string | null;
  place: number;
  /** Content-word stems of the sentence around the date, minus every date in it: the happening. */
  context: Set<string>;
  /** What the date is of: a saying ("police said Saturday"), a day named as a thing ("Sunday's game"), else a happening. */
  role: DateRole;
  /** Who the date's clause is about: dates of different people, organisations or places date two happenings. */
  subjects: Subjects;
  /** The stems of the happening it dates (date-happening.ts): dates of two happenings sharing none are not compared. */
  happening: Set<string>;
  /** The happening in words that survive paraphrase (date-facts.ts): a second way to pair two days of a month. */
  fact: DateFact;
  /** Who the whole sentence names, by kind (event-wide ids): the participants of the fact. */
  around: Subjects;
}

type DateRole = 'saying' | 'named' | 'happening';

/** What decides that two dates of two reports date the same happening. */
export interface DateAlignOptions {
  /** Dates whose sentences have fewer content words in common than this are never paired or compared. */
  minSharedWords: number;
  /** Share of the shorter sentence's content words two dates need in common when they share exactly minSharedWords... */
  minCoefficientAtMinShared: number;
  /** ... and when they share more. */
  minCoefficient: number;
  /** The share when either date gives only a month or a year (many things happen in a year). */
  coarseMinCoefficient: number;
  /** A context word carried by more dates of the event than this is too common to pair on. */
  maxPostings: number;
  /** Added to the similarity of two dates of the same precision ("December 15" for "December 16", not "this year"). */
  samePrecisionBonus: number;
  /** Weight of the place in the sentence in the similarity: a tie-break between equally similar dates. */
  placeWeight: number;
  /** Similarities this close are one when deciding what agrees (matchItems). */
  tolerance: number;
  /**
   * Two days of a month whose sentences share too few words are still compared when their facts
   * share at least this many happening keys (date-facts.ts) and a participant, or a key each report
   * gives one day for. Infinity turns the fact route off.
   */
  factMinKeys: number;
  /** The similarity of a pair found by its fact alone, below any pair found by its sentence (minCoefficient)... */
  factBase: number;
  /** ... plus this per shared key or participant beyond the first, up to factMax. */
  factStep: number;
  factMax: number;
  /**
   * Two days further apart than this are not paired by their fact alone: an outlet's wrong day is
   * a day or a few off, and days weeks apart told in like words are two happenings (two outages,
   * a partial and a full restoration).
   */
  factMaxDays: number;
  /**
   * Two days of a month within factMaxDays of each other, where neither report gives another day
   * near the other's, date one happening however the sentences word it ("The ceremony will take
   * place on February 22" / "ABC will broadcast the awards show on Feb. 22"), unless their frames
   * or participants differ.
   */
  loneDays: boolean;
  /** The similarity of a lone pair: below any other. */
  loneScore: number;
}

/**
 * The defaults. With them `pnpm eval mutations` (ECB+) flags 145 of 150 planted date changes
 * (96.7%) and gives 22 date-mismatch on 4,491 unchanged pairs of reports of one event (0.005 per
 * pair). Each value says what set it: "tuned" with the eval and its figure, else "not tuned" (the
 * values that came in the commits adding and reworking that eval, f3d37e7 and 7316f36, had no
 * figure recorded). Those figures predate the happening key (date-happening.ts); `pnpm eval pairs`
 * (pairs of different reports, docs/pairs-eval.md) is the measure now.
 */
export const DATE_ALIGN_OPTIONS: Readonly<DateAlignOptions> = Object.freeze({
  // not tuned: 3 in 0f1edfd, 4 with `pnpm eval mutations` (f3d37e7), 3 again with minCoefficientAtMinShared (7316f36); no figure recorded
  minSharedWords: 3,
  // not tuned: 7316f36 ("short-sentence dates", with `pnpm eval mutations`), no figure recorded
  minCoefficientAtMinShared: 0.75,
  // not tuned: came with `pnpm eval mutations` (f3d37e7; 0.5 before), no figure recorded
  minCoefficient: 0.6,
  // not tuned: came with `pnpm eval mutations` (f3d37e7), no figure recorded
  coarseMinCoefficient: 0.8,
  // not tuned: a bound on the pairs a common word makes (0f1edfd)
  maxPostings: 128,
  // not tuned: 7316f36 ("dates of the same precision pair first", with `pnpm eval mutations`), no figure recorded
  samePrecisionBonus: 0.1,
  // not tuned: a tie-break, no larger than `tolerance` (f3d37e7)
  placeWeight: 0.05,
  // not tuned: as large as the place tie-break, which must not decide what explains what (f3d37e7, 7316f36)
  tolerance: 0.05,
  // tuned on even topics of `pnpm eval pairs`: planted dates caught 19/65 with the fact route off (Infinity), 40/65 with 1;
  // date-mismatch on unchanged even pairs 4 -> 18, 12 of the added ones one sinking dated November 18 and 19 by different outlets
  factMinKeys: 1,
  // not tuned: below minCoefficient, so a date whose sentence matches another's is paired by its sentence first
  factBase: 0.3,
  // not tuned: a tie-break between fact pairs (more shared keys and participants first), capped below minCoefficient
  factStep: 0.05,
  factMax: 0.55,
  // tuned on even topics of `pnpm eval pairs`: without it (Infinity) date-mismatch on unchanged even pairs 18 -> 26 (all 8 added
  // wrong: a heart attack on December 2 against a death on December 11, a partial restoration against a full one weeks later),
  // planted dates caught unchanged (40/65; the planted days move by three)
  factMaxDays: 7,
  // tuned on even topics of `pnpm eval pairs` (date15 branch): planted dates caught 40/65 -> 43/65, date-mismatch on
  // unchanged even pairs unchanged (18). Two dates of two happenings (sharing no word nor key) stay apart: letting the
  // lone route past that caught 48/65, two of them a release date planted against a heart attack's (not one fact)
  loneDays: true,
  // not tuned: below factBase, so any pair found by its sentence or its fact comes first
  loneScore: 0.2,
});

const SAYING = /\b(?:said|says|told|reported|reports|announced|announces|confirmed|stated|tweeted|wrote|revealed)(?:\s+(?:here|there|late|early|later|earlier))?(?:\s+(?:on|in)\s+(?:a\s+statement|\p{Lu}\p{L}+))?\s+(?:on\s+)?$/iu;
// a line or sentence that opens with a stamp word ("Updated: May 24", "posted in News on Friday"), not "a study published Monday"
const STAMP = /(?:^|[\n.!?|])[ \t]*(?:updated|posted|published|last\s+modified)\b[^.\n]{0,40}$/i;
const CLOCK = /^[,\s]*(?:at\s+)?\d{1,2}\s?[:.]\s?\d{2}/;

/**
 * The role of a date in its text, or null for a stamp of the page ("Updated: May 24, 2005, 3:23
 * PM", a full date followed by a time of day), which dates no happening.
 */
export function dateRole(text: string, d: { start: number; end: number; text: string }): DateRole | null {
  const before = text.slice(Math.max(0, d.start - 60), d.start);
  const after = text.slice(d.end, d.end + 16);
  if (STAMP.test(before) || (/\b\d{4}\b/.test(d.text) && CLOCK.test(after))) return null;
  if (SAYING.test(before)) return 'saying';
  return /^['’]s\b/.test(after) ? 'named' : 'happening';
}

const MONTHS_AND_DAYS = new Set((
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night week month year day ago last next earlier later'
).split(' '));

// a weekday or its abbreviation, not "month" or "sunny"
const WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?(?![a-z])/;
// "July 21", "July 21st", "21 July", "21st of July"
const MONTH = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** The written form of a date, normalised, for dates the analysis could not resolve (no publication date). */
export function dateSurface(text: string): string | null {
  const t = text.toLowerCase();
  const m = MONTH.exec(t);
  if (m) {
    const month = m[1] ?? m[4];
    const day = m[2] ?? m[3];
    return day ? `md:${month}-${Number(day)}` : `m:${month}`;
  }
  const w = WEEKDAY.exec(t);
  return w ? `wd:${w[1]}` : null;
}

/** Two resolved dates agree when they are equal to the precision both give ("2024-03" fits "2024-03-19"). */
export function datesAgree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/**
 * Links dates of the same happening across reports; flags `date-mismatch` where they differ.
 * Dates whose clauses are about different people, organisations or places are not compared.
 */
export function alignDates(
  reports: readonly ReportInput[], out: AlignOutput, entities?: EntityTokens, options: DateAlignOptions = DATE_ALIGN_OPTIONS,
): void {
  const items: DateItem[] = [];
  reports.forEach((r, ri) => {
    const { sentences, dates } = r.analysis;
    const named = dates.length > 0 ? namedMentions(r.id, ri, r.analysis, entities) : [];
    // One context per sentence, shared by its dates (a long sentence of many dates stays linear).
    const contexts = new Map<string, Set<string>>();
    for (const d of dates) {
      const value = d.value && /^\d{4}(-\d{2}){0,2}$/.test(d.value) ? d.value : null;
      const surface = dateSurface(d.text);
      // a year or a month resolved from the publication date ("this year", "last month") is too loose to compare
      if ((!value && !surface) || (d.relative && !surface && (value?.length ?? 0) < 10)) continue;
      const role = dateRole(r.analysis.text, d);
      // a stamp or a dateline dates the report; a statement's day (police said Saturday) dates no happening of the event
      if (!role || role === 'saying' || isDateline(r.analysis.text, d)) continue;
      const sentence = sentenceSpan(sentences, d);
      const h = happeningOf(r.analysis, sentence, d);
      if (h.saying) continue;
      const key = `${sentence.start}:${sentence.end}`;
      let context = contexts.get(key);
      if (!context) {
        const inSentence: Span[] = dates.filter((o) => o.start < sentence.end && o.end > sentence.start);
        context = contextStems(r.analysis, sentence, inSentence);
        for (const w of MONTHS_AND_DAYS) context.delete(w);
        contexts.set(key, context);
      }
      const place = (d.start - sentence.start) / Math.max(1, sentence.end - sentence.start);
      // who the happening is of: the names in the words leading up to the date ("... a plea at the
      // Magistrates and was remanded to appear before the Crown Court on 19 August": the Crown Court)
      const clause = clauseAround(r.analysis.text, sentence, d);
      const subjects = subjectsOf(named, sentence, { start: Math.max(clause.start, h.leadStart), end: clause.end }, d);
      const fact = dateFact(r.analysis, sentence, d, h);
      const around = subjectsOf(named, sentence, sentence, d);
      items.push({ report: ri, date: d, value, surface, place, context, role, subjects, happening: h.stems, fact, around });
    }
  });
  // pairing by the happening alone, when the sentences share too few words, was tried and left out (docs/pairs-eval.md)
  const reportOf = items.map((it) => it.report);
  const pairs = candidatePairs(items.map((it) => it.context), reportOf, options.minSharedWords, options.maxPostings);
  // the fact route: days of a month paired by their happening keys (date-facts.ts)
  const dayOfMonth = (it: DateItem) => it.surface?.startsWith('md:') === true;
  if (Number.isFinite(options.factMinKeys)) {
    const seen = new Set(pairs.map(([i, j]) => `${i}:${j}`));
    const factPairs = candidatePairs(items.map((it) => (dayOfMonth(it) ? it.fact.keys : [])), reportOf, options.factMinKeys, options.maxPostings);
    for (const p of factPairs) if (!seen.has(`${p[0]}:${p[1]}`)) pairs.push(p);
  }
  // the lone route's candidates: days of a month of two reports within factMaxDays of each other (sorted by day of the year)
  if (options.loneDays) {
    const seen = new Set(pairs.map(([i, j]) => `${i}:${j}`));
    const days = items.map((it, k) => ({ k, day: dayOfMonth(it) ? dayOfYear(it.surface!) : NaN })).filter((x) => !Number.isNaN(x.day)).sort((x, y) => x.day - y.day || x.k - y.k);
    for (let x = 0; x < days.length; x++) {
      for (let y = x + 1; y < days.length && days[y].day - days[x].day <= options.factMaxDays; y++) {
        const [i, j] = days[x].k < days[y].k ? [days[x].k, days[y].k] : [days[y].k, days[x].k];
        if (reportOf[i] !== reportOf[j] && !seen.has(`${i}:${j}`)) { pairs.push([i, j]); seen.add(`${i}:${j}`); }
      }
    }
  }
  // per report and happening key, the days of a month it gives: a key a report gives one day for names one fact
  const daysOf = new Map<string, Set<string>>();
  for (const it of items) {
    if (!dayOfMonth(it)) continue;
    for (const k of it.fact.keys) {
      const key = `${it.report}:${k}`;
      const set = daysOf.get(key) ?? new Set<string>();
      set.add(it.surface!);
      daysOf.set(key, set);
    }
  }
  const oneDay = (it: DateItem, k: string) => daysOf.get(`${it.report}:${k}`)!.size === 1;
  // per report, the days of a month it gives (their items): a day with no other day of its report near the other's is lone
  const monthDaysOf = new Map<number, DateItem[]>();
  for (const it of items) {
    if (!dayOfMonth(it)) continue;
    const list = monthDaysOf.get(it.report);
    if (list) list.push(it); else monthDaysOf.set(it.report, [it]);
  }
  const noRival = (a: DateItem, b: DateItem) => monthDaysOf.get(a.report)!.every((o) => o.surface === a.surface || daysApart(o, b) > options.factMaxDays);
  const lone = (a: DateItem, b: DateItem) => options.loneDays && dayOfMonth(a) && dayOfMonth(b) && daysApart(a, b) <= options.factMaxDays
    && noRival(a, b) && noRival(b, a);
  const factSimilarity = (a: DateItem, b: DateItem): number | null => {
    if (!dayOfMonth(a) || !dayOfMonth(b)) return null;
    if (daysApart(a, b) > options.factMaxDays) return null;
    const keys = sharedKeys(a.fact, b.fact);
    if (keys.length < options.factMinKeys) return null;
    const participants = sharedNames(a.around, b.around);
    if (participants === 0 && !keys.some((k) => oneDay(a, k) && oneDay(b, k))) return null;
    return Math.min(options.factMax, options.factBase + options.factStep * (keys.length + participants - 1));
  };
  // Comparable: both written the same way (two weekdays, two days of a month), or both resolved
  // (a relative date only against an absolute one: two relative ones hang on two publication dates).
  const sameKind = (a: DateItem, b: DateItem) => a.surface !== null && b.surface !== null && a.surface.split(':')[0] === b.surface.split(':')[0];
  const byValue = (a: DateItem, b: DateItem) => a.value !== null && b.value !== null && !(a.date.relative && b.date.relative);
  const precision = (a: DateItem) => (a.value !== null ? a.value.length : a.surface?.startsWith('m:') ? 7 : 10);
  const coarse = (a: DateItem) => (a.value !== null ? a.value.length < 10 : !a.surface?.startsWith('md:'));
  const similarity = (i: number, j: number): number | null => {
    const [a, b] = [items[i], items[j]];
    if (a.role !== b.role || differentFrames(a.fact, b.fact) || differentParticipants(a, b, true)) return null;
    // names only elsewhere in the sentences part two dates found by their sentences, not two found by their facts (the fact route is stricter)
    const apart = differentParticipants(a, b);
    // two happenings sharing no word, nor a family of words ("killed" / "murdering"), are two happenings
    if (a.happening.size > 0 && b.happening.size > 0 && overlap(a.happening, b.happening).shared === 0 && sharedKeys(a.fact, b.fact).length === 0) return null;
    if (!sameKind(a, b) && !byValue(a, b)) return null;
    // a day resolved from the publication date against a year or a month says little ("today" / "2014")
    if (!sameKind(a, b) && (a.date.relative || b.date.relative) && precision(a) !== precision(b)) return null;
    const ctx = overlap(a.context, b.context);
    // a month or a year alone needs more of the same words around it than a day
    const least = coarse(a) || coarse(b) ? options.coarseMinCoefficient
      : ctx.shared === options.minSharedWords ? options.minCoefficientAtMinShared : options.minCoefficient;
    if (apart || ctx.shared < options.minSharedWords || ctx.coefficient < least) {
      return (Number.isFinite(options.factMinKeys) ? factSimilarity(a, b) : null) ?? (!apart && lone(a, b) ? options.loneScore : null);
    }
    // a date of the same precision is the better counterpart ("December 15" for "December 16", not "this year")
    return ctx.coefficient + options.placeWeight * (1 - Math.abs(a.place - b.place))
      + (precision(a) === precision(b) ? options.samePrecisionBonus : 0);
  };
  const agree = (i: number, j: number) => {
    const [a, b] = [items[i], items[j]];
    // the same day under two weekdays ("Sunday, February 1" / "Tuesday, February 1") disagrees too
    if (a.date.weekday && b.date.weekday && a.date.weekday.toLowerCase() !== b.date.weekday.toLowerCase()) return false;
    return sameKind(a, b) ? a.surface === b.surface : datesAgree(a.value!, b.value!);
  };
  const m = matchItems(reportOf, pairs, similarity, agree, options.tolerance);
  const written = (i: number) => excerpt(reports[items[i].report].analysis.text, items[i].date, 40);
  emitMatching(out, 'date', dateMismatch, reports, items.map((it) => ({ report: it.report, span: it.date })), m,
    (score) => Math.min(1, score - 0.1), (here, there) => ({
      here: written(here), hereValue: items[here].value || null, there: written(there), thereValue: items[there].value || null,
    }));
}
