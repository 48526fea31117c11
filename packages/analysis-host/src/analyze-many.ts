import type { ReportAnalysis } from '@newslens/language-service';
import { loadAnalyser } from './analyser.js';
import type { DiskCache, ReportFormat } from './disk-cache.js';
import { createAnalysisPool, defaultPoolSize, type AnalysisPool } from './pool.js';

export interface ReportJob {
  text: string;
  format: ReportFormat;
}

export interface AnalyzeManyOptions {
  /** A persisted cache to read first and fill (null or absent: none). */
  cache?: DiskCache | null;
  /**
   * Worker threads: a number (0 = analyse on this thread), or 'auto' (default): one per core
   * when the reports left to analyse are large enough to repay starting workers.
   */
  workers?: number | 'auto';
  onProgress?: (done: number, total: number) => void;
  /** A pool to use (and leave open) instead of starting one for this call. */
  pool?: AnalysisPool;
  /**
   * Hears of each internal error of an analysis (an extractor threw on a paragraph of jobs[job]),
   * in a worker thread or this one; such an analysis is not cached, so the next run reports it again.
   */
  onInternalError?: (error: unknown, job: number) => void;
}

export interface AnalyzeManyResult {
  /** One analysis per job, in the jobs' order. */
  analyses: ReportAnalysis[];
  /**
   * The disk cache's key of each analysis that is in the cache now (read from it or written), else
   * null (no cache, an internal error, a write that failed): a language server's comparison worker
   * reads such an analysis back by its key instead of being sent it.
   */
  inCache: Array<string | null>;
  fromCache: number;
  analysed: number;
  workers: number;
}

/** Below this many characters left to analyse, workers (each loading compromise) cost more than they save. */
export const MIN_CHARS_FOR_WORKERS = 200_000;

/**
 * Analyses many reports: cached analyses first, the rest in worker threads (their cache entries
 * written by the workers). The results equal analyzeReport's for each text, in the jobs' order.
 *
 * The pool starts as soon as the reports missing from the cache are enough to need it, so the
 * workers load compromise while the rest of the cache is read, and they get the misses found so
 * far whenever they have nothing to do; the others go when the lookups end, the longest first.
 */
export async function analyzeMany(jobs: readonly ReportJob[], options: AnalyzeManyOptions = {}): Promise<AnalyzeManyResult> {
  const cache = options.cache ?? null;
  const total = jobs.length;
  const analyses: ReportAnalysis[] = new Array(total);
  const keys: string[] = new Array(total);
  const inCache: Array<string | null> = new Array<string | null>(total).fill(null);
  /** Writes an analysis made here (or sent back unwritten) to the cache; notes it when written. */
  const write = (i: number) => {
    if (!cache) return;
    const failed = cache.stats.writeErrors;
    cache.set(keys[i], analyses[i]);
    if (cache.stats.writeErrors === failed) inCache[i] = keys[i];
  };
  const wanted = options.workers ?? 'auto';
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);
  let pool: AnalysisPool | null = options.pool ?? null;
  const owned = !options.pool;
  let analysed = 0;
  let chars = 0;
  let waiting: number[] = [];
  const replies: Array<Promise<void>> = [];
  const send = (p: AnalysisPool) => {
    // the longest reports first, so that the last ones to finish are short and no worker idles long at the end
    waiting.sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
    for (const i of waiting) replies.push(p.analyze(jobs[i].text, jobs[i].format, cache ? { dir: cache.dir, key: keys[i], version: cache.version } : undefined).then((reply) => {
      analyses[i] = reply.analysis;
      for (const e of reply.errors) options.onInternalError?.(e, i);
      if (cache && reply.written === 'ok') {
        cache.stats.written++;
        inCache[i] = keys[i];
      } else if (cache && reply.written === 'error') cache.stats.writeErrors++;
      else if (cache && reply.written === 'none' && reply.errors.length === 0) write(i);
      progress();
    }));
    waiting = [];
  };
  try {
    for (let i = 0; i < total; i++) {
      const job = jobs[i];
      if (cache) {
        keys[i] = cache.key(job.text, job.format);
        const hit = cache.get(keys[i]);
        if (hit) {
          analyses[i] = hit;
          inCache[i] = keys[i];
          progress();
          continue;
        }
      }
      analysed++;
      chars += job.text.length;
      waiting.push(i);
      if (!pool) {
        const size = poolSize(wanted, chars, analysed, false);
        if (size > 0) pool = createAnalysisPool(size);
      }
      if (pool && pool.pending === 0) send(pool);
    }
    if (!pool) {
      const size = poolSize(wanted, chars, analysed, true);
      if (size > 0) pool = createAnalysisPool(size);
    }
    if (!pool) {
      for (const i of waiting) {
        // on this thread: the analyser is loaded (once) only when something is left to analyse
        const { analyzeReport } = await loadAnalyser();
        let failed = false;
        analyses[i] = analyzeReport(jobs[i].text, {
          format: jobs[i].format,
          onInternalError: (e) => {
            failed = true;
            options.onInternalError?.(e, i);
          },
        });
        if (!failed) write(i);
        progress();
      }
      return { analyses, inCache, fromCache: total - analysed, analysed, workers: 0 };
    }
    send(pool);
    await Promise.all(replies);
    return { analyses, inCache, fromCache: total - analysed, analysed, workers: pool.size };
  } finally {
    if (owned) await pool?.close();
  }
}

/**
 * Workers for `count` reports of `chars` characters still to analyse (0: this thread). While the
 * cache is still being read (`final` false), a pool starts only at its full size.
 */
function poolSize(wanted: number | 'auto', chars: number, count: number, final: boolean): number {
  // 'auto': workers only when they can run side by side (one worker on one core only adds its start-up)
  const cores = defaultPoolSize();
  const size = wanted === 'auto' ? (chars >= MIN_CHARS_FOR_WORKERS && cores > 1 ? cores : 0) : wanted;
  if (size <= 0) return 0;
  if (final) return Math.min(size, count);
  return count >= size ? size : 0;
}
