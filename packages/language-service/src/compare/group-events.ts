import { candidatePairs } from './events/candidates.js';
import { averageLink, type Edge } from './events/cluster.js';
import { refineGroups } from './events/refine.js';
import { reportTerms, type ReportTerms } from './events/features.js';
import { mendNameSlips } from './events/name-slips.js';
import { leadFiguresApart } from './events/lead-figures.js';
import { sameProtagonist } from './events/protagonist.js';
import { leadActorsApart } from './events/lead-actors.js';
import { farApartFactor } from './events/far-apart.js';
import { cosine, vectorize } from './events/vectors.js';
import type { CompareErrorHook } from '../internal-error.js';
import { compareStrings } from './order.js';
import type { EventGroup, ReportInput } from './types.js';

/** Candidate pairs whose similarity is computed between two checkpoints. */
const STEP_PAIRS = 2048;

export interface GroupEventsOptions {
  /** Hears of a report whose grouping terms could not be read (part 'grouping-terms'; the report is grouped as if it had none). */
  onInternalError?: CompareErrorHook;
  /** Mean similarity two groups need to be one event. Default 0.09. */
  threshold?: number;
  /** Similarity factor when two reports are about different years. Default 0.5. */
  yearPenalty?: number;
  /** Similarity assumed for a pair of reports that are not candidates; null: mean over the known pairs. Default 0. */
  missing?: number | null;
  /** First pass: two groups (of 2+ reports each) merge only if their mean cross similarity is at least this share of the looser group's inner mean. Default 0 (off). */
  cohesion?: number;
  /** Threshold of the second pass inside each group (null: no second pass). Default 0.07. */
  refine?: number | null;
  /** Mean similarity (second pass) a fragment of one or two reports needs to join a larger part. Default 0.03. */
  attach?: number;
  /** Parts of a group merge back when their cross mean is this share of the looser inner mean. Default 0.5. */
  ratio?: number;
  /** Publication dates further apart than this many days damp the similarity. Default 7. */
  maxDaysApart?: number;
  /** Similarity factor for reports published further apart than maxDaysApart. Default 0.5. */
  dayPenalty?: number;
  /** Index keys per report. Default 30. */
  keysPerReport?: number;
  /** Candidates per report. Default 40. */
  candidatesPerReport?: number;
  /** Called between the stages (vectors, candidates, similarities, clustering, second pass) and every few dozen reports or thousand pairs inside them; may throw to abandon the grouping. */
  checkpoint?: () => void;
}

/**
 * Groups reports that tell the same event (shared rare entities, dates, lexical similarity),
 * with candidate pairs from an index, never all pairs. Event ids are stable: derived from the
 * reports in the group.
 *
 * Similarity: cosine of TF-IDF vectors over content words (capitalised ones weigh more), the lead's
 * words again as lead terms, adjacent word pairs, numbers read whole, entity names and years (a
 * person's name one report alone misspells is read as the other reports spell it:
 * events/name-slips.ts); damped when the reports were published more than a week apart or are about
 * different years, more when months apart and neither looks back to the other (events/far-apart.ts). Groups: average link over the candidate graph, then a second pass inside each
 * group with weights computed inside it (two events on one topic come apart, unless the parts are
 * told around one leading person: events/protagonist.ts; two parts whose leads give different
 * figures are not joined there unless they resemble each other closely: events/lead-figures.ts; a
 * group whose leads fall in two camps by who acts is refined as two parts: events/lead-actors.ts). Only the texts and analyses are compared,
 * never the ids. Tuned on ECB+ and MEANTIME (scripts/eval-grouping.ts, docs/grouping-eval.md).
 */
export function groupEvents(reports: readonly ReportInput[], options: GroupEventsOptions = {}): EventGroup[] {
  return groupEventsByTerms(reports, reports.map((r) => groupingTerms(r, options.onInternalError)), options);
}

