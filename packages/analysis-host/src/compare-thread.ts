/**
 * The main thread's side of a language server's comparison: the workspace is grouped and aligned in
 * a worker thread (compare-engine.ts), so requests are answered while it runs. Where things are
 * held: the main thread keeps the analyses it serves requests from and each event's result (once;
 * entities and problems decoded as they arrive, links kept encoded until a request reads them,
 * held-comparison.ts; pruned to the last finished run's events); the worker keeps, of an analysis in
 * the disk cache, its head and key only (compared-analyses.ts: the rest is read back from the cache
 * when an event is aligned), of any other a copy, and the grouping terms and the grouping. What
 * crosses: per analysis put, its cache key and head, or its JSON text when it is not in the cache;
 * one encoded result per event computed or read from the cache (a key alone for an event the main
 * thread holds), the grouping at the end of a run.
 *
 * put/drop make a running comparison stale: it stops at its next event, and the results it already
 * sent stay held, so the next run does not send them again. If the worker cannot run (or dies),
 * the comparison runs on this thread instead and `onLost` asks for every report again.
 */
import type { Worker } from 'node:worker_threads';
import type { Comparison, CompareErrorHook, ReportAnalysis } from '@newslens/language-service';
import type { CompareEngine } from './compare-engine.js';
import { headOf } from './compared-analyses.js';
import type { CompareReply, CompareRequest, CompareRunStats } from './compare-protocol.js';
import type { CompareWorkerData } from './compare-serve.js';
import type { ComparisonStore } from './comparison-cache.js';
import { decodeEventHead } from './event-codec.js';
import { HeldComparison, type HeldEvent } from './held-comparison.js';
import { spawnWorker } from './pool.js';
import { fromWorkerError } from './protocol.js';

export interface ComparisonThreadOptions {
  store: ComparisonStore | null;
  /** The worker script, when it is not compare-worker.js next to this module (a bundle, a test). */
  workerUrl?: URL;
  /** More data for a worker script given as `workerUrl` (a test's gate). */
  workerData?: Record<string, unknown>;
  /** The worker could not start or died: the comparison now runs on this thread, and needs every report again (put). */
  onLost?(error: unknown): void;
}

export interface RunListener {
  /** An event of two or more reports is done (its reports, sorted, and its result). */
  onEvent?(members: readonly string[], result: HeldEvent): void;
  onInternalError?: CompareErrorHook;
  /**
   * The worker could not read these reports' analyses back from the disk cache (removed since they
   * were put): the run stops (null); put them again without a key, then compare again.
   */
  onMissing?(ids: readonly string[]): void;
}

/** Where the worker finds an analysis put: the disk cache's entry (the thread's `store` must be that cache), or its JSON text. */
export type AnalysisSource = { key: string } | { json: string };

export interface FinishedComparison {
  /** Exactly what compareReports gives for the reports put (`toComparison()`), held as the main thread needs it. */
  comparison: HeldComparison;
  stats: CompareRunStats;
}

/** Longest slice of work on replies before yielding to the event loop. */
const SLICE_MS = 10;
const yieldNow = () => new Promise<void>((r) => setImmediate(r));

interface Waiting { run: number; listener: RunListener; resolve(done: FinishedComparison | null): void; reject(e: unknown): void }

export class ComparisonThread {
  private worker: Worker | null = null;
  /** The engine on this thread once the worker is lost (loaded then: it imports the comparison, and with it compromise). */
  private local: Promise<CompareEngine> | null = null;
  private readonly latest = new Int32Array(new SharedArrayBuffer(4));
  private runs = 0;
  private waiting: Waiting | null = null;
  /** The result of each event the worker sent, by its key. */
  private readonly results = new Map<string, HeldEvent>();
  private closed = false;
  private readonly inbox: CompareReply[] = [];
  /** The next reply of `inbox` to handle. */
  private next = 0;
  private draining = false;

  constructor(private readonly options: ComparisonThreadOptions) {
    try {
      const workerData: CompareWorkerData & Record<string, unknown> = { ...options.workerData, background: true, store: options.store ? { dir: options.store.dir, version: options.store.version } : null, latest: this.latest.buffer as SharedArrayBuffer };
      const worker = spawnWorker(options.workerUrl, 'compare-worker', { workerData });
      worker.on('message', (reply: CompareReply) => this.receive(reply));
      worker.on('error', (e) => this.lose(e));
      worker.on('exit', (code) => this.lose(new Error(`the comparison worker exited (${code})`)));
      worker.unref();
      this.worker = worker;
    } catch (e) {
      this.lose(e);
    }
  }

  /** Whether the comparison runs in a worker thread (false: on this thread, after the worker failed). */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  /**
   * A report added or changed. `source`: where the worker can find the analysis: `key`, its entry in
   * the disk cache that is this thread's `store` (only its head crosses; the worker reads the rest
   * back when it needs it), or `json`, the JSON text it was parsed from (sent as it is); else it is
   * serialised now.
   */
  put(id: string, analysis: ReportAnalysis, source?: AnalysisSource): void {
    if (source && 'key' in source && this.options.store) this.send({ kind: 'put', reports: [{ id, key: source.key, head: headOf(analysis) }] });
    else this.send({ kind: 'put', reports: [{ id, json: source && 'json' in source ? source.json : JSON.stringify(analysis) }] });
  }

