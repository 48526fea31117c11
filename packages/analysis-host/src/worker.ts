// The worker side of the analysis pool: analyses the reports it is sent and, when asked, writes
// their cache entries (so the main thread only reads, hashes and dispatches).
import { parentPort } from 'node:worker_threads';
import { analyzeReport } from '@newslens/language-service';
import { openDiskCache, type DiskCache } from './disk-cache.js';
import { analyzerFingerprint } from './fingerprint.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

const caches = new Map<string, DiskCache>();
/** The analyser this worker loaded, fixed at its start (a rebuild later does not change what it runs). */
const fingerprint = analyzerFingerprint();

parentPort?.on('message', (req: WorkerRequest) => {
  const analysis = analyzeReport(req.text, { format: req.format });
  let written: WorkerReply['written'] = 'none';
  if (req.cache && req.cache.version !== fingerprint) {
    written = 'stale';
  } else if (req.cache) {
    let cache = caches.get(req.cache.dir);
    if (!cache) caches.set(req.cache.dir, (cache = openDiskCache(req.cache.dir)));
    const before = cache.stats.written;
    cache.set(req.cache.key, analysis);
    written = cache.stats.written > before ? 'ok' : 'error';
  }
  const reply: WorkerReply = { id: req.id, analysis, written };
  parentPort?.postMessage(reply);
});
