/**
 * The server's side of @newslens/analysis-host: the persisted analysis cache (in the storage
 * folder the client gives, else the CLI's default cache folder), a pool of worker threads,
 * started on demand once the open documents' first analyses are done and closed when idle and on
 * shutdown, and the editor's worker, started with the server (before `initialize`, so that it loads
 * compromise meanwhile), which analyses open documents as they are edited (with its own paragraph
 * and sentence caches) and the reports too few to start the pool for, so no report is analysed on
 * the main thread (it loads analysis-host's main-thread entry, without compromise).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisPool, ComparisonThread, DiskCache, PruneResult, ReportFormat } from '@newslens/analysis-host/main-thread';
import type { ReportAnalysis } from '@newslens/language-service';
import { analyseHere, EDITOR_CACHE } from './load-service.js';
import { FirstAnalyses } from './first-analyses.js';
import { mark, note } from './startup-marks.js';

/** analysis-host's main-thread entry: the cache, the pools and the comparison thread, without the analyser (compromise). */
type HostModule = typeof import('@newslens/analysis-host/main-thread');

/** Set by the VS Code bundle (esbuild `define`): the workers' file names next to dist/server.js. */
declare const NEWSLENS_ANALYSIS_WORKER: string | undefined;
declare const NEWSLENS_COMPARE_WORKER: string | undefined;

/** What the client may say in `initializationOptions` (or the command line, for `--no-cache`). */
export interface HostSettings {
  /** The cache folder; null: no cache (neither read nor written). */
  cacheDir: string | null | 'default';
}

/** Idle workers each hold a compromise (~150 MB): closed after this long without work. */
const IDLE_MS = 30_000;

/**
 * `initializationOptions.cache === false` (or `--no-cache`) turns the cache off;
 * `initializationOptions.storagePath` (VS Code: the extension's storage folder) holds it; else
 * the CLI's default cache folder.
 */
export function hostSettings(init: unknown, argv: readonly string[] = []): HostSettings {
  const o = init !== null && typeof init === 'object' ? (init as Record<string, unknown>) : {};
  if (o.cache === false || argv.includes('--no-cache')) return { cacheDir: null };
  if (typeof o.storagePath === 'string' && o.storagePath) return { cacheDir: join(o.storagePath, 'analysis-cache') };
  return { cacheDir: 'default' };
}

/** The worker script of a bundle, or undefined (analysis-host finds its own). */
function bundledWorker(): URL | undefined {
  return typeof NEWSLENS_ANALYSIS_WORKER === 'string' ? new URL(NEWSLENS_ANALYSIS_WORKER, import.meta.url) : undefined;
}

/**
 * The comparison worker's script: the bundle's, else analysis-host's own; a test may name another
 * (NEWSLENS_TEST_COMPARE_WORKER: a script that serves comparisons with a hook before each event).
 */
function compareWorker(): URL | undefined {
  const test = process.env.NEWSLENS_TEST_COMPARE_WORKER;
  if (test) return new URL(test);
  return typeof NEWSLENS_COMPARE_WORKER === 'string' ? new URL(NEWSLENS_COMPARE_WORKER, import.meta.url) : undefined;
}

/** The editor's worker script: the analysis worker's; a test may name another (NEWSLENS_TEST_EDITOR_WORKER: one that holds an analysis). */
function editorWorker(): URL | undefined {
  const test = process.env.NEWSLENS_TEST_EDITOR_WORKER;
  return test ? new URL(test) : bundledWorker();
}

/**
 * In a bundle, analysis-host cannot hash the analyser's files (they are inside the bundle), so
 * its version folder would say only ANALYZER_VERSION: the cache then lives in a folder named
 * after the bundle's own hash, so that another build of the extension never reads this one's entries.
 */
function bundleFolder(dir: string): string {
  if (!bundledWorker()) return dir;
  try {
    return join(dir, `bundle-${createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16)}`);
  } catch {
    return join(dir, 'bundle-unknown');
  }
}

/** What the server starts before `initialize` (server.ts): analysis-host's main-thread entry, and the editor's worker (it loads compromise meanwhile). */
export interface HostStart {
  mod: HostModule;
  editor: AnalysisPool;
}

/**
 * Starts the editor's worker with nothing but analysis-host's pool module loaded (a few ms), so that
 * it loads compromise, a cold start's longest wait, while this thread loads the rest (main.ts: the
 * process's first step, before the LSP library and the server's modules).
 */
export async function startEditorWorker(): Promise<AnalysisPool> {
  const { createAnalysisPool } = await import('@newslens/analysis-host/pool');
  const editor = createAnalysisPool(1, { workerUrl: editorWorker(), editor: EDITOR_CACHE });
  mark('editor worker started');
  return editor;
}