  drop(id: string): void {
    this.send({ kind: 'drop', ids: [id] });
  }

  /**
   * Compares every report put; null when a later put, drop or compare made this run stale. `whole`:
   * group every report again (else a run after edits that left every report in its event keeps the
   * last whole grouping, `stats.keptGrouping`).
   */
  compare(listener: RunListener = {}, options: { whole?: boolean } = {}): Promise<FinishedComparison | null> {
    const run = ++this.runs;
    Atomics.store(this.latest, 0, run);
    this.waiting?.resolve(null);
    return new Promise((resolve, reject) => {
      this.waiting = { run, listener, resolve, reject };
      this.worker?.ref(); // a run in progress keeps the process alive; an idle worker does not
      this.send({ kind: 'compare', run, whole: options.whole === true }, false);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.waiting) this.settle(this.waiting, null);
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private send(req: CompareRequest, stale = true): void {
    if (this.closed) return;
    // a change makes the run in progress stale: it stops at its next event
    if (stale) Atomics.store(this.latest, 0, ++this.runs);
    if (this.worker) this.worker.postMessage(req);
    // in order: each request waits for the engine's load, then for its turn
    else void this.local?.then((engine) => setImmediate(() => engine.handle(req)));
  }

  /**
   * Replies are only queued here (a port delivers a burst of them in one callback) and handled in
   * slices that yield to the event loop, so a burst of events (a warm start) never holds up a request.
   */
  private receive(reply: CompareReply): void {
    this.inbox.push(reply);
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => void this.drain());
  }

  private async drain(): Promise<void> {
    let slice = performance.now();
    while (this.next < this.inbox.length) {
      await this.handle(this.inbox[this.next++]);
      if (performance.now() - slice > SLICE_MS) {
        await yieldNow();
        slice = performance.now();
      }
    }
    this.inbox.length = 0;
    this.next = 0;
    this.draining = false;
  }

  private async handle(reply: CompareReply): Promise<void> {
    const w = this.waiting;
    if (reply.kind === 'event') {
      let result = this.results.get(reply.key);
      if (reply.parts) {
        // entities and problems now (diagnostics need them); the links stay encoded until a request reads them
        const head = decodeEventHead(reply.parts[0], reply.members);
        result = head && { members: reply.members, ...head, links: reply.parts[1] ?? null };
        if (result) this.results.set(reply.key, result);
      }
      if (result && w?.run === reply.run) w.listener.onEvent?.(reply.members, result);
      return;
    }
    if (reply.kind === 'error') {
      if (w?.run === reply.run) w.listener.onInternalError?.(fromWorkerError(reply.error), reply.where);
      return;
    }
    if (reply.kind === 'missing') {
      // whatever run it was: the worker holds these reports by entries it cannot read any more (with
      // nobody waiting, the next run finds them missing again)
      w?.listener.onMissing?.(reply.ids);
      return;
    }
    if (reply.kind === 'done') {
      // the results of this run are kept (the worker holds their keys) even when nobody waits for it any more
      const comparison = await this.assemble(reply.groups, reply.keys);
      if (w?.run === reply.run) this.settle(w, { comparison, stats: reply.stats });
      return;
    }
    if (w?.run !== reply.run) return;
    if (reply.kind === 'cancelled') this.settle(w, null);
    else this.settle(w, fromWorkerError(reply.error));
  }

  private settle(w: Waiting, outcome: FinishedComparison | Error | null): void {
    if (this.waiting === w) {
      this.waiting = null;
      this.worker?.unref();
    }
    if (outcome instanceof Error) w.reject(outcome);
    else w.resolve(outcome);
  }

  /** The comparison of a finished run; keeps only this run's results. */
  private async assemble(groups: Comparison['events'], keys: ReadonlyArray<string | null>): Promise<HeldComparison> {
    const held: HeldEvent[] = [];
    const used = new Set<string>();
    for (const key of keys) {
      const result = key === null ? undefined : this.results.get(key);
      if (!result) continue;
      used.add(key as string);
      held.push(result);
    }
    for (const key of this.results.keys()) if (!used.has(key)) this.results.delete(key);
    await yieldNow();
    return new HeldComparison(groups, held);
  }

  private lose(error: unknown): void {
    if (this.closed || this.local) return;
    this.worker = null;
    this.results.clear();
    this.inbox.length = 0;
    this.next = 0;
    this.local = import('./compare-engine.js').then(({ CompareEngine }) =>
      new CompareEngine((reply) => this.receive(reply), { store: this.options.store, latest: () => Atomics.load(this.latest, 0) }));
    if (this.waiting) this.settle(this.waiting, null);
    this.options.onLost?.(error);
  }
}
