/**
 * Keeps the workspace's comparison current without blocking the main thread: each report whose
 * analysis changes is sent to the comparison thread (analysis-host's ComparisonThread, a worker), a
 * change makes the comparison in progress stale (it stops at its next event; the events it finished
 * stay held), and runs follow each other until one finishes on the current reports. Each event's
 * problems reach the store, and the listener, as soon as that event is done; the whole comparison
 * when the run is. The comparison cache (grouping and events) is read and written in the worker.
 */
import type { CompareRunStats, ComparisonThread } from '@newslens/analysis-host';
import type { CompareErrorHook, ReportAnalysis } from '@newslens/language-service';
import type { ReportStore } from './store.js';

/**
 * The JSON text an analysis was parsed from (a disk-cache entry), until the analysis is sent to the
 * comparison thread, which gets that text as it is: serialising 10,000 analyses again cost the main
 * thread 1.6-2.3 ms each on this loaded machine (issue 17). Taken once; dropped with the analysis.
 */
const parsedFrom = new WeakMap<ReportAnalysis, string>();

export function rememberJson(analysis: ReportAnalysis, json: string): void {
  parsedFrom.set(analysis, json);
}

function takeJson(analysis: ReportAnalysis): string | undefined {
  const json = parsedFrom.get(analysis);
  parsedFrom.delete(analysis);
  return json;
}

export interface ComparingListener {
  /** An event is done: its reports' cross-report problems are in the store. */
  eventDone(members: readonly string[]): void;
  /** A run finished on the current reports: `changed` are the reports whose cross-report problems changed since the last one. */
  finished(changed: string[], stats: CompareRunStats): void;
  onInternalError: CompareErrorHook;
  /** The comparison threw as a whole (it promises not to): the last complete one stays. */
  failed(error: unknown): void;
}

export class Comparing {
  private thread: ComparisonThread | null = null;
  private dirty = false;
  private paused = false;
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  /** Stats of the last run that finished. */
  last: CompareRunStats | null = null;

  constructor(private readonly store: ReportStore, private readonly listener: ComparingListener) {}

  /** Starts comparing in `thread` (every report the store holds is sent to it). */
  attach(thread: ComparisonThread): void {
    this.thread = thread;
    this.replay();
  }

  /** Sends every analysed report again (the thread started, or lost its worker). */
  replay(): void {
    for (const [id, analysis] of this.store.analyses()) this.thread?.put(id, analysis, takeJson(analysis));
    this.request();
  }

  /** A report's analysis changed (null: gone): the comparison in progress is stale. */
  changed(id: string, analysis: ReportAnalysis | null): void {
    if (!this.thread) return;
    if (analysis) this.thread.put(id, analysis, takeJson(analysis));
    else this.thread.drop(id);
    this.request();
  }

  /** No comparison while indexing stores reports by the thousand (each would go stale at once). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    if (this.dirty) this.request();
  }

  /** Asks for a comparison of the current reports. */
  request(): void {
    this.dirty = true;
    if (this.paused || this.running || !this.thread) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Resolves once a run finished on the current reports (or comparing is paused). */
  async settled(): Promise<void> {
    while (this.running) await this.loop;
  }

  private async run(): Promise<void> {
    while (this.dirty && !this.paused && this.thread) {
      this.dirty = false;
      const compared = this.store.analyses();
      try {
        const done = await this.thread.compare({
          onEvent: (members, result) => {
            this.store.eventDone(members, result.problems, compared);
            this.listener.eventDone(members);
          },
          onInternalError: this.listener.onInternalError,
        });
        if (!done) continue; // stale: the change that made it so asked for the next run
        this.last = done.stats;
        this.listener.finished(this.store.adopt(done.comparison, compared), done.stats);
      } catch (e) {
        this.listener.failed(e);
      }
    }
    this.running = false; // in the same task as the last look at `dirty`: a request meanwhile is not missed
  }
}
