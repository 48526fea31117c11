// The worker side of the analysis pool, apart from the thread it runs in: worker.ts serves with
// analyzeReport; a worker script given as PoolOptions.workerUrl can serve with another analyser.
import type { MessagePort } from 'node:worker_threads';
import type { AnalyzeOptions, ReportAnalysis } from '@newslens/language-service';
import { openDiskCache, type DiskCache } from './disk-cache.js';
import { analyzerFingerprint } from './fingerprint.js';
import { toWorkerError, type StatsRequest, type WorkerReply, type WorkerRequest, type WorkerStats } from './protocol.js';
import { threadCpuMs } from './thread-cpu.js';
import { threadNice } from './thread-priority.js';

/** What a worker analyses with: analyzeReport, or anything that keeps its contract. */
export type Analyser = (text: string, options: AnalyzeOptions) => ReportAnalysis;

/**
 * Answers the pool's requests arriving on `port`: analyses each report and, when asked, writes its
 * cache entry (so the main thread only reads, hashes and dispatches). The internal errors of an
 * analysis travel back with it, and such an analysis is not cached.
 */
export function serveAnalyses(port: MessagePort, analyse: Analyser): void {
  const caches = new Map<string, DiskCache>();
  /** The analyser this worker loaded, fixed at its start (a rebuild later does not change what it runs). */
  const fingerprint = analyzerFingerprint();
  let reports = 0;
  let busyMs = 0;
  port.on('message', (req: WorkerRequest | StatsRequest) => {
    if ('stats' in req) {
      const stats: WorkerStats = { id: req.id, reports, busyMs, cpuMs: threadCpuMs(), nice: threadNice() };
      port.postMessage(stats);
      return;
    }
    const t0 = performance.now();
    const errors: WorkerReply['errors'] = [];
    const analysis = analyse(req.text, { format: req.format, onInternalError: (e) => errors.push(toWorkerError(e)) });
    let written: WorkerReply['written'] = 'none';
    let json: string;
    if (req.cache && req.cache.version !== fingerprint) {
      written = 'stale';
      json = JSON.stringify(analysis);
    } else if (req.cache && errors.length === 0) {
      let cache = caches.get(req.cache.dir);
      if (!cache) caches.set(req.cache.dir, (cache = openDiskCache(req.cache.dir)));
      const before = cache.stats.written;
      json = cache.setJson(req.cache.key, JSON.stringify(analysis));
      written = cache.stats.written > before ? 'ok' : 'error';
    } else {
      json = JSON.stringify(analysis);
    }
    const reply: WorkerReply = errors.length ? { id: req.id, json, written, errors } : { id: req.id, json, written };
    port.postMessage(reply);
    reports++;
    busyMs += performance.now() - t0;
  });
}
