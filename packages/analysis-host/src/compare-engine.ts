/**
 * The comparison of a language server's workspace, run where it does not block requests (the
 * comparison worker, compare-worker.ts; in-process only when no worker can run). It holds each
 * report's analysis as compared-analyses.ts says (the head alone of one in the disk cache, the rest
 * read back when needed; whole otherwise), the incremental state of the last finished run (grouping
 * terms and grouping) and the keys of the events whose results the main thread holds: those are
 * never sent or kept twice. Each event is reported as soon as it is done; a run stops at the next
 * event once a newer run is wanted (`latest()` moved on), and is dropped when a report's cache entry
 * could not be read back (the main thread then sends that analysis whole).
 */
import {
  analysisFingerprint, compareStrings, groupingTerms, keptGrouping, provisionalEvents,
  type Comparison, type CompareState, type EventGroup, type EventResult, type ReportAnalysis, type ReportInput, type ReportTerms,
} from '@newslens/language-service';
import { ComparedAnalyses, MissingAnalysis } from './compared-analyses.js';
import { compareWithCache, type ComparisonStore } from './comparison-cache.js';
import { encodeEvent } from './event-codec.js';
import type { CompareReply, CompareRequest } from './compare-protocol.js';
import { toWorkerError } from './protocol.js';

export interface CompareEngineOptions {
  /** Where the comparison cache lives (null: none). */
  store: ComparisonStore | null;
  /** The newest run the main thread wants (a run whose number differs stops). */
  latest(): number;
  /** Called between two units of work: events, and the grouping's checkpoints (the worker collects garbage there). */
  afterStep?(): void;
  /** Called before each event of two or more reports (tests slow the comparison down with it). */
  beforeEvent?(): void;
}

const CANCELLED = Symbol('cancelled');

/** What a run told before grouping (CompareEngine.provisional): events told, of them aligned and read from the cache, and the keys of those two. */
interface Provisional { told: number; aligned: number; fromCache: number; keys: Set<string> }
/** What the worker hands the comparison for an event the main thread holds (the run's own output of it is not used). */
const PLACEHOLDER: EventResult = { entities: [], links: new Map(), problems: new Map() };

export class CompareEngine {
  private readonly analyses: ComparedAnalyses;
  private state: CompareState | undefined;
  /**
   * The state of the last run that grouped every report (or read such a grouping back): edits are
   * decided against its grouping (keptGrouping) until a run groups as a whole again. `kept`: the
   * last finished run kept that grouping instead.
   */
  private whole: CompareState | undefined;
  private kept = false;
  /** Edited reports' grouping terms at `whole`'s grouping (null: could not be read), by id. */
  private termsThen = new Map<string, ReportTerms | null>();
  /** Keys of the events whose results the main thread holds. */
  private held = new Set<string>();
  private readonly prints = new WeakMap<ReportAnalysis, string>();

  constructor(private readonly post: (reply: CompareReply) => void, private readonly options: CompareEngineOptions) {
    this.analyses = new ComparedAnalyses(options.store);
  }

  handle(req: CompareRequest): void {
    if (req.kind === 'put') {
      for (const r of req.reports) {
        if ('json' in r) this.analyses.putWhole(r.id, r.json);
        else this.analyses.putCached(r.id, r.key, r.head);
      }
    } else if (req.kind === 'drop') {
      for (const id of req.ids) this.analyses.drop(id);
    } else {
      this.compare(req.run, req.whole === true);
    }
  }

  /** How the analyses are held (tests). */
  analysesHeld(): ReturnType<ComparedAnalyses['counts']> {
    return this.analyses.counts();
  }

  /**
   * A run that could not read some reports' cache entries back is dropped: what it computed with
   * them is not kept (an internal error there was not cached either), and the main thread is asked
   * for those analyses whole. True when that happened.
   */
  private dropped(run: number): boolean {
    const ids = this.analyses.takeMissing();
    if (ids.length === 0) return false;
    this.post({ kind: 'missing', run, ids });
    this.post({ kind: 'cancelled', run });
    return true;
  }

  private keyOf(members: readonly ReportInput[]): string {
    return JSON.stringify(members.map((r) => {
      let print = this.prints.get(r.analysis);
      if (print === undefined) this.prints.set(r.analysis, (print = analysisFingerprint(r.analysis)));
      return [r.id, print];
    }));
  }

