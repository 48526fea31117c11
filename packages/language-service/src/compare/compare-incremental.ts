import type { CompareErrorHook, CompareOptions } from '../internal-error.js';
import type { Problem, ReportAnalysis } from '../types.js';
import { compareEvent } from './compare-event.js';
import { analysisFingerprint } from './fingerprint.js';
import { CompactCounts, type ReportTerms } from './events/features.js';
import { groupEventsByTerms, groupingTerms } from './group-events.js';
import { eventPin, groupWithPins } from './pins.js';
import { compareLinks, compareProblems, compareStrings, dedupe, sameLink, sameProblem } from './order.js';
import type { Comparison, CrossEntity, EventGroup, Link, ReportInput } from './types.js';

/**
 * Incremental comparison: what one run keeps for the next.
 *
 *   const first = compareReportsIncremental(reports);            // { comparison, state }
 *   const next = compareReportsIncremental(edited, first.state); // reuses what the edit left alone
 *
 * or, holding the state for you: `const c = createComparer(); c.compare(reports); c.compare(edited);`.
 *
 * Per report the state keeps a fingerprint of its analysis (analyzerVersion, format, BOM, text
 * length and a hash of the text; the analysis is a pure function of these) and the terms grouping
 * needs; per event (its member ids and their fingerprints) the sorted entities, links and problems.
 * A run re-extracts the terms of changed reports only; groups all reports again unless the ids (in
 * the same order) and every report's terms and `event:` pin are unchanged (vectors, candidate pairs and clustering
 * are global, IDF changes with any edit: ~10% of a full comparison at 10,000 reports, and exactly
 * what a fresh run gives); then aligns only the events whose members changed: a new event, or one
 * with a report added, removed or edited. The comparison equals compareReports(reports) exactly.
 *
 * The state is plain data (maps of strings, arrays and the comparison's own objects), no clock, no
 * I/O; it holds only what the last run used, so it does not grow with edits. A reused event's
 * links and entities are the same objects as in the previous comparison: treat them as read-only;
 * so are the analyses (one changed in place, same object, is not noticed: pass a new object).
 * Cost of the state: the grouping terms (~10 KB a report) besides the comparison itself.
 *
 * Hooks (CompareHooks) let a caller persist the grouping and each event's result between
 * processes (analysis-host's comparison cache): a run then aligns only the events it finds nowhere.
 *
 * An internal error (CompareOptions.onInternalError) is never kept: an event whose identity or
 * aligner threw is neither saved nor kept in the state, nor is a grouping made while a report's
 * terms could not be read, nor that report's entry in the state; the next run computes them again
 * (and reports the error again).
 */
export interface CompareState {
  reports: Map<string, KnownReport>;
  events: Map<string, EventResult>;
  /** The grouping and the report ids it was computed for, in input order. */
  grouping: { ids: string[]; groups: EventGroup[] };
}

interface KnownReport {
  analysis: ReportAnalysis;
  fingerprint: string;
  /** Null until grouping needs them (not when the grouping came from the hooks). */
  terms: ReportTerms | null;
}

/** One event's output, sorted: links grouped by their `from` report, problems per report. */
export interface EventResult {
  entities: CrossEntity[];
  links: Map<string, Link[]>;
  problems: Map<string, Problem[]>;
}

/**
 * Where a run can find work done before (a persisted cache, analysis-host's comparison-cache.ts):
 * the grouping of exactly these reports (in this order) and the result of one event of exactly
 * these members. What they return must be what grouping or aligning gives; undefined: compute it
 * (then `save*` is called with the result).
 */
