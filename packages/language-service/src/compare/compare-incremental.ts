import type { Problem, ReportAnalysis } from '../types.js';
import { compareEvent } from './compare-event.js';
import { CompactCounts, type ReportTerms } from './events/features.js';
import { groupEventsByTerms, groupingTerms } from './group-events.js';
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
 * the same order) and every report's terms are unchanged (vectors, candidate pairs and clustering
 * are global, IDF changes with any edit: ~10% of a full comparison at 10,000 reports, and exactly
 * what a fresh run gives); then aligns only the events whose members changed: a new event, or one
 * with a report added, removed or edited. The comparison equals compareReports(reports) exactly.
 *
 * The state is plain data (maps of strings, arrays and the comparison's own objects), no clock, no
 * I/O; it holds only what the last run used, so it does not grow with edits. A reused event's
 * links and entities are the same objects as in the previous comparison: treat them as read-only;
 * so are the analyses (one changed in place, same object, is not noticed: pass a new object).
 * Cost of the state: the grouping terms (~10 KB a report) besides the comparison itself.
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
  terms: ReportTerms;
}

/** One event's output, sorted: links grouped by their `from` report, problems per report. */
interface EventResult {
  entities: CrossEntity[];
  links: Map<string, Link[]>;
  problems: Map<string, Problem[]>;
}

export interface IncrementalComparison {
  comparison: Comparison;
  state: CompareState;
  /** Events aligned in this run (the others were reused). */
  aligned: number;
  /** Whether the reports were grouped again (not when the same ids come in the same order with the same terms). */
  regrouped: boolean;
}

export function compareReportsIncremental(reports: readonly ReportInput[], previous?: CompareState): IncrementalComparison {
  const byId = new Map<string, ReportInput>();
  for (const r of reports) if (!byId.has(r.id)) byId.set(r.id, r);
  const unique = [...byId.values()];
  const ids = unique.map((r) => r.id);
  let sameTerms = previous !== undefined && previous.grouping.ids.length === ids.length && ids.every((id, i) => id === previous.grouping.ids[i]);
  const state: CompareState = { reports: new Map(), events: new Map(), grouping: { ids, groups: [] } };
  const terms = unique.map((r) => {
    const before = previous?.reports.get(r.id);
    const known = knownReport(r, before);
    state.reports.set(r.id, known);
    if (known.terms !== before?.terms) sameTerms = false;
    return known.terms;
  });
  // grouping reads the ids and terms only: when neither changed (an edit to punctuation, spacing,
  // a quote's wording the terms ignore...) the previous grouping is exactly what grouping again gives
  state.grouping.groups = sameTerms ? previous!.grouping.groups : groupEventsByTerms(unique, terms);
  const events = state.grouping.groups.map((g) => ({ id: g.id, reports: [...g.reports] }));
  const entities: CrossEntity[] = [];
  const linksOf = new Map<string, Link[]>();
  const problemsOf = new Map<string, Problem[]>();
  let aligned = 0;
  for (const event of events) {
    const members = event.reports.map((id) => byId.get(id)).filter((r): r is ReportInput => r !== undefined);
    if (members.length < 2) continue;
    const key = JSON.stringify(members.map((r) => [r.id, state.reports.get(r.id)!.fingerprint]));
    let result = previous?.events.get(key);
    if (!result) {
      result = eventResult(members);
      aligned++;
    }
    state.events.set(key, result);
    entities.push(...result.entities);
    for (const [id, list] of result.links) linksOf.set(id, list);
    for (const [id, list] of result.problems) problemsOf.set(id, list);
  }
  // a report is in one event only, so the global order is the events' orders taken report by report
  const links: Link[] = [];
  for (const id of [...linksOf.keys()].sort(compareStrings)) for (const l of linksOf.get(id)!) links.push(l);
  const problems: Record<string, Problem[]> = {};
  for (const id of [...problemsOf.keys()].sort(compareStrings)) problems[id] = [...problemsOf.get(id)!];
  return { comparison: { events, entities, links, problems }, state, aligned, regrouped: !sameTerms };
}

/** A comparer that keeps the state of its last run: `compare` gives what compareReports gives. */
export function createComparer(): { compare(reports: readonly ReportInput[]): Comparison; reset(): void; readonly lastAligned: number } {
  let state: CompareState | undefined;
  let lastAligned = 0;
  return {
    compare(reports) {
      const run = compareReportsIncremental(reports, state);
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
  };
}

function knownReport(r: ReportInput, before: KnownReport | undefined): KnownReport {
  if (before && before.analysis === r.analysis) return before;
  const fingerprint = analysisFingerprint(r.analysis);
  if (before && before.fingerprint === fingerprint) return { analysis: r.analysis, fingerprint, terms: before.terms };
  const fresh = groupingTerms(r);
  const terms = { ...fresh, counts: new CompactCounts(fresh.counts) };
  return { analysis: r.analysis, fingerprint, terms: before && equalTerms(before.terms, terms) ? before.terms : terms };
}

function equalTerms(a: ReportTerms, b: ReportTerms): boolean {
  if (a.day !== b.day || a.years.join() !== b.years.join() || a.counts.size !== b.counts.size) return false;
  const [ka, kb, va, vb] = [a.counts.keys(), b.counts.keys(), a.counts.values(), b.counts.values()];
  for (let x = ka.next(), y = kb.next(); !x.done && !y.done; x = ka.next(), y = kb.next()) {
    if (x.value !== y.value || va.next().value !== vb.next().value) return false;
  }
  return true;
}

/** What an analysis is a function of: the analyser's version, the format and the text (FNV-1a, 2 x 32 bits). */
export function analysisFingerprint(a: ReportAnalysis): string {
  const text = typeof a?.text === 'string' ? a.text : '';
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return `${a?.analyzerVersion}|${a?.format}|${a?.hadBom ? 1 : 0}|${text.length}|${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

function eventResult(members: readonly ReportInput[]): EventResult {
  const one = compareEvent(members);
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