  private compare(run: number, whole: boolean): void {
    try {
      this.run(run, whole);
    } finally {
      this.analyses.release();
    }
  }

  /** `whole`: group every report (the server asks once edits pause); else an edit may keep the last whole grouping. */
  private run(run: number, whole: boolean): void {
    const { latest, beforeEvent } = this.options;
    if (latest() !== run) return this.post({ kind: 'cancelled', run });
    const reports = [...this.analyses.entries()].map(([id, analysis]) => ({ id, analysis })).sort((a, b) => compareStrings(a.id, b.id));
    let early: Provisional = { told: 0, aligned: 0, fromCache: 0, keys: new Set() };
    try {
      early = this.provisional(run, reports);
    } catch (e) {
      if (this.dropped(run)) return;
      if (e === CANCELLED) return this.post({ kind: 'cancelled', run });
      throw e;
    }
    if (this.dropped(run)) return;
    // an edit that leaves every report in its event regroups nothing: the last whole grouping stays
    const kept = !whole && this.whole ? keptGrouping(reports, this.whole, (id) => this.termsAtWhole(id)) : null;
    if (this.dropped(run)) return;
    const keys = new Map<string, string>();
    /** Events computed with an internal error: sent from the run's output at its end, never held. */
    const unsent: Array<{ members: readonly ReportInput[]; key: string }> = [];
    let current: { members: readonly ReportInput[]; key: string; sent: boolean } | null = null;
    const finish = () => {
      if (current && !current.sent) unsent.push(current);
      current = null;
    };
    /** Events the held hook answered, and those of them the main thread held before this run. */
    let heldHits = 0;
    let held = 0;
    try {
      const result = compareWithCache(reports, this.options.store, {
        // grouped as a whole unless kept: a kept grouping in the previous state is not reused as one
        previous: kept === null && this.kept && this.state ? withoutGrouping(this.state) : this.state,
        grouping: kept ?? undefined,
        // entries are written as they are computed (this thread has nothing to wait for), not all at the end
        writeNow: true,
        afterStep: this.options.afterStep,
        // grouping every report takes seconds after an edit: a newer edit stops it, not the next event;
        // and the garbage of reading every report's terms back and of the grouping's stages is collected
        // there too (the heap governor), not only between events: the cold comparison's peak was there
        checkpoint: () => {
          if (latest() !== run) throw CANCELLED;
          this.options.afterStep?.();
        },
        // a cache entry gone is no internal error: the run is dropped and done again (dropped())
        onInternalError: (e, where) => e instanceof MissingAnalysis || this.post({ kind: 'error', run, error: toWorkerError(e), where }),
        held: (members) => {
          finish();
          if (latest() !== run) throw CANCELLED;
          this.analyses.focus(members.length);
          beforeEvent?.();
          if (latest() !== run) throw CANCELLED;
          const key = this.keyOf(members);
          keys.set(members[0].id, key);
          current = { members, key, sent: false };
          if (!this.held.has(key)) return undefined;
          heldHits++;
          if (!early.keys.has(key)) held++;
          current.sent = true;
          this.post({ kind: 'event', run, key, members: members.map((r) => r.id) });
          return PLACEHOLDER;
        },
        onEvent: (members, res, from) => {
          if (from === 'held' || !current) return;
          current.sent = true;
          this.held.add(current.key);
          this.post({ kind: 'event', run, key: current.key, members: members.map((r) => r.id), parts: encodeEvent(members, res) });
          // the main thread holds it now: the run's own output keeps no entities or links (a cold run of
          // 10,000 reports would otherwise hold the whole comparison here too until it ends)
          res.entities.length = 0;
          res.links.clear();
        },
      });
      finish();
      if (this.dropped(run)) return;
      for (const { members, key } of unsent) {
        this.post({ kind: 'event', run, key, members: members.map((r) => r.id), parts: encodeEvent(members, sliceEvent(result.comparison, members)) });
      }
      // the results live on the main thread: the state keeps the terms and the grouping only
      result.state.events.clear();
      this.state = result.state;
      this.kept = kept !== null;
      if (kept === null) {
        this.whole = result.state;
        this.termsThen.clear();
      }
      const eventKeys = result.comparison.events.map((e) => (e.reports.length > 1 ? keys.get(e.reports[0]) ?? null : null));
      this.held = new Set(eventKeys.filter((k): k is string => k !== null && !unsent.some((u) => u.key === k)));
      const { stats } = result;
      this.post({
        kind: 'done', run, groups: result.comparison.events, keys: eventKeys,
        stats: {
          regrouped: !stats.groupingFromCache, aligned: stats.eventsAligned + early.aligned, fromCache: stats.eventsFromCache - heldHits + early.fromCache,
          held, provisional: early.told, allFromCache: result.fromCache && heldHits === 0, keptGrouping: kept !== null,
        },
      });
    } catch (e) {
      if (this.dropped(run)) return;
      if (e === CANCELLED) this.post({ kind: 'cancelled', run });
      else this.post({ kind: 'failed', run, error: toWorkerError(e) });
    }
  }