/** Loads analysis-host's main-thread entry, with the editor's worker `editor` (started now without it). */
export async function startHost(editor?: Promise<AnalysisPool>): Promise<HostStart> {
  const [mod, pool] = await Promise.all([import('@newslens/analysis-host/main-thread'), editor ?? startEditorWorker()]);
  return { mod, editor: pool };
}

export class AnalysisHost {
  private current: AnalysisPool | null = null;
  private users = 0;
  private idle: NodeJS.Timeout | undefined;
  private closed = false;
  /** The editor's worker (a pool of one), and whether it answered once (it has loaded compromise). */
  private editorPool: AnalysisPool | null = null;
  private editorUp = false;
  /** Whether the editor's worker has answered an analysis (compromise loaded, its match nets compiled, V8's code warm). */
  private editorAnalysed = false;
  /** The open documents' first analyses (first-analyses.ts): the indexing pool and the comparison worker start after them. */
  private readonly first = new FirstAnalyses();
  readonly firstAnalyses = this.first.done;

  /** `root`: the cache folder as configured; in a bundle the cache itself is a folder inside it. */
  private constructor(readonly mod: HostModule, readonly cache: DiskCache | null, private readonly root: string | null, editor: AnalysisPool | null) {
    this.editorPool = editor;
  }

  /** Opens the cache, with the entry and the editor's worker `startHost` gave (started now without it). */
  static async load(settings: HostSettings, start?: HostStart): Promise<AnalysisHost> {
    const { mod, editor } = start ?? (await startHost());
    mod.traceHeap('main');
    const dir = settings.cacheDir === 'default' ? mod.defaultCacheDir() : settings.cacheDir;
    if (dir === null) return new AnalysisHost(mod, null, null, editor);
    const folder = bundleFolder(dir);
    if (folder !== dir) mod.markCacheFolder(folder); // so that an older bundle's folder can be pruned
    return new AnalysisHost(mod, mod.openDiskCache(folder), dir, editor);
  }

  /**
   * Removes the cache folders of other analyser versions (and, in a bundle, of other bundles)
   * unused for a week or beyond the size cap; at most once a day (`pruneCacheIfDue`), or all of
   * them but the ones in use now with `all` (the clean command). Never throws.
   */
  async prune(all = false): Promise<PruneResult[]> {
    const cache = this.cache;
    if (!cache || this.root === null) return [];
    const run = (dir: string, keep: string) => all ? this.mod.pruneCache(dir, { all, keep: [keep] }) : this.mod.pruneCacheIfDue(dir, { keep: [keep] });
    const done: Array<PruneResult | null> = [];
    if (cache.dir !== this.root) done.push(await run(this.root, basename(cache.dir)));
    done.push(await run(cache.dir, cache.version));
    return done.filter((r): r is PruneResult => r !== null);
  }

  /** The thread the workspace is compared in (its comparison cache next to the analyses). */
  comparisonThread(onLost: (e: unknown) => void): ComparisonThread {
    mark('comparison worker started');
    return new this.mod.ComparisonThread({ store: this.cache, workerUrl: compareWorker(), onLost });
  }

  /** A text's analysis from the disk cache, with its entry's key (undefined: no cache, or not there). */
  readCached(text: string, format: ReportFormat): { analysis: ReportAnalysis; key: string } | undefined {
    const key = this.cache?.key(text, format);
    const analysis = key === undefined ? undefined : this.cache?.get(key);
    return analysis && key !== undefined ? { analysis, key } : undefined;
  }

  /** Whether `chars` characters to analyse repay starting workers (several cores, enough text). */
  worthWorkers(chars: number): boolean {
    return !this.closed && chars >= this.mod.MIN_CHARS_FOR_WORKERS && this.mod.defaultPoolSize() > 1;
  }

  /** Runs `work` with the pool (started if needed); the pool closes after a while without work. */
  async withPool<T>(work: (pool: AnalysisPool) => Promise<T>): Promise<T> {
    clearTimeout(this.idle);
    // the open documents' first analyses first (their diagnostics and the first requests wait for
    // them), and the pool's workers loading compromise beside the editor's slowed it (a cold start's
    // first hover waited 11 s at load 15-20 with the editor's, the pool's two and the comparison's
    // workers all loading compromise on two cores)
    if (!this.current) await this.first.done;
    if (this.closed) throw new Error('newslens: the analysis host is closed');
    // indexing is background work: its workers yield to the main thread (requests) and the editor's worker
    if (!this.current) mark('indexing pool started');
    this.current ??= this.mod.createAnalysisPool(this.mod.defaultPoolSize(), { workerUrl: bundledWorker(), background: true });
    const pool = this.current;
    this.users++;
    try {
      return await work(pool);
    } finally {
      this.users--;
      if (this.users === 0 && this.current === pool) {
        this.idle = setTimeout(() => void this.release(pool), IDLE_MS);
        this.idle.unref();
      }
    }
  }

