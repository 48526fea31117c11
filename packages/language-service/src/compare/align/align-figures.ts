import type { Figure } from '../../types.js';
import type { ReportInput } from '../types.js';
import type { EntityTokens } from './align-claims.js';
import { candidatePairs, matchItems } from './candidates.js';
import { clauseAround, differentSubjects, namedMentions, samePerson, subjectsOf, type Subjects } from './clause-subjects.js';
import { figureMismatch } from '../../rules/figure-mismatch.js';
import { disagreementRanges, figuresAgree } from '../../figures/figure-intervals.js';
import { excerpt } from '../../text/excerpt.js';
import { emitMatching, type AlignOutput } from './output.js';
import { differentFacts, figureFact, HAPPENING_KINDS, happeningKind, sameHappening, thingKind, type FigureFact } from './figure-facts.js';
import { isStopWord, overlap, referentStems, sentenceSpan, stem, windowStems } from './words.js';
import { describesThing, isMoneyCount } from '../../figures/figure-counts.js';
import { converted, coordinated, genericCount, notCounted, STATISTICS, STATISTICS_STEMS, TERMS, TIME_STEMS } from './figure-units.js';
import { FIGURE_ALIGN_OPTIONS, type FigureAlignOptions } from './figure-options.js';
import { NAMED_PARTIES, namesMeet, spanRelation, spanFact, spanUnit, type SpanFact } from './span-facts.js';
import { sharedNames } from './date-facts.js';

export { FIGURE_ALIGN_OPTIONS, type FigureAlignOptions } from './figure-options.js';

interface FigureItem {
  report: number;
  figure: Figure;
  /** Stems of what is counted. */
  counts: Set<string>;
  /**
   * What is counted without the happening its counted phrase tells ("three bank workers died": bank workers), which the
   * fact compares (figure-facts.ts): "bank workers died" and "bank workers were killed in the blaze" count one thing.
   */
  thing: Set<string>;
  /** `thing` without a name or nationality before its noun ("23 Somali pirates": pirates), which a second outlet leaves out. */
  core: Set<string>;
  /** Content-word stems around the figure in its sentence, minus the figure and what it counts. */
  context: Set<string>;
  /** No counted thing from the extractor: compared on the next word, with a stricter context. */
  uncounted: boolean;
  place: number;
  /** Who the figure's clause is about. */
  subjects: Subjects;
  /** An amount converted in parentheses after the amount itself. */
  converted: boolean;
  /** A count of two things joined by "and" ("420 passengers and crew"). */
  coordinated: boolean;
  /** The happening, rate, part or whole it states. */
  fact: FigureFact;
  /** A span of time whose kind is known: what kind and what it measures (span-facts.ts); null for any other figure. */
  span: SpanFact | null;
}

function countsStems(f: Figure): Set<string> {
  const out = new Set<string>();
  // a happening in the counted phrase counts as its kind, so that paraphrases meet ("people killed" / "people dead")
  for (const w of (f.counts ?? '').toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (w && !isStopWord(w)) out.add(happeningKind(w) ?? thingKind(w) ?? stem(w));
  return out;
}

/** `counts` without its happening kinds ("people dead": people), or all of it when nothing else is counted ("three dead"). */
function thingOf(counts: ReadonlySet<string>): Set<string> {
  const out = new Set([...counts].filter((c) => !HAPPENING_KINDS.has(c)));
  return out.size > 0 ? out : new Set(counts);
}

/** `thing` less the stems of capitalised words before the counted phrase's last word ("Somali pirates", "Red Cross workers"). */
function coreOf(text: string, f: Figure, thing: ReadonlySet<string>): Set<string> {
  if (!f.countsSpan) return new Set(thing);
  const words = text.slice(f.countsSpan.start, f.countsSpan.end).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const named = new Set(words.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => stem(w.toLowerCase())));
  const core = new Set([...thing].filter((t) => !named.has(t)));
  return core.size > 0 ? core : new Set(thing);
}

