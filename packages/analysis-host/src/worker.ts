// The worker side of the analysis pool: analyses the reports it is sent and, when asked, writes
// their cache entries (so the main thread only reads, hashes and dispatches).
import { parentPort } from 'node:worker_threads';
import { analyzeReport } from '@newslens/language-service';
import { openDiskCache, type DiskCache } from './disk-cache.js';
import { analyzerFingerprint } from './fingerprint.js';
import type { StatsRequest, WorkerReply, WorkerRequest, WorkerStats } from './protocol.js';
import { threadCpuMs } from './thread-cpu.js';

const caches = new Map<string, DiskCache>();
/** The analyser this worker loaded, fixed at its start (a rebuild later does not change what it runs). */
const fingerprint = analyzerFingerprint();
let reports = 0;
let busyMs = 0;

parentPort?.on('message', (req: WorkerRequest | StatsRequest) => {
  if ('stats' in req) {
    const stats: WorkerStats = { id: req.id, reports, busyMs, cpuMs: threadCpuMs() };
    parentPort?.postMessage(stats);
    return;
  }
  const t0 = performance.now();
  const analysis = analyzeReport(req.text, { format: req.format });
  let written: WorkerReply['written'] = 'none';
  let json: string;
  if (req.cache && req.cache.version !== fingerprint) {
    written = 'stale';
    json = JSON.stringify(analysis);
  } else if (req.cache) {
    let cache = caches.get(req.cache.dir);
    if (!cache) caches.set(req.cache.dir, (cache = openDiskCache(req.cache.dir)));
    const before = cache.stats.written;
    json = cache.setJson(req.cache.key, JSON.stringify(analysis));
    written = cache.stats.written > before ? 'ok' : 'error';
  } else {
    json = JSON.stringify(analysis);
  }
  const reply: WorkerReply = { id: req.id, json, written };
  parentPort?.postMessage(reply);
  reports++;
  busyMs += performance.now() - t0;
});
