/**
 * Keeps the workspace's comparison current without blocking the main thread: each report whose
 * analysis changes is sent to the comparison thread (analysis-host's ComparisonThread, a worker), a
 * change makes the comparison in progress stale (it stops at its next event; the events it finished
 * stay held), and runs follow each other until one finishes on the current reports: each change
 * claims the COMPARISON token (freshness.ts), and a run's result is the current comparison only when
 * no change came after it started (the worker stops a stale run at its next event). Each event's
 * problems reach the store, and the listener, as soon as that event is done; the whole comparison
 * when the run is. The comparison cache (grouping and events) is read and written in the worker.
 *
 * The analyses are held once: here, as objects (requests and diagnostics read them). The worker is
 * sent, for an analysis in the disk cache, its key and head only and reads the rest back from the
 * cache when it aligns an event (analysis-host's compared-analyses.ts); any other analysis goes
 * whole, as the JSON text it came as when there is one.
 */
import type { AnalysisSource, CompareRunStats, ComparisonThread } from '@newslens/analysis-host';
import type { CompareErrorHook, ReportAnalysis } from '@newslens/language-service';
import { COMPARISON, SETTLE, type Freshness } from './freshness.js';
import type { ReportStore } from './store.js';

/**
 * Where the comparison worker can find an analysis, until it is sent there: its disk-cache entry
 * (`key`: the worker reads it back itself, so it holds no copy), or the JSON text it was parsed from
 * (the editor's worker's; sent as it is: serialising 10,000 analyses again cost the main thread
 * 1.6-2.3 ms each on this loaded machine, issue 17). Taken once; dropped with the analysis.
 */
const sources = new WeakMap<ReportAnalysis, AnalysisSource>();

export function rememberSource(analysis: ReportAnalysis, source: AnalysisSource): void {
  sources.set(analysis, source);
}

function takeSource(analysis: ReportAnalysis): AnalysisSource | undefined {
  const source = sources.get(analysis);
  sources.delete(analysis);
  return source;
}

export interface ComparingListener {
  /** An event is done: its reports' cross-report problems are in the store; `changed`, those of them whose problems changed. */
  eventDone(changed: readonly string[]): void;
  /** A run finished on the current reports: `changed` are the reports whose cross-report problems changed since the last one. */
  finished(changed: string[], stats: CompareRunStats): void;
  /** That run grouped every report again once edits paused (after runs that kept the last whole grouping). */
  regroupedAfterEdits(changed: readonly string[]): void;
  onInternalError: CompareErrorHook;
  /** The comparison threw as a whole (it promises not to): the last complete one stays. */
  failed(error: unknown): void;
}

/**
 * Quiet time after a run that kept the last whole grouping (an edit that left every report in its
 * event, analysis-host's keptGrouping) before every report is grouped again, so that a server whose
 * edits paused has exactly `newslens check`'s grouping. 2 s: set by hand, not tuned; longer than
 * the pause between two keystrokes' debounced analyses, so that typing does not start a grouping
 * of every report (seconds at 10,000 reports) that the next keystroke cancels.
 */
export const SETTLE_MS = 2_000;

export class Comparing {
  private thread: ComparisonThread | null = null;
  /** Makes the thread when it is first needed (attachLater). */
  private make: (() => ComparisonThread) | null = null;
  /** The COMPARISON token the last run started under (current: that run compares the reports as they are). */
  private startedUnder: number | undefined;
  private paused = false;
  /** A loop of runs is going (`loop`); one at a time. */
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  /** Stats of the last run that finished. */
  last: CompareRunStats | null = null;
  /** The next run groups every report (edits paused after runs that kept the last whole grouping). */
  private wholeWanted = false;

  constructor(private readonly store: ReportStore, private readonly fresh: Freshness, private readonly listener: ComparingListener) {}

  /** Starts comparing in `thread` (every report the store holds is sent to it). */
  attach(thread: ComparisonThread): void {
    this.make = null;
    this.thread = thread;
    this.replay();
  }

  /** Starts comparing in the thread `make` gives once `soon` resolves, or at once when a comparison is asked for before. */
  attachLater(make: () => ComparisonThread, soon: Promise<void>): void {
    this.make = make;
    void soon.then(() => this.connect());
  }

  private connect(): void {
    const make = this.make;
    if (make && !this.thread && this.fresh.live) this.attach(make());
  }

  /** Sends every analysed report again (the thread started, or lost its worker). */
  replay(): void {
    for (const [id, analysis] of this.store.analyses()) this.thread?.put(id, analysis, takeSource(analysis));
    this.request();
  }

  /** A report's analysis changed (null: gone): the comparison in progress is stale. */
  changed(id: string, analysis: ReportAnalysis | null): void {
    if (!this.thread) return;
    // an edit is decided against the last whole grouping first; the whole grouping waits for a pause again
    this.wholeWanted = false;
    this.fresh.claim(SETTLE);
    if (analysis) this.thread.put(id, analysis, takeSource(analysis));
    else this.thread.drop(id);
    this.request();
  }

  /** No comparison while indexing stores reports by the thousand (each would go stale at once). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.start();
  }

  /** Asks for a comparison of the current reports. */
  request(): void {
    if (!this.thread) this.connect();
    this.fresh.claim(COMPARISON);
    this.start();
  }

  /** Starts the loop of runs unless it is going, paused, or the last run started on the current reports. */
  private start(): void {
    if (this.paused || this.running || !this.thread || !this.fresh.live || this.fresh.isCurrent(COMPARISON, this.startedUnder)) return;
    // nothing stored and nothing compared yet (the start, before indexing): a run would compare an empty workspace for nothing
    if (this.store.size === 0 && this.startedUnder === undefined) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Resolves once a run finished on the current reports (or comparing is paused). */
  async settled(): Promise<void> {
    while (this.running) await this.loop;
  }

  private async run(): Promise<void> {
    while (this.fresh.live && !this.fresh.isCurrent(COMPARISON, this.startedUnder) && !this.paused && this.thread) {
      this.startedUnder = this.fresh.tokenOf(COMPARISON);
      const compared = this.store.analyses();
      const whole = this.wholeWanted;
      try {
        const done = await this.thread.compare({
          onEvent: (members, result) => {
            const changed = this.store.eventDone(members, result.problems, compared);
            if (changed.length > 0) this.listener.eventDone(changed);
          },
          onInternalError: this.listener.onInternalError,
          // their disk-cache entries are gone (the cache cleaned meanwhile): sent whole, then compared again
          onMissing: (ids) => {
            for (const id of ids) {
              const analysis = this.store.get(id)?.analysis;
              if (analysis) this.thread?.put(id, analysis);
            }
            this.fresh.claim(COMPARISON);
          },
        }, { whole });
        if (!done) continue; // stale: the change that made it so claimed a newer token
        this.last = done.stats;
        if (!done.stats.keptGrouping) this.wholeWanted = false;
        // a run that finished after a change (its 'done' was on its way) is followed by another: that one arms the pause
        else if (this.fresh.isCurrent(COMPARISON, this.startedUnder)) {
          this.fresh.afterQuiet(SETTLE, SETTLE_MS, () => {
            this.wholeWanted = true;
            this.request();
          });
        }
        const changed = this.store.adopt(done.comparison, compared);
        this.listener.finished(changed, done.stats);
        if (whole) this.listener.regroupedAfterEdits(changed);
      } catch (e) {
        this.listener.failed(e);
      }
    }
    this.running = false; // in the same task as the last look at the token: a request meanwhile is not missed
  }
}