/** The word right after a figure as written ("18 hours": "hours"), unless a stop word: what an uncounted figure is compared on. */
function unitAfter(text: string, end: number): string {
  const m = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 40));
  return m && !isStopWord(m[1].toLowerCase()) ? m[1] : '';
}

/** `unitAfter` as a stem. */
const nextWord = (text: string, end: number): string => stem(unitAfter(text, end).toLowerCase());

/** Where in its sentence a passage sits, 0 to 1: ties between equally similar items go to the same place. */
function place(sentence: { start: number; end: number }, at: number): number {
  return (at - sentence.start) / Math.max(1, sentence.end - sentence.start);
}

const keyOf = (it: FigureItem) => `${it.report}\u0000${[...it.counts].sort().join(' ')}`;

/** The different values each report gives each counted thing, by report and counted thing. */
function valuesByCount(items: readonly FigureItem[]): Map<string, number[]> {
  const values = new Map<string, Set<number>>();
  for (const it of items) {
    const k = keyOf(it);
    let set = values.get(k);
    if (!set) values.set(k, (set = new Set()));
    set.add(it.figure.value);
  }
  return new Map([...values].map(([k, set]) => [k, [...set]]));
}

/** A figure counting a unit of sports statistics ("14 points", "19 seasons"), or, uncounted, followed by one ("14 points"). */
function statisticUnit(it: FigureItem): boolean {
  if (it.uncounted) return STATISTICS_STEMS.has([...it.counts][0].slice(1));
  return it.figure.counts.toLowerCase().split(' ').some((w) => STATISTICS.has(w));
}

/**
 * A counted thing named by a modifier and its noun ("outboard motors", "turncoat mobsters", "bank workers killed"),
 * not a noun and what happened to it ("villages destroyed", "people killed").
 */
function modified(counts: string): boolean {
  const words = counts.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((w) => w && !isStopWord(w));
  return words.length >= 2 && words.slice(0, 2).every((w) => happeningKind(w) === null && !/(?:ed|ing)$/.test(w));
}

/** Whose an amount of money is: a person or an organisation its sentence names ("the Boston Red Sox have made Teixeira an offer"). */
const PARTIES = ['person', 'organization'] as const;
/** The sentence of `a` names a party of some kind and the sentence of `b` names none of that kind. */
const unnamedParty = (a: Subjects, b: Subjects) => PARTIES.some((k) => (a.has(k) || a.has(`~${k}`)) && !b.has(k) && !b.has(`~${k}`));
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/**
 * Links figures of the same counted thing across reports; flags `figure-mismatch` where they
 * disagree. What is counted must match (the extractor's `counts`, else the next word, with a
 * stricter context), and so must the words of the sentence around it; figures whose clauses
 * are about different people, organisations or places are not compared (`entities`: the
 * event-wide ids of the reports' entity mentions).
 */