  private async release(pool: AnalysisPool): Promise<void> {
    if (this.current !== pool || this.users > 0) return;
    this.current = null;
    await pool.close();
  }

  /**
   * Watches the editor's worker (started with the server, see startHost; it stays up until shutdown)
   * come up. `onUp`: once it answers (the caller warms it with the documents open then, see warmEditor).
   */
  startEditor(onUp?: () => void): void {
    const pool = this.editorPool;
    if (!pool || this.closed) {
      this.first.end();
      return;
    }
    void pool.stats().then((s) => {
      this.editorUp = s.workers.length > 0;
      mark('editor worker up');
      if (this.editorUp) onUp?.();
      this.first.answered(this.editorUp);
    });
  }

  /**
   * Runs `work`, a series of analyses in the editor's worker (an index run's reports too few for the
   * pool, sent one by one), as one: the first analyses are not done while it runs.
   */
  editorSeries<T>(work: () => Promise<T>): Promise<T> {
    return this.first.around(work);
  }

  /** Whether the editor's worker is up (it answered once: it has loaded compromise). */
  get editorReady(): boolean {
    // a worker that died is not up: its reports would run here without the editor's caches
    return this.editorUp && !this.closed && (this.editorPool?.live ?? 0) > 0;
  }

  /**
   * A document open whose analysis is known (just opened as on disk, or open when the worker came
   * up): the editor's worker analyses it too, result unused, so that its caches hold the document's
   * paragraphs and sentences before the first edit (which then re-analyses only what it changed),
   * and so that the edit is not the worker's first analysis (compromise compiles its match nets
   * and V8 its code on the first reports: 0.5-1 s on the loaded 2-core machine, which the first edit
   * waited for). Nothing when the worker is not up.
   */
  warmEditor(text: string, format: ReportFormat): void {
    if (!this.editorPool || !this.editorReady) return;
    note(`editor worker: warming sent (${this.editorPool.pending} before it)`);
    void this.editorPool.analyze(text, format).then(() => {
      this.editorAnalysed = true;
      note('editor worker: warming done');
    });
  }

  /** Analyses sent to the editor's worker and not answered yet. */
  get editorPending(): number {
    return this.editorPool?.pending ?? 0;
  }

  /**
   * Whether an analysis in the editor's worker is a matter of tens of ms (the worker is up and has
   * answered an analysis): false while it loads compromise and makes its first analysis (seconds on
   * a cold start), when a request has nothing to gain by waiting for it (requests.ts, REQUEST_WAIT).
   */
  get editorWarm(): boolean {
    return this.editorAnalysed && this.editorReady;
  }

  /**
   * A report's text analysed in the editor's worker, never on this thread while the worker is
   * there: an open document as edited (not cached), or as read or opened (`cache`: the worker
   * writes its disk cache entry; `key` says it was written, and the comparison worker reads it
   * back from there). Requests wait in the worker's queue while it loads compromise. On this
   * thread (the analyser loaded then) only once the workers are gone (shutdown). `json`: the
   * text the worker sent the analysis as.
   */
  async analyzeInEditor(text: string, format: ReportFormat, onInternalError?: (e: unknown) => void, options: { cache?: boolean } = {}): Promise<{ analysis: ReportAnalysis; json?: string; key?: string }> {
    const pool = this.editorPool;
    const cache = options.cache ? this.cache : null;
    if (!pool || this.closed) return { analysis: await analyseHere(text, format, onInternalError) };
    const target = cache ? { dir: cache.dir, key: cache.key(text, format), version: cache.version } : undefined;
    mark('first analysis sent to the editor worker');
    const result = await this.first.around(() => pool.analyze(text, format, target));
    this.editorAnalysed = true;
    mark('first analysis of the editor worker done');
    const { analysis, json, written, errors } = result;
    for (const e of errors) onInternalError?.(e);
    if (cache && target && written === 'ok') {
      cache.stats.written++;
      return { analysis, key: target.key };
    }
    if (cache && written === 'error') cache.stats.writeErrors++;
    return { analysis, json };
  }

  /** Terminates the workers (shutdown); later work runs on the calling thread. */
  async close(): Promise<void> {
    this.closed = true;
    this.first.end();
    clearTimeout(this.idle);
    const pools = [this.current, this.editorPool];
    this.current = null;
    this.editorPool = null;
    await Promise.all(pools.map((p) => p?.close()));
  }

  get isClosed(): boolean {
    return this.closed;
  }
}