export interface CompareHooks extends CompareOptions {
  loadGrouping?(reports: readonly ReportInput[]): EventGroup[] | undefined;
  saveGrouping?(reports: readonly ReportInput[], groups: readonly EventGroup[]): void;
  /** `members` sorted by id, as the event lists them. */
  loadEvent?(members: readonly ReportInput[]): EventResult | undefined;
  saveEvent?(members: readonly ReportInput[], result: EventResult): void;
  /** The grouping (groups given) or an event's result (result given) was taken from the previous state: saved before? */
  reused?(reports: readonly ReportInput[], groups?: readonly EventGroup[], result?: EventResult): void;
  /**
   * Called between reports while their grouping terms are read and between the grouping's stages;
   * it may throw to abandon the run (a language server whose reports changed meanwhile: grouping
   * 10,000 reports takes seconds, all of it stale). What it throws reaches the caller.
   */
  checkpoint?(): void;
  /**
   * Keep only the events and problems (entities and links are dropped once saved): for callers
   * that need diagnostics alone, at a fraction of the memory. The state of such a run keeps no events.
   */
  problemsOnly?: boolean;
}

export interface IncrementalComparison {
  comparison: Comparison;
  state: CompareState;
  /** Events aligned in this run (the others were reused). */
  aligned: number;
  /** Whether the reports were grouped again (not when the same ids come in the same order with the same terms, nor when the hooks gave the grouping). */
  regrouped: boolean;
  /** Events whose result the hooks gave. */
  loaded: number;
}

export function compareReportsIncremental(reports: readonly ReportInput[], previous?: CompareState, hooks: CompareHooks = {}): IncrementalComparison {
  const byId = new Map<string, ReportInput>();
  for (const r of reports) if (!byId.has(r.id)) byId.set(r.id, r);
  const unique = [...byId.values()];
  const ids = unique.map((r) => r.id);
  let sameTerms = previous !== undefined && previous.grouping.ids.length === ids.length && ids.every((id, i) => id === previous.grouping.ids[i]);
  const state: CompareState = { reports: new Map(), events: new Map(), grouping: { ids, groups: [] } };
  const unreadTerms = new Set<string>();
  const termsError: CompareErrorHook = (e, where) => {
    for (const id of where.reports) unreadTerms.add(id);
    hooks.onInternalError?.(e, where);
  };
  const known = unique.map((r) => {
    const before = previous?.reports.get(r.id);
    const k = knownReport(r, before, termsError);
    state.reports.set(r.id, k);
    // an edit of the front matter's `event:` pin leaves the terms alone but not the grouping
    if (k.terms !== before?.terms || eventPin(k.analysis) !== eventPin(before?.analysis)) sameTerms = false;
    return k;
  });
  // grouping reads the ids and terms only: when neither changed (an edit to punctuation, spacing,
  // a quote's wording the terms ignore...) the previous grouping is exactly what grouping again gives
  let groups = sameTerms ? previous!.grouping.groups : hooks.loadGrouping?.(unique);
  if (sameTerms) hooks.reused?.(unique, groups!);
  const regrouped = groups === undefined;
  if (groups === undefined) {
    const terms = known.map((k, i) => {
      hooks.checkpoint?.();
      return (k.terms ??= compactTerms(unique[i], termsError));
    });
    groups = groupWithPins(unique, terms, (rs, ts) => groupEventsByTerms(rs, ts, { checkpoint: hooks.checkpoint }));
    if (unreadTerms.size === 0) hooks.saveGrouping?.(unique, groups);
  }
  // a problems-only run keeps no state for later: its terms go now, before the alignment's garbage
  if (hooks.problemsOnly) for (const k of known) k.terms = null;
  state.grouping.groups = groups;
  const events = groups.map((g) => ({ id: g.id, reports: [...g.reports] }));
  const entities: CrossEntity[] = [];
  const linksOf = new Map<string, Link[]>();
  const problemsOf = new Map<string, Problem[]>();
  let aligned = 0;
  let loaded = 0;
  for (const event of events) {
    const members = event.reports.map((id) => byId.get(id)).filter((r): r is ReportInput => r !== undefined);
    if (members.length < 2) continue;
    const key = JSON.stringify(members.map((r) => [r.id, state.reports.get(r.id)!.fingerprint]));
    let result = previous?.events.get(key);
    if (result) hooks.reused?.(members, undefined, result);
    else if ((result = hooks.loadEvent?.(members))) loaded++;
    let failed = false;
    if (!result) {
      result = eventResult(members, (e, where) => {
        failed = true;
        hooks.onInternalError?.(e, where);
      });
      aligned++;
      if (!failed) hooks.saveEvent?.(members, result);
    }
    if (hooks.problemsOnly) {
      for (const [id, list] of result.problems) problemsOf.set(id, list);
      continue;
    }
    if (!failed) state.events.set(key, result);
    entities.push(...result.entities);
    for (const [id, list] of result.links) linksOf.set(id, list);
    for (const [id, list] of result.problems) problemsOf.set(id, list);
  }
  for (const id of unreadTerms) state.reports.delete(id);
  // a report is in one event only, so the global order is the events' orders taken report by report
  const links: Link[] = [];
  for (const id of [...linksOf.keys()].sort(compareStrings)) for (const l of linksOf.get(id)!) links.push(l);
  const problems: Record<string, Problem[]> = {};
  for (const id of [...problemsOf.keys()].sort(compareStrings)) problems[id] = [...problemsOf.get(id)!];
  return { comparison: { events, entities, links, problems }, state, aligned, regrouped, loaded };
}

