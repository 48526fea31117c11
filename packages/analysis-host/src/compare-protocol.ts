// The messages between a language server's main thread and its comparison worker (compare-thread.ts,
// compare-engine.ts). An analysis in the disk cache crosses as its entry's key and its head (what
// every run reads of it, compared-analyses.ts: the worker reads the rest back from the cache when it
// needs it); any other as the JSON text of the analysis (a string is copied in one piece; cloning
// the object graph costs more on both sides). Events' results cross as the comparison
// cache's encoding (entities and problems, then links as rows of numbers), once per event: the main
// thread keeps each result it received and the worker only says "held" for it afterwards.
import type { CompareErrorPlace, EventGroup } from '@newslens/language-service';
import type { AnalysisHead } from './compared-analyses.js';
import type { WorkerError } from './protocol.js';

/** main -> worker. */
export type CompareRequest =
  /** Reports added or changed: the JSON of the analysis, or the disk cache's key of it and its head. */
  | { kind: 'put'; reports: Array<{ id: string; json: string } | { id: string; key: string; head: AnalysisHead }> }
  | { kind: 'drop'; ids: string[] }
  /**
   * Compare every report held, unless a newer run was asked for meanwhile. `whole`: group every
   * report (else an edit that leaves every report in its event keeps the last whole grouping).
   */
  | { kind: 'compare'; run: number; whole?: boolean };

/** worker -> main. */
export type CompareReply =
  /**
   * One event of two or more reports is done. `parts`: its result (comparison-cache encoding);
   * absent when the main thread holds the result of this key from an earlier message.
   */
  | { kind: 'event'; run: number; key: string; members: string[]; parts?: string[] }
  | { kind: 'error'; run: number; error: WorkerError; where: CompareErrorPlace }
  /** The run finished: every event with the key of its result (null: fewer than two reports). */
  | { kind: 'done'; run: number; groups: EventGroup[]; keys: Array<string | null>; stats: CompareRunStats }
  /**
   * These reports' cache entries could not be read back (removed meanwhile): the run is dropped
   * (`cancelled` follows); the main thread puts them again as JSON and asks for another.
   */
  | { kind: 'missing'; run: number; ids: string[] }
  /** The run stopped: a newer one was asked for, or the reports changed. */
  | { kind: 'cancelled'; run: number }
  /** The comparison threw as a whole (it promises not to). */
  | { kind: 'failed'; run: number; error: WorkerError };

export interface CompareRunStats {
  regrouped: boolean;
  /** Events aligned, read from the cache, and held by the main thread. */
  aligned: number;
  fromCache: number;
  held: number;
  /** Events of edited reports told before the grouping (provisionalEvents): aligned, read from the cache or held. */
  provisional: number;
  /** Nothing was compared and nothing held: the grouping and every event came from the cache. */
  allFromCache: boolean;
  /**
   * The last whole grouping was kept (keptGrouping: the edits since left every report in its event):
   * ask for a run with `whole` once edits pause, to have exactly `newslens check`'s grouping.
   */
  keptGrouping: boolean;
}