  /**
   * An edited report's grouping terms when the reports were last grouped as a whole: the state's, or
   * read from its analysis then (once per report; null when that cannot be read: the cache entry
   * was removed meanwhile, and the reports are grouped as a whole).
   */
  private termsAtWhole(id: string): ReportTerms | null {
    const then = this.whole?.reports.get(id);
    if (!then) return null;
    if (then.terms) return then.terms;
    if (!this.termsThen.has(id)) {
      let failed = false;
      const terms = groupingTerms({ id, analysis: then.analysis }, () => (failed = true));
      this.termsThen.set(id, failed ? null : terms);
    }
    return this.termsThen.get(id) ?? null;
  }

  /**
   * After an edit, before the (slow) grouping of every report: the edited reports' events of the
   * last finished run, when the edit kept them there (provisionalEvents), are aligned and sent at
   * once, so an edit's cross-report diagnostics wait for its event only. The full run then finds
   * them held (same members, same analyses) or, if the grouping moved them, sends what replaces
   * them. An internal error here is left for the full run to report (it aligns the event again).
   */
  private provisional(run: number, reports: ReportInput[]): Provisional {
    const out: Provisional = { told: 0, aligned: 0, fromCache: 0, keys: new Set() };
    if (!this.state) return out;
    const { latest } = this.options;
    for (const group of provisionalEvents(reports, this.state)) {
      if (latest() !== run) throw CANCELLED;
      const members = group.reports.map((id) => ({ id, analysis: this.analyses.get(id) as ReportAnalysis }));
      const key = this.keyOf(members);
      out.told++;
      if (this.held.has(key)) {
        this.post({ kind: 'event', run, key, members: group.reports });
        continue;
      }
      this.analyses.focus(members.length);
      this.options.beforeEvent?.();
      if (latest() !== run) throw CANCELLED;
      compareWithCache(members, this.options.store, {
        grouping: [group],
        writeNow: true,
        onEvent: (ms, res, from) => {
          this.held.add(key);
          out.keys.add(key);
          if (from === 'computed') out.aligned++;
          else out.fromCache++;
          this.post({ kind: 'event', run, key, members: ms.map((r) => r.id), parts: encodeEvent(ms, res) });
        },
      });
    }
    return out;
  }
}

/** A state whose grouping no run reuses (ids that match no reports): the next run groups as a whole, with the terms kept. */
function withoutGrouping(state: CompareState): CompareState {
  return { reports: state.reports, events: state.events, grouping: { ids: [], groups: [] as EventGroup[] } };
}

/** One event's part of a comparison (an event whose alignment had an internal error). */
function sliceEvent(comparison: Comparison, members: readonly ReportInput[]): EventResult {
  const ids = new Set(members.map((r) => r.id));
  const links: EventResult['links'] = new Map();
  for (const l of comparison.links) {
    if (!ids.has(l.from.report)) continue;
    const list = links.get(l.from.report) ?? [];
    list.push(l);
    links.set(l.from.report, list);
  }
  const problems: EventResult['problems'] = new Map();
  for (const id of ids) if (Object.hasOwn(comparison.problems, id)) problems.set(id, comparison.problems[id]);
  const entities = comparison.entities.filter((e) => e.occurrences.some((o) => ids.has(o.report)));
  return { entities, links, problems };
}
