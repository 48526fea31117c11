/**
 * One index run's reading and analysing: every file is read, analyses found in the disk cache are
 * stored at once, the rest analysed in the pool's worker threads when there is enough text (several
 * cores), else one by one in the editor's worker; never on the main thread, which does not load the
 * tagger. The workspace supplies reading, storing and yielding.
 */
import type { AnalyzeManyResult } from '@newslens/analysis-host';
import type { Problem, ReportAnalysis } from '@newslens/language-service';
import { rememberSource } from './comparing.js';
import type { AnalysisHost } from './host.js';
import { analyseHere, service } from './load-service.js';
import { mark } from './startup-marks.js';

/** A file read for indexing, with the ticket that says whether it is still wanted. */
export interface DiskRead {
  path: string;
  uri: string;
  ticket: number;
  text: string | null;
  format: 'text' | 'markdown';
  problems: Problem[];
}

/** What the last index run did: reports stored, read from the disk cache, analysed, worker threads used. */
export interface IndexCounts {
  reports: number;
  fromCache: number;
  analysed: number;
  workers: number;
  /** The comparison was read back from the cache (the workspace's reports are those it was made of). */
  comparisonFromCache: boolean;
}

export interface IndexRun {
  host: AnalysisHost | null;
  stale(): boolean;
  /** Reads a file (null: open in the editor, gone, or superseded). */
  read(path: string): Promise<DiskRead | null>;
  /** Stores a report read from disk with its analysis (undefined: skipped, or not analysed). */
  store(r: DiskRead, analysis: ReportAnalysis | undefined): void;
  /**
   * A report analysed on its own in the editor's worker (a workspace too small for the pool, where
   * each analysis is a noticeable wait) is stored: its own diagnostics can be published now, the
   * cross-report ones follow when compared (the same report published again with both).
   */
  analysedAlone?(path: string): void;
  /** Reports progress and yields to the event loop now and then. */
  tick(done: number): Promise<void>;
  /** Hears of an extractor that threw on a paragraph of the report at `path` (in a worker thread or this one). */
  onInternalError?(path: string): (e: unknown) => void;
}

/** Reads and analyses `files`; null when the run went stale. */
export async function indexFiles(files: readonly string[], run: IndexRun): Promise<Omit<IndexCounts, 'reports' | 'comparisonFromCache'> | null> {
  const cache = run.host?.cache;
  const misses: DiskRead[] = [];
  let fromCache = 0;
  for (const file of files) {
    await run.tick(fromCache);
    if (run.stale()) return null;
    const read = await run.read(file);
    if (!read) continue;
    const analysable = read.text !== null && !service().isSkipped(read.problems);
    const key = analysable && cache ? cache.key(read.text as string, read.format) : undefined;
    const cached = key === undefined ? undefined : cache?.get(key);
    if (cached && key) rememberSource(cached, { key }); // the comparison worker reads it back from the cache
    if (analysable && cached === undefined) misses.push(read);
    else {
      run.store(read, cached);
      if (cached) fromCache++;
    }
  }
  mark('index: every file read');
  const workers = await analyseMisses(misses, run, (n) => run.tick(fromCache + n));
  return run.stale() ? null : { fromCache, analysed: misses.length, workers };
}

/** The reports the cache did not have, in workers when they repay starting; returns the workers used. */
async function analyseMisses(misses: DiskRead[], run: IndexRun, tick: (done: number) => Promise<void>): Promise<number> {
  const host = run.host;
  const chars = misses.reduce((n, r) => n + (r.text?.length ?? 0), 0);
  let done = 0;
  if (host?.worthWorkers(chars)) {
    return host.withPool(async (pool) => {
      let next = 0;
      const lane = async () => {
        while (next < misses.length && !run.stale()) {
          const r = misses[next++];
          const many = await host.mod.analyzeMany([{ text: r.text as string, format: r.format }], { cache: host.cache, pool, onInternalError: run.onInternalError?.(r.path) });
          if (run.stale()) return;
          run.store(r, cachedAnalysis(many));
          await tick(++done);
        }
      };
      await Promise.all(Array.from({ length: pool.size * 2 }, lane));
      return pool.size;
    });
  }
  const oneByOne = async () => {
    for (const r of misses) {
      if (run.stale()) return 0;
      run.store(r, await analyseOne(host, r, run.onInternalError?.(r.path)));
      if (!run.stale()) run.analysedAlone?.(r.path);
      await tick(++done);
    }
    return 0;
  };
  // in the editor's worker: the comparison worker starts after them (host.ts, firstAnalyses)
  return host && misses.length > 0 ? host.editorSeries(oneByOne) : oneByOne();
}

/**
 * A report read from disk, analysed in the editor's worker and written to the disk cache there
 * (undefined: skipped; on this thread only without a worker: the host failed to load, or shut down).
 */
export async function analyseOne(host: AnalysisHost | null, r: DiskRead, onInternalError?: (e: unknown) => void): Promise<ReportAnalysis | undefined> {
  if (r.text === null || service().isSkipped(r.problems)) return undefined;
  if (!host) return analyseHere(r.text, r.format, onInternalError);
  const { analysis, key, json } = await host.analyzeInEditor(r.text, r.format, onInternalError, { cache: true });
  if (key !== undefined) rememberSource(analysis, { key }); // the comparison worker reads it back from the cache
  else if (json !== undefined) rememberSource(analysis, { json });
  return analysis;
}

/** The one analysis of an analyzeMany run, remembered by its cache entry when it is in the cache (the comparison worker reads it back). */
function cachedAnalysis(many: AnalyzeManyResult): ReportAnalysis {
  const key = many.inCache[0];
  if (key !== null) rememberSource(many.analyses[0], { key });
  return many.analyses[0];
}
