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
import { analysisFingerprint, compareStrings, provisionalEvents, type Comparison, type CompareState, type EventResult, type ReportAnalysis, type ReportInput } from '@newslens/language-service';
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
  /** Called between two units of work (the worker collects garbage there). */
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
      this.compare(req.run);
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

  private compare(run: number): void {
    try {
      this.run(run);
    } finally {
      this.analyses.release();
    }
  }

  private run(run: number): void {
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
        previous: this.state,
        // entries are written as they are computed (this thread has nothing to wait for), not all at the end
        writeNow: true,
        afterStep: this.options.afterStep,
        // grouping every report takes seconds after an edit: a newer edit stops it, not the next event
        checkpoint: () => {
          if (latest() !== run) throw CANCELLED;
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
      const eventKeys = result.comparison.events.map((e) => (e.reports.length > 1 ? keys.get(e.reports[0]) ?? null : null));
      this.held = new Set(eventKeys.filter((k): k is string => k !== null && !unsent.some((u) => u.key === k)));
      const { stats } = result;
      this.post({
        kind: 'done', run, groups: result.comparison.events, keys: eventKeys,
        stats: {
          regrouped: !stats.groupingFromCache, aligned: stats.eventsAligned + early.aligned, fromCache: stats.eventsFromCache - heldHits + early.fromCache,
          held, provisional: early.told, allFromCache: result.fromCache && heldHits === 0,
        },
      });
    } catch (e) {
      if (this.dropped(run)) return;
      if (e === CANCELLED) this.post({ kind: 'cancelled', run });
      else this.post({ kind: 'failed', run, error: toWorkerError(e) });
    }
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
