export { analyzeMany, MIN_CHARS_FOR_WORKERS } from './analyze-many.js';
export type { AnalyzeManyOptions, AnalyzeManyResult, ReportJob } from './analyze-many.js';
export { openDiskCache, defaultCacheDir, encodeEntry, decodeEntry } from './disk-cache.js';
export type { DiskCache, CacheStats, ReportFormat } from './disk-cache.js';
export { analyzerFingerprint } from './fingerprint.js';
export { createAnalysisPool, defaultPoolSize, MAX_WORKERS } from './pool.js';
export type { AnalysisPool, PoolOptions } from './pool.js';
export type { WorkerRequest, WorkerReply } from './protocol.js';