export function alignFigures(
  reports: readonly ReportInput[], out: AlignOutput, entities?: EntityTokens, options: FigureAlignOptions = FIGURE_ALIGN_OPTIONS,
): void {
  const items: FigureItem[] = [];
  reports.forEach((r, ri) => {
    const { text, sentences } = r.analysis;
    const named = r.analysis.figures.length > 0 ? namedMentions(r.id, ri, r.analysis, entities) : [];
    for (const f of r.analysis.figures) {
      if (!Number.isFinite(f.value) || notCounted(text, f)) continue;
      const sentence = sentenceSpan(sentences, f);
      const clause = clauseAround(text, sentence, f);
      // a span of time of a known kind is compared by its kind and unit ("10-year contract" and "for 10 years" alike)
      const unit = options.spanKeys ? spanUnit(text, f) : null;
      const span = unit ? spanFact(r.analysis, sentence, clause, f, unit) : null;
      let counts = span ? new Set<string>() : countsStems(f);
      const uncounted = counts.size === 0;
      if (uncounted) counts = new Set([`#${span ? stem(span.unit) : nextWord(text, f.end)}`]);
      const exclude = f.countsSpan ? [f, f.countsSpan] : [f];
      const context = windowStems(r.analysis, sentence, f, exclude, options.window, options.pronounReferents ? referentStems(r.analysis) : undefined);
      for (const c of counts) context.delete(c);
      // an uncounted figure is compared on its unit ("18 hours": "hour"), which is no context word of its own
      if (uncounted) context.delete([...counts][0].slice(1));
      const subjects = subjectsOf(named, sentence, clause, f, options.apposition ? text : undefined);
      const fact = figureFact(r.analysis, sentence, clause, f);
      const thing = describesThing(f) ? counts : thingOf(counts);
      items.push({ report: ri, figure: f, counts, thing, core: coreOf(text, f, thing), context, uncounted, place: place(sentence, f.start), subjects, converted: converted(text, f), coordinated: coordinated(text, f), fact, span });
    }
  });
  const values = valuesByCount(items);
  // each item's report's values of its counted thing, looked up once (not per candidate pair)
  const valuesOf = items.map((it) => values.get(keyOf(it))!);
  const busy = valuesOf.map((vs) => vs.length >= options.busyValues);
  const statistic = items.map(statisticUnit);
  const general = items.map((it) => it.uncounted || genericCount(it.figure));
  const specific = items.map((it) => !it.uncounted && modified(it.figure.counts));
  // counted bare or in units of time (uncounted: "sentenced to 12 years"), not money or percentages; a time only as a term
  const timed = items.map((it) => it.uncounted && TIME_STEMS.has([...it.counts][0].slice(1)));
  const money = items.map((it) => !it.uncounted && isMoneyCount(it.figure.counts));
  const measured = items.map((it, k) => timed[k] || (!it.uncounted && it.figure.counts.toLowerCase().split(' ')[0] !== 'percent' && !isMoneyCount(it.figure.counts)));
  const near = (x: number, y: number, ratio = options.loneMaxRatio) => Math.max(x, y) <= ratio * Math.min(x, y);
  // i's report gives its counted thing no other value near j's value, and j's report none near i's
  const byKey = new Map<string, number[]>();
  items.forEach((it, k) => {
    const list = byKey.get(keyOf(it));
    if (list) list.push(k); else byKey.set(keyOf(it), [k]);
  });
  const aloneIn = (i: number, j: number) => byKey.get(keyOf(items[i]))!.every((k) => items[k].figure.value === items[i].figure.value
    || !near(items[k].figure.value, items[j].figure.value) || !sameHappening(items[k].fact, items[i].fact));
  // a span of time: i's report gives no other span of that kind and measure near j's value
  const spanned = items.flatMap((it, k) => (it.span ? [k] : []));
  const aloneSpan = (i: number, j: number) => spanned.every((k) => items[k].report !== items[i].report || items[k].figure.value === items[i].figure.value
    || spanRelation(items[k].span!, items[i].span!) === 'apart' || !near(items[k].figure.value, items[j].figure.value));
  const alone = (i: number, j: number) => valuesOf[i].every((v) => v === items[i].figure.value || !near(v, items[j].figure.value));
  // a measure or bare people ("12 years", "three people") only where both clauses tell one kind of happening ("sentenced", "shot")
  // the context words two lone figures need in common (Infinity: not lone)
  const loneNeeds = (i: number, j: number): number => {
    if (!options.loneCounts || !sameSet(items[i].core, items[j].core) || !near(items[i].figure.value, items[j].figure.value)) return Infinity;
    if (!general[i] && !general[j]) {
      const told = near(items[i].figure.value, items[j].figure.value, options.lonePairMaxRatio) || sameHappening(items[i].fact, items[j].fact);
      // a thing named with a modifier ("three outboard motors", "six turncoat mobsters") is one fact by itself
      const words = specific[i] && specific[j] ? options.loneSpecificMinSharedWords : options.loneMinSharedWords;
      return told && alone(i, j) && alone(j, i) ? words : Infinity;
    }
    // a measure or bare people ("12 years", "three people") where both clauses tell one kind of happening ("sentenced", "shot"):
    // rivals are the report's other values of that thing in a clause of that kind
    if (options.loneHappenings && measured[i] && measured[j] && sameHappening(items[i].fact, items[j].fact, timed[i] ? TERMS : undefined)
      && aloneIn(i, j) && aloneIn(j, i)) return options.happeningMinSharedWords;
    return timed[i] && timed[j] && alone(i, j) && alone(j, i) ? options.timeMinSharedWords : Infinity;
  };
  const pairs = candidatePairs(items.map((it) => it.counts), items.map((it) => it.report), 1, options.maxPostings);
  const similarity = (i: number, j: number): number | null => {
    const a = items[i];
    const b = items[j];
    if (a.uncounted !== b.uncounted || a.converted !== b.converted || a.coordinated !== b.coordinated || differentSubjects(a.subjects, b.subjects)) return null;
    if (options.moneyParties && money[i] && money[j] && (unnamedParty(a.subjects, b.subjects) || unnamedParty(b.subjects, a.subjects))) return null;
    if (options.factKeys && differentFacts(a.fact, b.fact)) return null;
    if (Math.max(a.figure.value, b.figure.value) > options.maxRatio * Math.min(a.figure.value, b.figure.value)) return null;
    const counted = overlap(a.thing, b.thing);
    if (counted.coefficient < 1) return null;
    const ctx = overlap(a.context, b.context);
    // two spans of time of known kinds: one fact when their kind, unit and measure agree (and, of named parties, a name in common)
    // (two spans of one fact whose values are far apart, with a rival, or of parties not named alike, are left to the words around them)
    const spans = a.span && b.span ? spanRelation(a.span, b.span) : 'unknown';
    if (spans === 'apart') return null;
    const named = spans === 'same' && (!NAMED_PARTIES.has(a.span!.kind) || sharedNames(a.subjects, b.subjects) > 0 || namesMeet(a.span!, b.span!));
    if (named && near(a.figure.value, b.figure.value) && aloneSpan(i, j) && aloneSpan(j, i)) return ctx.coefficient + options.placeWeight * (1 - Math.abs(a.place - b.place));
    // counted: three words in common around it (two if they are most of its words); uncounted: stricter
    const close = ctx.shared >= loneNeeds(i, j) || (a.uncounted
      ? ctx.shared >= options.uncountedMinSharedWords && ctx.coefficient >= options.uncountedMinCoefficient
      : ctx.shared >= options.minSharedWords
        && ctx.coefficient >= (ctx.shared > options.minSharedWords ? options.minCoefficient : options.minCoefficientAtMinShared));
    // a thing both reports count many times over (a player's yards, points, passes) is told apart by nearly all its words
    // so is a unit of sports statistics, every player's and every game's, unless both clauses name the same player
    const crowded = (busy[i] && busy[j]) || (statistic[i] && statistic[j] && !samePerson(a.subjects, b.subjects));
    if (!close || (crowded && ctx.coefficient < options.busyMinCoefficient)) return null;
    return ctx.coefficient + options.placeWeight * (1 - Math.abs(a.place - b.place));
  };
  const agree = (i: number, j: number) => figuresAgree(items[i].figure, items[j].figure);
  const m = matchItems(items.map((it) => it.report), pairs, similarity, agree, options.tolerance);
  const written = (i: number) => excerpt(reports[items[i].report].analysis.text, items[i].figure, 60);
  emitMatching(out, 'figure', figureMismatch, reports, items.map((it) => ({ report: it.report, span: it.figure })), m,
    (score) => Math.min(1, score), (here, there) => ({
    here: written(here), there: written(there), counts: items[here].figure.counts || unitAfter(reports[items[here].report].analysis.text, items[here].figure.end) || null,
    ranges: disagreementRanges(items[here].figure, items[there].figure),
  }));
}