/** groupEvents with each report's terms given (terms[i] = groupingTerms(reports[i]), e.g. kept from a previous run). */
export function groupEventsByTerms(reports: readonly ReportInput[], terms: readonly ReportTerms[], options: GroupEventsOptions = {}): EventGroup[] {
  const threshold = options.threshold ?? 0.09;
  const n = reports.length;
  if (n === 0) return [];
  const step = options.checkpoint ?? (() => undefined);
  // a misspelt name keeps its weight: its words read as the other reports' spelling
  const mended = mendNameSlips(terms);
  step();
  const v = vectorize(mended, step);
  step();
  const pairs = candidatePairs(v, {
    keysPerReport: options.keysPerReport ?? 30,
    candidatesPerReport: options.candidatesPerReport ?? 40,
    maxPostings: Math.max(200, Math.ceil(5 * Math.sqrt(n))),
  }, step);
  step();
  const edges: Edge[] = [];
  for (let p = 0; p < pairs.length; p++) {
    if (p % STEP_PAIRS === 0) step();
    const [i, j] = pairs[p];
    let sim = cosine(v.vectors[i], v.vectors[j]);
    sim *= datePenalty(terms[i], terms[j], options);
    if (sim > 0.01) edges.push({ i, j, sim });
  }
  step();
  const root = averageLink(n, edges, threshold, options.missing === undefined ? 0 : options.missing, options.cohesion ?? 0, step);
  step();
  if (options.refine === null) return toGroups(reports, root);
  const coarse = new Map<number, number[]>();
  root.forEach((r, i) => {
    let list = coarse.get(r);
    if (!list) coarse.set(r, (list = []));
    list.push(i);
  });
  // two parts around one person stay one story (mended names: a slip does not part them)
  const together = sameProtagonist(mended, options.maxDaysApart ?? 7);
  // two parts that lead with different figures are two happenings of one kind (events/lead-figures.ts);
  // a group whose leads fall in two camps by who acts is two happenings (events/lead-actors.ts)
  const fine = refineGroups(v, [...coarse.values()], options.refine ?? 0.07, options.attach ?? 0.03, options.ratio ?? 0.5, step, together, leadFiguresApart(terms), leadActorsApart(terms));
  const label = new Array<number>(n);
  fine.forEach((g, k) => g.forEach((i) => (label[i] = k)));
  return toGroups(reports, label);
}

/**
 * The terms grouping compares; a pure function of the analysis. Empty when the analysis cannot be
 * read (then `onError` hears of it, as part 'grouping-terms' of this report).
 */
export function groupingTerms(r: ReportInput, onError?: CompareErrorHook): ReportTerms {
  try {
    return reportTerms(r.analysis);
  } catch (e) {
    onError?.(e, { part: 'grouping-terms', reports: [r.id] });
    return { counts: new Map(), years: [], day: null };
  }
}

/** Reports published days apart, or about different years, are less likely one event; months apart, unless one looks back, much less. */
function datePenalty(a: ReportTerms, b: ReportTerms, options: GroupEventsOptions): number {
  // months apart and neither looking back to the other: rarely one event (events/far-apart.ts)
  const far = farApartFactor(a, b);
  if (far < 1) return far;
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > (options.maxDaysApart ?? 7)) return options.dayPenalty ?? 0.5;
  return differentYears(a, b) ? (options.yearPenalty ?? 0.5) : 1;
}

function differentYears(a: ReportTerms, b: ReportTerms): boolean {
  return a.years.length > 0 && b.years.length > 0 && a.years[0] !== b.years[0] && !a.years.includes(b.years[0]) && !b.years.includes(a.years[0]);
}

/** Event id: `event:` + the smallest report id in it; events ordered by id, reports inside too. */
function toGroups(reports: readonly ReportInput[], root: number[]): EventGroup[] {
  const members = new Map<number, string[]>();
  root.forEach((r, i) => {
    let list = members.get(r);
    if (!list) members.set(r, (list = []));
    list.push(reports[i].id);
  });
  const groups = [...members.values()].map((ids) => {
    const sorted = [...new Set(ids)].sort(compareStrings);
    return { id: `event:${sorted[0]}`, reports: sorted };
  });
  return groups.sort((a, b) => compareStrings(a.id, b.id));
}
