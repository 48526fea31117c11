// The package's root entry: everything of the `./main-thread` entry (main-thread.ts), with what loads
// the analyser (the workers' serving, the comparison cache, the fingerprint of the analyser's files).
export * from './main-thread.js';
export { encodeEntry, decodeEntry, readCacheEntry } from './disk-cache.js';
export { analyzerFingerprint } from './fingerprint.js';
export type { WorkerRequest, WorkerReply, WorkerStats, StatsRequest, WorkerError } from './protocol.js';
export { serveAnalyses } from './worker-serve.js';
export type { Analyser } from './worker-serve.js';
export { compareWithCache } from './comparison-cache.js';
export type { CachedComparison, ComparisonCacheOptions, ComparisonCacheStats, ComparisonStore } from './comparison-cache.js';
export { heapGovernor } from './memory.js';
export { BACKGROUND_NICE, lowerThisThread, threadNice } from './thread-priority.js';
export { serveComparisons } from './compare-serve.js';
export type { CompareWorkerData } from './compare-serve.js';
