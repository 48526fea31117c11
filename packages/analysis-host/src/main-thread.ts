// The package's `@newslens/analysis-host/main-thread` entry: what a thread that hosts the analysis
// and the comparison uses (the disk cache, its hygiene, the analysis pools, the comparison thread
// and the comparison it holds), without loading the analyser: nothing here imports compromise until a
// fallback analyses or compares on the calling thread (analyser.ts, compare-thread.ts), so a language
// server's main thread loads it at once and answers requests meanwhile (test/features-entry.test.ts).
export { analyzeMany, MIN_CHARS_FOR_WORKERS } from './analyze-many.js';
export type { AnalyzeManyOptions, AnalyzeManyResult, ReportJob } from './analyze-many.js';
export { openDiskCache, defaultCacheDir } from './disk-cache.js';
export type { DiskCache, CacheStats, ReportFormat } from './disk-cache.js';
export { CACHE_HYGIENE, CACHE_MARKER, markCacheFolder, pruneCache, pruneCacheIfDue } from './cache-hygiene.js';
export type { CacheFolder, CacheHygieneOptions, PruneOptions, PruneResult } from './cache-hygiene.js';
export { createAnalysisPool, defaultPoolSize, MAX_WORKERS } from './pool.js';
export type { AnalysisPool, EditorCaches, PoolOptions, PoolResult, PoolStats } from './pool.js';
export { ComparisonThread } from './compare-thread.js';
export type { AnalysisSource, ComparisonThreadOptions, FinishedComparison, RunListener } from './compare-thread.js';
export { HeldComparison } from './held-comparison.js';
export type { HeldEvent } from './held-comparison.js';
export type { CompareRunStats } from './compare-protocol.js';
export { traceHeap } from './heap-trace.js';
