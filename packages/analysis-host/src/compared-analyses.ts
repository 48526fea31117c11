/**
 * The analyses a comparison worker compares (compare-engine.ts), held so that the process keeps each
 * analysis once: the language server's main thread holds every analysis as an object (it answers
 * requests and diagnoses from them), and the worker, for a report whose analysis is in the disk
 * cache, holds only its *head* (what a comparison reads of every report on every run: version,
 * format, BOM flag, text and front-matter metadata, for the fingerprints, the comparison cache's keys
 * and the `event:` pins) and the cache entry's key. The rest (entities, quotes, figures, claims ...)
 * is read back from the disk cache when the comparison needs it: a report's grouping terms when it
 * is new or edited, an event's members when that event is aligned. While a run lasts, the last few
 * analyses read are kept (at least LOADED_MIN, and every member of the event being aligned), so an
 * event's aligners never read one twice; none once it ends. A report with no cache entry (the cache off, an edited document, an analysis
 * with an internal error) is held whole, as sent.
 *
 * The analysis handed to the comparison for a cached report is a Proxy over its head: the head's
 * fields are answered from it, any other field from the entry read back. An entry gone or corrupt
 * when it is read (the cache folder removed while the server runs) is noted in `missing` and the
 * read throws MissingAnalysis: whatever caught it, the engine then drops that run and asks the
 * main thread for those reports' analyses as JSON (compare-protocol.ts `missing`).
 */
import type { ReportAnalysis } from '@newslens/language-service';
import { readCacheEntry } from './disk-cache.js';
import type { ComparisonStore } from './comparison-cache.js';

/** What a comparison reads of every report on every run; the rest is read back from the cache when needed. */
export type AnalysisHead = Pick<ReportAnalysis, 'analyzerVersion' | 'text' | 'hadBom' | 'format' | 'metadata'>;

export function headOf(a: ReportAnalysis): AnalysisHead {
  // `metadata` is always an own field of the head (undefined when none), so that reading it never reads the entry
  return { analyzerVersion: a.analyzerVersion, text: a.text, hadBom: a.hadBom, format: a.format, metadata: a.metadata };
}

/**
 * Analyses read back and kept at least (about 27 KB of heap each for a 3 KB report): enough for the
 * grouping terms of a run of new reports to read each once, and for most events' members; an event
 * with more members keeps all of them while it is aligned. Set by hand, not tuned.
 */
export const LOADED_MIN = 64;

export class MissingAnalysis extends Error {
  constructor(readonly id: string) {
    super(`the analysis of ${id} is no longer in the disk cache`);
  }
}

interface Cached { id: string; key: string }

export class ComparedAnalyses {
  private readonly byId = new Map<string, ReportAnalysis>();
  /** Analyses read back from the cache, least recently used first. */
  private readonly loaded = new Map<Cached, ReportAnalysis>();
  private room = LOADED_MIN;
  /** Reports held by their cache entry. */
  private readonly cached = new Set<string>();
  /** Reports whose cache entry could not be read since the last `takeMissing`. */
  private readonly missing = new Set<string>();

  /** `store`: the disk cache the keys are of (null: none; every report must then come whole). */
  constructor(private readonly store: ComparisonStore | null) {}

  /** A report's analysis, whole (parsed from its JSON). */
  putWhole(id: string, json: string): void {
    this.byId.set(id, JSON.parse(json) as ReportAnalysis);
    this.cached.delete(id);
  }

  /** A report whose analysis is the disk cache's entry `key`: only its head is held. */
  putCached(id: string, key: string, head: AnalysisHead): void {
    if (!this.store) throw new Error(`no disk cache to read the analysis of ${id} from`);
    const at: Cached = { id, key };
    this.cached.add(id);
    this.byId.set(id, new Proxy(head as ReportAnalysis, {
      get: (target, p) => (Object.hasOwn(target, p) ? target[p as keyof AnalysisHead] : Reflect.get(this.load(at), p)),
      has: (_, p) => Reflect.has(this.load(at), p),
      ownKeys: () => Reflect.ownKeys(this.load(at)),
      getOwnPropertyDescriptor: (_, p) => {
        const d = Reflect.getOwnPropertyDescriptor(this.load(at), p);
        return d && { ...d, configurable: true };
      },
    }));
  }

  drop(id: string): void {
    this.byId.delete(id);
    this.cached.delete(id);
  }

  get(id: string): ReportAnalysis | undefined {
    return this.byId.get(id);
  }

  entries(): IterableIterator<[string, ReportAnalysis]> {
    return this.byId.entries();
  }

  /** An event of `size` reports is about to be aligned: all of them stay read back while it is. */
  focus(size: number): void {
    this.room = Math.max(LOADED_MIN, size);
  }

  /** A run is over: nothing stays read back until the next one (the worker's heap between edits holds heads). */
  release(): void {
    this.loaded.clear();
    this.room = LOADED_MIN;
  }

  /** The reports whose entry could not be read since the last call (then forgotten). */
  takeMissing(): string[] {
    const ids = [...this.missing];
    this.missing.clear();
    return ids;
  }

  /** How many reports are held whole, how many by their cache entry, and how many of those are read back now (tests). */
  counts(): { whole: number; cached: number; loaded: number } {
    return { whole: this.byId.size - this.cached.size, cached: this.cached.size, loaded: this.loaded.size };
  }

  private load(at: Cached): ReportAnalysis {
    const hit = this.loaded.get(at);
    if (hit) {
      this.loaded.delete(at); // most recently used last
      this.loaded.set(at, hit);
      return hit;
    }
    const analysis = this.store ? readCacheEntry(this.store, at.key) : undefined;
    if (!analysis) {
      this.missing.add(at.id);
      throw new MissingAnalysis(at.id);
    }
    this.loaded.set(at, analysis);
    while (this.loaded.size > this.room) this.loaded.delete(this.loaded.keys().next().value as Cached);
    return analysis;
  }
}
