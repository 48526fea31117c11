import type { DateMention, Span } from '../../types.js';
import type { ReportInput } from '../types.js';
import type { EntityTokens } from './align-claims.js';
import { candidatePairs, matchItems } from './candidates.js';
import { clauseAround, namedMentions, subjectsOf, type Subjects } from './clause-subjects.js';
import { dateMismatch } from '../../rules/date-mismatch.js';
import { happeningOf, isDateline } from './date-happening.js';
export { DATE_ALIGN_OPTIONS, type DateAlignOptions } from './date-options.js';
import { dateFact, dayOfYear, daysApart, differentFrames, differentParticipants, momentKeys, sameMoment, sharedKeys, sharedNames, withoutKind, type DateFact } from './date-facts.js';
import { excerpt } from '../../text/excerpt.js';
import { DATE_ALIGN_OPTIONS, type DateAlignOptions } from './date-options.js';
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
  /** Where its sentence starts: two dates of one sentence date two things ("from March 10 to March 19"). */
  sentence: number;
  /** The organisations its clause names as doers, right before a verb ("ABC will broadcast", "Twilight was released"). */
  agents: Set<string>;
}

type DateRole = 'saying' | 'named' | 'happening';

/** What follows a doer: an auxiliary, or a verb in the past or the present ("ABC will broadcast", "Lionsgate is facing", "Twilight opened"). */
const AGENT = /^\s+(?:(?:also|now|then|still)\s+)?(?:is|was|are|were|will|would|has|had|have|can|could|may|might|shall|should|\p{Ll}+ed|\p{Ll}+s)\b/u;
const differentAgents = (a: DateItem, b: DateItem) => a.agents.size > 0 && b.agents.size > 0 && [...a.agents].every((k) => !b.agents.has(k));
const withoutOrganisations = (it: DateItem) => ({ subjects: withoutKind(it.subjects, 'organization'), around: withoutKind(it.around, 'organization') });

