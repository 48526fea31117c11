import { analyzeReport, type ReportAnalysis } from '@newslens/language-service';
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
}

export interface AnalyzeManyResult {
  /** One analysis per job, in the jobs' order. */
  analyses: ReportAnalysis[];
  fromCache: number;
  analysed: number;
  workers: number;
}

/** Below this many characters left to analyse, workers (each loading compromise) cost more than they save. */
export const MIN_CHARS_FOR_WORKERS = 200_000;

/**
 * Analyses many reports: cached analyses first, the rest in worker threads (their cache entries
 * written by the workers). The results equal analyzeReport's for each text, in the jobs' order.
 */
export async function analyzeMany(jobs: readonly ReportJob[], options: AnalyzeManyOptions = {}): Promise<AnalyzeManyResult> {
  const cache = options.cache ?? null;
  const total = jobs.length;
  const analyses: ReportAnalysis[] = new Array(total);
  const keys: string[] = new Array(total);
  const todo: number[] = [];
  let done = 0;
  for (let i = 0; i < total; i++) {
    const job = jobs[i];
    if (cache) {
      keys[i] = cache.key(job.text, job.format);
      const hit = cache.get(keys[i]);
      if (hit) {
        analyses[i] = hit;
        options.onProgress?.(++done, total);
        continue;
      }
    }
    todo.push(i);
  }
  const fromCache = total - todo.length;
  const chars = todo.reduce((n, i) => n + jobs[i].text.length, 0);
  const wanted = options.workers ?? 'auto';
  // 'auto': workers only when they can run side by side (one worker on one core only adds its start-up)
  const cores = defaultPoolSize();
  const size = options.pool ? options.pool.size
    : wanted === 'auto' ? (chars >= MIN_CHARS_FOR_WORKERS && cores > 1 ? Math.min(cores, todo.length) : 0)
      : Math.min(wanted, todo.length);
  if (size <= 0) {
    for (const i of todo) {
      analyses[i] = analyzeReport(jobs[i].text, { format: jobs[i].format });
      cache?.set(keys[i], analyses[i]);
      options.onProgress?.(++done, total);
    }
    return { analyses, fromCache, analysed: todo.length, workers: 0 };
  }
  const pool = options.pool ?? createAnalysisPool(size);
  // the longest reports first, so that the last ones to finish are short and no worker idles long at the end
  const order = [...todo].sort((a, b) => jobs[b].text.length - jobs[a].text.length || a - b);
  try {
    await Promise.all(order.map(async (i) => {
      const reply = await pool.analyze(jobs[i].text, jobs[i].format, cache ? { dir: cache.dir, key: keys[i], version: cache.version } : undefined);
      analyses[i] = reply.analysis;
      if (cache && reply.written === 'ok') cache.stats.written++;
      else if (cache && reply.written === 'error') cache.stats.writeErrors++;
      else if (cache && reply.written === 'none') cache.set(keys[i], reply.analysis);
      options.onProgress?.(++done, total);
    }));
  } finally {
    if (!options.pool) await pool.close();
  }
  return { analyses, fromCache, analysed: todo.length, workers: size };
}
