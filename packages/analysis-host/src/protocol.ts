import type { ReportFormat } from './disk-cache.js';

/** main -> worker: one report to analyse, and where to cache the result. */
export interface WorkerRequest {
  id: number;
  text: string;
  format: ReportFormat;
  /** Where to write the entry, under the main thread's version (a worker that loaded other code writes nothing). */
  cache?: { dir: string; key: string; version: string };
}

/** main -> worker: report the thread's counters (answered with a WorkerStats). */
export interface StatsRequest {
  id: number;
  stats: true;
}

/**
 * worker -> main. The analysis travels as the JSON text the worker writes to the cache anyway:
 * a string is copied in one piece, where cloning the object graph would cost the worker a
 * serialisation and the main thread a slower deserialisation than JSON.parse.
 */
export interface WorkerReply {
  id: number;
  json: string;
  /** 'stale': the worker's analyser is not the one the main thread keyed the cache with; nothing written. */
  written: 'ok' | 'error' | 'none' | 'stale';
  /** The internal errors of the analysis (an extractor threw on a paragraph); such an analysis is not cached ('none'). */
  errors?: WorkerError[];
}

/** An error as it crosses the thread boundary. */
export interface WorkerError {
  name: string;
  message: string;
  stack?: string;
}

/** The plain-data form of anything thrown. */
export function toWorkerError(e: unknown): WorkerError {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return { name: 'Error', message: String(e) };
}

/** The thrown error back as an Error on the main thread (its name, message and the worker's stack). */
export function fromWorkerError(w: WorkerError): Error {
  const error = new Error(w.message);
  error.name = w.name;
  if (w.stack !== undefined) error.stack = w.stack;
  return error;
}

/** worker -> main: what one worker thread has done since it started. */
export interface WorkerStats {
  id: number;
  /** Reports analysed. */
  reports: number;
  /** Wall-clock time spent on them (analysis, cache entry, reply), ms. */
  busyMs: number;
  /** CPU time of the worker thread since it started, ms (null where the platform does not tell). */
  cpuMs: number | null;
  /** The worker thread's nice value (thread-priority.ts; null where the platform does not tell). */
  nice: number | null;
}