const MONTH_ABBR = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

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
      const lead = { start: Math.max(clause.start, h.leadStart), end: clause.end };
      const subjects = subjectsOf(named, sentence, lead, d);
      // read only when the clause names an organisation (most dates' clauses name none)
      const agents = new Set(subjects.has('organization') ? named.filter((n) => n.kind === 'organization' && n.start >= lead.start
        && n.end <= lead.end && AGENT.test(r.analysis.text.slice(n.end, n.end + 24))).map((n) => n.key) : []);
      const fact = dateFact(r.analysis, sentence, d, h);
      const around = subjectsOf(named, sentence, sentence, d);
      items.push({ report: ri, date: d, value, surface, place, context, role, subjects, happening: h.stems, fact, around, sentence: sentence.start, agents });
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
  // a day of its report's that the other report gives too for that key is agreed, no rival (restated)
  const oneDay = (it: DateItem, other: DateItem, k: string) => {
    const mine = daysOf.get(`${it.report}:${k}`)!;
    if (mine.size === 1 || !options.restated) return mine.size === 1;
    const theirs = daysOf.get(`${other.report}:${k}`)!;
    let n = 0;
    for (const day of mine) if (day === it.surface || !theirs.has(day)) n++;
    return n === 1;
  };
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
    // keys in common, or of one moment ("Voters go to the polls on November 4" / "The election will be held on November 4")
    const keys = momentKeys(a.fact, b.fact);
    if (keys.length < options.factMinKeys) return null;
    const participants = sharedNames(a.around, b.around);
    if (participants === 0 && !keys.some(([ka, kb]) => oneDay(a, b, ka) && oneDay(b, a, kb))) return null;
    return Math.min(options.factMax, options.factBase + options.factStep * (keys.length + participants - 1));
  };
  // the same weekday written with two days of a month fewer than seven days apart: one day (a week has one Saturday)
  const sameWeekday = (a: DateItem, b: DateItem) => options.sameWeekday && dayOfMonth(a) && dayOfMonth(b)
    && a.date.weekday !== null && a.date.weekday.toLowerCase() === b.date.weekday?.toLowerCase() && daysApart(a, b) < 7;
  // the only date of its sentence: a sentence of two dates tells two happenings ("was found July 27, but the death occurred July 24")
  const perSentence = new Map<string, number>();
  for (const it of items) perSentence.set(`${it.report}:${it.sentence}`, (perSentence.get(`${it.report}:${it.sentence}`) ?? 0) + 1);
  const alone = (it: DateItem) => perSentence.get(`${it.report}:${it.sentence}`) === 1;
  // the one day near, each the only date of its sentence: the lone route where the two clauses' words or organisations differ
  const loneAlone = (a: DateItem, b: DateItem) => (lone(a, b) && alone(a) && alone(b) ? options.loneScore : null);
  // happening words sharing no word nor family ("killed" / "murdering")
  const otherWords = (a: DateItem, b: DateItem) => a.happening.size > 0 && b.happening.size > 0
    && overlap(a.happening, b.happening).shared === 0 && sharedKeys(a.fact, b.fact).length === 0;
  // ... of two clauses each naming a happening (a key), with happeningsNeedKeys
  const otherKeys = (a: DateItem, b: DateItem) => !options.happeningsNeedKeys || (a.fact.keys.size > 0 && b.fact.keys.size > 0);
  // Comparable: both written the same way (two weekdays, two days of a month), or both resolved
  // (a relative date only against an absolute one: two relative ones hang on two publication dates).
  const sameKind = (a: DateItem, b: DateItem) => a.surface !== null && b.surface !== null && a.surface.split(':')[0] === b.surface.split(':')[0];
  const byValue = (a: DateItem, b: DateItem) => a.value !== null && b.value !== null && !(a.date.relative && b.date.relative);
  const precision = (a: DateItem) => (a.value !== null ? a.value.length : a.surface?.startsWith('m:') ? 7 : 10);
  const coarse = (a: DateItem) => (a.value !== null ? a.value.length < 10 : !a.surface?.startsWith('md:'));
  const similarity = (i: number, j: number): number | null => {
    const [a, b] = [items[i], items[j]];
    if (a.role !== b.role || differentFrames(a.fact, b.fact)) return null;
    // two clauses each naming a happening in the words leading up to the date (or that it modifies), none the same nor of
    // one moment, are two happenings whatever other words they share ("fired coach Maurice Cheeks" / "hired Tony DiLeo as
    // interim coach"); only a weekday names their one day
    if (options.keysPart && a.fact.own && b.fact.own && !sameMoment(a.fact, b.fact) && !sameWeekday(a, b)) return null;
    // organisations alone in the clauses part no lone pair unless each clause has one as its doer: a venue, a broadcaster,
    // a studio and its film play other parts of one happening ("ABC will broadcast the awards show on Feb. 22" / "the host
    // of the Oscars on Feb. 25 at the Kodak Theatre"), while "Twilight was released on November 21st" / "New Moon is
    // scheduled to open November 20" are two films' days
    if (differentParticipants(a, b, true)) {
      if (differentParticipants(withoutOrganisations(a), withoutOrganisations(b), true) || differentAgents(a, b)) return null;
      return loneAlone(a, b);
    }
    // names only elsewhere in the sentences part two dates found by their sentences, not two found by their facts (the fact route
    // is stricter) nor the one day near (a name the clause does not hold is weak evidence, and often a tagger's slip)
    const apart = differentParticipants(a, b);
    const weekday = sameWeekday(a, b);
    // two happenings sharing no word, nor a family of words ("killed" / "murdering"), are two happenings; when one
    // clause names no happening ("The ceremony will take place on February 22"), only the one day near or the weekday pair them
    const wordsApart = otherWords(a, b);
    if (wordsApart && !weekday && otherKeys(a, b)) return null;
    if (wordsApart) return loneAlone(a, b) ?? (weekday ? options.weekdayScore : null);
    if (!sameKind(a, b) && !byValue(a, b)) return null;
    // a day resolved from the publication date against a year or a month says little ("today" / "2014")
    if (!sameKind(a, b) && (a.date.relative || b.date.relative) && precision(a) !== precision(b)) return null;
    const ctx = overlap(a.context, b.context);
    // a month or a year alone needs more of the same words around it than a day
    const least = coarse(a) || coarse(b) ? options.coarseMinCoefficient
      : ctx.shared === options.minSharedWords ? options.minCoefficientAtMinShared : options.minCoefficient;
    if (apart || ctx.shared < options.minSharedWords || ctx.coefficient < least) {
      return (Number.isFinite(options.factMinKeys) ? factSimilarity(a, b) : null) ?? (lone(a, b) ? options.loneScore : null)
        ?? (weekday ? options.weekdayScore : null);
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
  // a report dating one happening twice, in two sentences (restated): a happening key in common, and not each naming someone
  // the other does not ("Obama lauded Dr. Collins' experience in the July 8 announcement" restates no announcement of Dr. Benjamin's)
  const people = (it: DateItem) => it.around.get('person') ?? new Set<string>();
  const lacks = (x: DateItem, y: DateItem) => [...people(x)].some((k) => !people(y).has(k));
  const otherPeople = (x: DateItem, y: DateItem) => lacks(x, y) && lacks(y, x);
  // and days at most factMaxDays apart (a slip; "free until September 30" restates no July 16 press conference)
  // a day of a month as written, else of its resolved value ("yesterday": 2005-12-19): a year resolved for "December 22" may be the wrong one
  const monthDay = (it: DateItem) => (dayOfMonth(it) ? it : it.value?.length === 10 ? { ...it, surface: `md:${MONTH_ABBR[Number(it.value.slice(5, 7)) - 1]}-${Number(it.value.slice(8))}` } : null);
  const near = (a: DateItem, b: DateItem) => {
    const [x, y] = [monthDay(a), monthDay(b)];
    return x !== null && y !== null && daysApart(x, y) <= options.factMaxDays;
  };
  const restates = (x: number, y: number) => items[x].sentence !== items[y].sentence && sharedKeys(items[x].fact, items[y].fact).length > 0
    && !otherPeople(items[x], items[y]) && near(items[x], items[y]);
  const m = matchItems(reportOf, pairs, similarity, agree, options.tolerance, options.restated ? restates : undefined);
  const written = (i: number) => excerpt(reports[items[i].report].analysis.text, items[i].date, 40);
  emitMatching(out, 'date', dateMismatch, reports, items.map((it) => ({ report: it.report, span: it.date })), m,
    (score) => Math.min(1, score - 0.1), (here, there) => ({
      here: written(here), hereValue: items[here].value || null, there: written(there), thereValue: items[there].value || null,
    }));
}