/** A comparer that keeps the state of its last run (at first `initial`, a run's state): `compare` gives what compareReports gives. */
export function createComparer(hooks?: CompareHooks, initial?: CompareState): {
  compare(reports: readonly ReportInput[]): Comparison; reset(): void; readonly lastAligned: number; readonly state: CompareState | undefined;
} {
  let state: CompareState | undefined = initial;
  let lastAligned = 0;
  return {
    compare(reports) {
      const run = compareReportsIncremental(reports, state, hooks);
      state = run.state;
      lastAligned = run.aligned;
      return run.comparison;
    },
    reset() {
      state = undefined;
    },
    get lastAligned() {
      return lastAligned;
    },
    get state() {
      return state;
    },
  };
}

/** A report's state; its terms are computed now only for an edited report (to see whether they changed), else when grouping needs them. */
function knownReport(r: ReportInput, before: KnownReport | undefined, onError: CompareErrorHook): KnownReport {
  if (before && before.analysis === r.analysis) return before;
  const fingerprint = analysisFingerprint(r.analysis);
  if (before && before.fingerprint === fingerprint) return { analysis: r.analysis, fingerprint, terms: before.terms };
  if (!before) return { analysis: r.analysis, fingerprint, terms: null };
  const terms = compactTerms(r, onError);
  return { analysis: r.analysis, fingerprint, terms: equalTerms(before.terms, terms) ? before.terms : terms };
}

function compactTerms(r: ReportInput, onError: CompareErrorHook): ReportTerms {
  const fresh = groupingTerms(r, onError);
  return { ...fresh, counts: new CompactCounts(fresh.counts) };
}

function equalTerms(a: ReportTerms | null, b: ReportTerms): boolean {
  if (a === null) return false;
  if (a.day !== b.day || a.years.join() !== b.years.join() || a.counts.size !== b.counts.size) return false;
  // a figure that moves into the lead or out of it keeps the counts
  if ((a.leadFigures ?? []).join() !== (b.leadFigures ?? []).join()) return false;
  // nor do the months the dates name or the lead's actors
  if ((a.months ?? []).join() !== (b.months ?? []).join() || (a.leadActors ?? []).join() !== (b.leadActors ?? []).join()) return false;
  const [ka, kb, va, vb] = [a.counts.keys(), b.counts.keys(), a.counts.values(), b.counts.values()];
  for (let x = ka.next(), y = kb.next(); !x.done && !y.done; x = ka.next(), y = kb.next()) {
    if (x.value !== y.value || va.next().value !== vb.next().value) return false;
  }
  return true;
}

function eventResult(members: readonly ReportInput[], onInternalError: CompareErrorHook): EventResult {
  const one = compareEvent(members, { onInternalError });
  const links = new Map<string, Link[]>();
  const sorted = dedupe(one.links.sort(compareLinks), sameLink);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].from.report === sorted[i].from.report) j++;
    links.set(sorted[i].from.report, sorted.slice(i, j));
    i = j;
  }
  const problems = new Map<string, Problem[]>();
  for (const id of Object.keys(one.problems)) problems.set(id, dedupe(one.problems[id].sort(compareProblems), sameProblem));
  return { entities: one.entities, links, problems };
}
