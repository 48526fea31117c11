import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ReportAnalysis } from '@newslens/language-service';
import { loadAnalyser } from './analyser.js';
import type { ReportFormat } from './disk-cache.js';
import { fromWorkerError, type StatsRequest, type WorkerReply, type WorkerRequest, type WorkerStats } from './protocol.js';
import { threadCpuMs } from './thread-cpu.js';

/**
 * Reports each worker holds at once: one being analysed, one waiting, so no worker idles between
 * two (nor while the main thread is busy). At the end of a batch one worker may still hold a
 * waiting report while the other has none; analyzeMany sends the longest reports first, so that
 * report is a short one.
 */
const IN_FLIGHT = 2;

/** The threads' counters at one moment (differences between two tell what a run cost). */
export interface PoolStats {
  /** CPU time of the thread that owns the pool, ms (null where the platform does not tell). */
  mainCpuMs: number | null;
  /** One entry per live worker, in the pool's order. */
  workers: WorkerStats[];
}

/** One analysed report, and whether the worker wrote its cache entry. */
export interface PoolResult {
  analysis: ReportAnalysis;
  /** The JSON text the worker sent it as (a language server passes it on to its comparison worker as it is); none when analysed here. */
  json?: string;
  written: WorkerReply['written'];
  /** Internal errors of the analysis (analyzeReport's onInternalError), in whichever thread it ran; such an analysis is not cached. */
  errors: unknown[];
}

/**
 * Worker threads that analyse reports (compromise's tagging is the cost; each worker loads its
 * own copy). A worker that dies hands its reports back to the main thread, so no report is lost.
 */
export interface AnalysisPool {
  readonly size: number;
  /** Reports sent and not yet answered (waiting in the pool or in a worker). */
  readonly pending: number;
  /** Workers still alive (a dead one's reports run on the calling thread). */
  readonly live: number;
  analyze(text: string, format: ReportFormat, cache?: WorkerRequest['cache']): Promise<PoolResult>;
  /** Each live worker's counters (reports, busy time, thread CPU time) and this thread's CPU time, for benchmarks. */
  stats(): Promise<PoolStats>;
  close(): Promise<void>;
}

interface Job { req: WorkerRequest; resolve(r: PoolResult): void }
interface Slot { worker: Worker; busy: Map<number, Job>; alive: boolean; asked: Map<number, (s: WorkerStats) => void> }

/** Workers at most: each holds its own compromise (about 150 MB), and RSS should stay under 1.5 GB. */
export const MAX_WORKERS = 6;

/** The number of workers for this machine: one per core the process may use, at most MAX_WORKERS. */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

export interface PoolOptions {
  /**
   * The worker script, when it is not `worker.js` next to this module: a bundle (the VS Code
   * extension's dist/) emits the worker as its own file and passes its URL here.
   */
  workerUrl?: URL;
  /** An editor's pool (one worker): the caches its worker keeps across requests (worker.ts). */
  editor?: EditorCaches;
  /**
   * Background work (a language server's indexing): the workers run at a lower priority
   * (thread-priority.ts), so the thread that answers requests runs first. A batch run (the CLI) leaves them as they are.
   */
  background?: boolean;
}

/** The sizes of an editor worker's paragraph and sentence caches. */
export interface EditorCaches {
  paragraphs: number;
  sentences: number;
}

export function createAnalysisPool(size = defaultPoolSize(), options: PoolOptions = {}): AnalysisPool {
  const queue: Job[] = [];
  let nextId = 0;
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const data = { ...(options.editor ? { editor: options.editor } : {}), ...(options.background ? { background: true } : {}) };
    const worker = spawnWorker(options.workerUrl, 'worker', Object.keys(data).length > 0 ? { workerData: data } : {});
    const slot: Slot = { worker, busy: new Map(), alive: true, asked: new Map() };
    slot.worker.on('message', (reply: WorkerReply | WorkerStats) => {
      if (!('json' in reply)) {
        slot.asked.get(reply.id)?.(reply);
        slot.asked.delete(reply.id);
        return;
      }
      const job = slot.busy.get(reply.id);
      slot.busy.delete(reply.id);
      pump(); // the worker's next report first, then the main thread's share of this one
      job?.resolve({ analysis: JSON.parse(reply.json) as ReportAnalysis, json: reply.json, written: reply.written, errors: (reply.errors ?? []).map(fromWorkerError) });
    });
    const fail = () => {
      if (!slot.alive) return;
      slot.alive = false;
      for (const job of slot.busy.values()) runHere(job);
      slot.busy.clear();
      for (const answer of slot.asked.values()) answer({ id: -1, reports: 0, busyMs: 0, cpuMs: null, nice: null });
      slot.asked.clear();
      pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    slots.push(slot);
  }

  function pump(): void {
    while (queue.length > 0) {
      const live = slots.filter((s) => s.alive);
      if (live.length === 0) {
        for (const job of queue.splice(0)) runHere(job);
        return;
      }
      let best: Slot | undefined;
      for (const s of live) if (s.busy.size < IN_FLIGHT && (!best || s.busy.size < best.busy.size)) best = s;
      if (!best) return;
      const job = queue.shift() as Job;
      best.busy.set(job.req.id, job);
      best.worker.postMessage(job.req);
    }
  }

  return {
    size,
    get live() {
      return slots.filter((s) => s.alive).length;
    },
    get pending() {
      return queue.length + slots.reduce((n, s) => n + s.busy.size, 0);
    },
    analyze(text, format, cache) {
      return new Promise<PoolResult>((resolve) => {
        queue.push({ req: { id: nextId++, text, format, cache }, resolve });
        pump();
      });
    },
    async stats() {
      const live = slots.filter((s) => s.alive);
      const answers = live.map((s) => new Promise<WorkerStats>((resolve) => {
        const req: StatsRequest = { id: nextId++, stats: true };
        s.asked.set(req.id, resolve);
        s.worker.postMessage(req);
      }));
      const workers = (await Promise.all(answers)).filter((a) => a.id >= 0);
      return { mainCpuMs: threadCpuMs(), workers };
    },
    async close() {
      for (const s of slots) {
        s.alive = false;
        for (const answer of s.asked.values()) answer({ id: -1, reports: 0, busyMs: 0, cpuMs: null, nice: null });
        s.asked.clear();
      }
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** The fallback when no worker is left: analysed on this thread (the analyser loaded then), not cached. */
function runHere(job: Job): void {
  void loadAnalyser().then(({ analyzeReport }) => {
    const errors: unknown[] = [];
    const analysis: ReportAnalysis = analyzeReport(job.req.text, { format: job.req.format, onInternalError: (e) => errors.push(e) });
    job.resolve({ analysis, written: 'none', errors });
  });
}

/** `workerUrl`, else `<name>.js` next to this file; under the `source` condition (tests, benches) `<name>.ts` through tsx. */
export function spawnWorker(workerUrl?: URL, name = 'worker', options: WorkerOptions = {}): Worker {
  if (workerUrl) return new Worker(workerUrl.href.endsWith('.ts') ? tsxBoot(workerUrl.href) : workerUrl, options);
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, self), options);
  return new Worker(tsxBoot(new URL(`./${name}.ts`, self).href), options);
}

/** A worker script (data: URL) that registers tsx, then imports `target` (a TypeScript module). */
export function tsxBoot(target: string): URL {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}
