import type { ReportAnalysis } from '@newslens/language-service';
import type { ReportFormat } from './disk-cache.js';

/** main -> worker: one report to analyse, and where to cache the result. */
export interface WorkerRequest {
  id: number;
  text: string;
  format: ReportFormat;
  /** Where to write the entry, under the main thread's version (a worker that loaded other code writes nothing). */
  cache?: { dir: string; key: string; version: string };
}

/** worker -> main. */
export interface WorkerReply {
  id: number;
  analysis: ReportAnalysis;
  /** 'stale': the worker's analyser is not the one the main thread keyed the cache with; nothing written. */
  written: 'ok' | 'error' | 'none' | 'stale';
}
