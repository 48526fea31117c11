import { basename, isAbsolute } from 'node:path';
import type { Diagnostic as NlDiagnostic, NewslensConfig, NewsLanguageService, Problem, ReportAnalysis } from '@newslens/language-service';
import { FileChangeType, type Connection, type Diagnostic, type FileEvent, type TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { adoptCachedComparison } from './comparison-cache.js';
import { toDiagnostic } from './convert.js';
import { fileFilter, formatOf, listReports, pathToUri, readReport, relativeTo, reportKey, uriToPath } from './files.js';
import type { AnalysisHost } from './host.js';
import { analyseHere, indexFiles, type DiskRead, type IndexCounts } from './indexing.js';
import { editorService, service } from './load-service.js';
import { showMessage } from './messages.js';
import { CONFIG_FILE, loadFolderConfigs, SECTION, type FolderConfig } from './settings.js';
import { internalErrorLog } from './internal-errors.js';
import { createEntry, ReportStore, type Entry } from './store.js';

export interface WorkspaceOptions {
  folders: Array<{ uri: string; name: string }>;
  /** The client answers workspace/configuration. */
  canPullSettings: boolean;
  /** Milliseconds between the last edit and the analysis. */
  debounce: number;
  /** The workspace/…/refresh requests the client supports (views that depend on other reports). */
  refresh: Array<'codeLens' | 'inlayHint' | 'semanticTokens'>;
}

/** What was last published for a report: the service's diagnostics and their LSP form. */
interface Published {
  diagnostics: NlDiagnostic[];
  lsp: Diagnostic[];
}

/** Longest slice of indexing work on the main thread between two yields (a request waits at most about this long). */
const YIELD_EVERY_MS = 10;
/** Open documents longer than this are analysed in a worker thread, so requests on others go on. */
export const LARGE_OPEN_CHARS = 50_000;

/**
 * The reports of the workspace folders and the open documents: reads and analyses them, keeps
 * the comparison, publishes diagnostics. Indexing runs in slices that yield to the event loop,
 * so requests are answered while it goes on; a newer index run or edit makes older work stop.
 */
export class Workspace {
  /** Where internal errors (a part of the analysis or the comparison threw) are logged. */
  private readonly internal = internalErrorLog((m) => this.connection.console.error(m));
  readonly store = new ReportStore(this.internal.compare, (e) => this.connection.console.error(`newslens: the comparison failed: ${(e as Error).stack ?? e}`));
  private folders: FolderConfig[] = [];
  private generation = 0;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly tickets = new Map<string, number>();
  private readonly published = new Map<string, Published>();
  private lastErrors = '';
  /** What decides which files are read, as of the last index run. */
  private scope = '';
  private running = false;
  private svc: NewsLanguageService | null = null;
  /** The disk cache and the worker pool (null until loaded, or in tests without it). */
  private host: AnalysisHost | null = null;
  /** Large open documents being analysed in a worker: their version and the work. */
  private readonly pending = new Map<string, { version: number; done: Promise<void> }>();
  lastIndex: IndexCounts = { reports: 0, fromCache: 0, analysed: 0, workers: 0, comparisonFromCache: false };
  /** Settings a client pushed in didChangeConfiguration (for clients without workspace/configuration). */
  pushedSettings: unknown = null;
  indexing: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private options: WorkspaceOptions,
  ) {}

  private service(): NewsLanguageService {
    this.svc ??= editorService();
    return this.svc;
  }

  /** The analysis host once loaded (null before, or when it failed to load). */
  analysisHost(): AnalysisHost | null {
    return this.host;
  }

  setHost(host: AnalysisHost): void {
    this.host = host;
  }

  /** Stops indexing and pending analyses, and terminates the worker threads (on shutdown). */
  stop(): Promise<void> {
    this.generation++;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    return this.host?.close() ?? Promise.resolve();
  }

  folderList(): WorkspaceOptions['folders'] {
    return this.options.folders;
  }

  setFolders(folders: WorkspaceOptions['folders']): void {
    this.options = { ...this.options, folders };
  }

  /**
   * Reads the settings and each folder's newslens.json. When they change which files are read
   * (folders, include, exclude, size cap), indexes everything again; when only severities or
   * ignored phrases change, publishes again without reading a file.
   */
  async reload(): Promise<void> {
    const errors: string[] = [];
    const pull = this.options.canPullSettings
      ? (scopeUri: string) => this.connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SECTION } : { section: SECTION })
      : null;
    const folders = await loadFolderConfigs(this.options.folders, pull, this.pushedSettings, errors);
    this.folders = folders;
    const unique = [...new Set(errors)];
    const key = unique.join('\n');
    if (unique.length && key !== this.lastErrors) {
      for (const e of unique) this.connection.console.warn(`newslens: ${e}`);
      showMessage(this.connection, 'warning', `newslens: ${unique[0]}${unique.length > 1 ? ` (and ${unique.length - 1} more in the output)` : ''}`);
    }
    this.lastErrors = key;
    const scope = JSON.stringify(folders.map((f) => [f.uri, f.config.include, f.config.exclude, f.config.maxFileSize]));
    if (scope === this.scope) {
      // An index run still going publishes with the new config when it ends.
      if (!this.running) this.publishAll();
      return;
    }
    this.scope = scope;
    this.indexing = this.reindex();
    await this.indexing;
  }

  /**
   * The config that applies to a report, and whether its include/exclude globs take it. A file
   * outside the folders is matched by its name; an unsaved document (`untitled:`) as a `.txt`
   * or, for Markdown, a `.md` file.
   */
  configFor(id: string, languageId?: string): { config: NewslensConfig; included: boolean; dateHints: boolean } {
    const path = isAbsolute(id) ? id : uriToPath(id);
    for (const f of this.folders) {
      const rel = f.path && path ? relativeTo(f.path, path) : null;
      if (rel !== null) return { config: f.config, included: f.keep(rel), dateHints: f.dateHints };
    }
    const fallback = this.folders[0];
    const name = path ? basename(path) : `untitled.${languageId === 'markdown' ? 'md' : 'txt'}`;
    if (!fallback) return { config: service().cloneDefault(), included: fileFilter(service().cloneDefault())(name), dateHints: false };
    return { config: fallback.config, included: fallback.keep(name), dateHints: fallback.dateHints };
  }

  /** Analyses every included file of the folders (open documents come from the editor). */
  private async reindex(): Promise<void> {
    const gen = ++this.generation;
    const stale = () => gen !== this.generation;
    this.running = true;
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('newslens: indexing reports', 0, 'listing files', false);
    this.status('indexing', 0, 0);
    try {
      const files: string[] = [];
      for (const f of this.folders) {
        if (f.path) files.push(...(await listReports(f.path, f.keep, stale)));
      }
      if (stale()) return;
      const wanted = new Set(files);
      for (const e of [...this.store.all()]) {
        if (e.version === null && !wanted.has(e.id)) this.forget(e.id);
      }
      const open = this.documents.all().flatMap((doc) => this.analyzeOpen(doc.uri, true) ?? []);
      for (const e of open) this.publish(e);
      let slice = Date.now();
      const counts = await indexFiles(files, {
        host: this.host,
        stale,
        read: (path) => this.readForIndex(path),
        store: (r, analysis) => {
          this.storeRead(r, analysis);
          this.store.getComparison(); // recomputed now and then, so requests see the reports indexed so far
        },
        onInternalError: (path) => this.internal.analysis(path),
        tick: async (done) => {
          if (Date.now() - slice <= YIELD_EVERY_MS) return;
          progress.report(Math.floor((done / files.length) * 100), `${done}/${files.length} reports`);
          this.status('indexing', done, files.length);
          await new Promise((r) => setImmediate(r));
          slice = Date.now();
        },
      });
      if (!counts || stale()) return;
      const cache = this.host?.cache;
      const comparisonFromCache = cache && this.host ? adoptCachedComparison(this.store, this.host.mod, cache) : false;
      this.lastIndex = { reports: files.length, ...counts, comparisonFromCache };
      const { fromCache, analysed, workers } = counts;
      this.connection.console.log(`newslens: indexed ${files.length} reports: ${fromCache} from the cache, ${analysed} analysed (${workers} worker threads); comparison ${comparisonFromCache ? 'from the cache' : 'computed'}`);
      this.publishAll();
    } finally {
      progress.done();
      if (!stale()) {
        this.running = false;
        this.status('idle', this.store.size, this.store.size);
      }
    }
  }

  private status(state: 'indexing' | 'idle', done: number, total: number): void {
    const counts = state === 'idle' ? { fromCache: this.lastIndex.fromCache, analysed: this.lastIndex.analysed } : {};
    void this.connection.sendNotification('newslens/status', { state, done, total, ...counts });
  }

  /** Reads a file from disk unless the editor has it open (null then, or when it is gone). */
  private async readForIndex(path: string): Promise<DiskRead | null> {
    const uri = pathToUri(path);
    const { config } = this.configFor(path);
    const ticket = this.ticket(path);
    const read = await readReport(path, config.maxFileSize);
    if (this.tickets.get(path) !== ticket || this.documents.get(uri)) return null;
    if (read.missing) {
      this.forget(path);
      return null;
    }
    return { path, uri, ticket, text: read.text, format: formatOf(path), problems: read.problems };
  }

  /** Stores a report read from disk (with its analysis when known) unless newer work replaced it. */
  private storeRead(r: DiskRead, analysis: ReportAnalysis | undefined): boolean {
    if (this.tickets.get(r.path) !== r.ticket || this.documents.get(r.uri)) return false;
    this.store.set(this.makeEntry(r.path, r.uri, r.text, null, r.format, r.problems, analysis));
    return true;
  }

  /** Reads and analyses a file from disk unless the editor has it open. Returns whether stored. */
  private async readFromDisk(path: string): Promise<boolean> {
    const read = await this.readForIndex(path);
    return read !== null && this.storeRead(read, await analyseHere(this.host, read, this.internal.analysis(path)));
  }

  private ticket(id: string): number {
    const n = (this.tickets.get(id) ?? 0) + 1;
    this.tickets.set(id, n);
    return n;
  }

  private makeEntry(id: string, uri: string, text: string | null, version: number | null, format: 'text' | 'markdown', notices: Problem[], analysis?: ReportAnalysis): Entry {
    return createEntry(this.service(), { id, uri, text, version, format, notices, analysis }, (e) =>
      this.connection.console.error(`newslens: the analysis of ${uri} failed: ${(e as Error).stack ?? e}`), this.internal.analysis(id));
  }

  /** Analyses an open document now if its entry is older than it (or `force`); returns the entry. */
  analyzeOpen(uri: string, force = false): Entry | undefined {
    const doc = this.documents.get(uri);
    const id = reportKey(uri);
    if (!doc) return this.store.get(id);
    const existing = this.store.get(id);
    if (existing && existing.version === doc.version && !force) return existing;
    const { config, included } = this.configFor(id, doc.languageId);
    if (!included) {
      if (existing) this.forget(id);
      return undefined;
    }
    const text = doc.getText();
    const format = formatOf(id, doc.languageId);
    const notices = service().screenReportText(text, config.maxFileSize);
    // Just opened and as on disk: the analysis from indexing (or the cache) serves.
    const same = existing?.version === null && existing.format === format && existing.text === text ? existing.analysis ?? undefined : undefined;
    if (!same && text.length > LARGE_OPEN_CHARS && this.host && !this.host.isClosed && !service().isSkipped(notices)) {
      this.analyzeLarge(uri, id, doc.version, text, format, notices);
      return existing;
    }
    this.ticket(id);
    const entry = this.makeEntry(id, uri, text, doc.version, format, notices, same);
    this.store.set(entry);
    return entry;
  }

  /** The entry of a document for a request: waits for a worker still analysing it. */
  async freshEntry(uri: string): Promise<Entry | undefined> {
    for (let i = 0; i < 3; i++) {
      const entry = this.analyzeOpen(uri);
      const pending = this.pending.get(uri);
      if (!pending) return entry;
      await pending.done;
    }
    return this.store.get(reportKey(uri));
  }

  /** A large open document analysed in a worker thread; stored and published when done (unless edited since). */
  private analyzeLarge(uri: string, id: string, version: number, text: string, format: 'text' | 'markdown', notices: Problem[]): void {
    const host = this.host as AnalysisHost;
    if (this.pending.get(uri)?.version === version) return;
    const ticket = this.ticket(id);
    const done = (async () => {
      const analysis = await host.analyzeOne(text, format, this.internal.analysis(id));
      if (this.tickets.get(id) !== ticket || this.documents.get(uri)?.version !== version) return;
      const before = this.store.get(id) ? this.store.eventOf(id) : [];
      this.store.set(this.makeEntry(id, uri, text, version, format, notices, analysis));
      this.publishMany([...before, ...this.store.eventOf(id)]);
    })().catch((e) => this.connection.console.error(`newslens: analysing ${uri} failed: ${(e as Error).stack ?? e}`))
      .finally(() => {
        if (this.pending.get(uri)?.done === done) this.pending.delete(uri);
      });
    this.pending.set(uri, { version, done });
  }

  /** After an edit: analyse once the typing pauses, then publish it and the rest of its event. */
  schedule(uri: string, delay = this.options.debounce): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      try {
        const id = reportKey(uri);
        const before = this.store.get(id) ? this.store.eventOf(id) : [];
        const entry = this.analyzeOpen(uri);
        this.publishMany([...before, ...(entry ? this.store.eventOf(id) : [id])]);
      } catch (e) {
        this.connection.console.error(`newslens: analysing ${uri} failed: ${(e as Error).stack ?? e}`);
      }
    }, delay));
  }

  /** An editor closed a document: the file on disk takes over (or it is forgotten). */
  async closed(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    const id = reportKey(uri);
    const before = this.store.get(id) ? this.store.eventOf(id) : [id];
    const path = uriToPath(uri);
    const stored = path !== null && this.inFolders(path) && this.configFor(path).included && (await this.readFromDisk(path));
    if (!stored && !this.documents.get(uri)) this.forget(id);
    this.publishMany([...before, ...(this.store.get(id) ? this.store.eventOf(id) : [])]);
  }

  /** Files created, changed or deleted on disk (workspace/didChangeWatchedFiles). */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    if (changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) {
      await this.reload();
      return;
    }
    const touched: string[] = [];
    for (const c of changes) {
      const path = uriToPath(c.uri);
      if (path === null || this.documents.get(c.uri)) continue;
      const id = reportKey(c.uri);
      if (this.store.get(id)) touched.push(...this.store.eventOf(id));
      if (c.type === FileChangeType.Deleted || !this.inFolders(path) || !this.configFor(path).included) {
        this.ticket(id);
        this.forget(id);
      } else {
        await this.readFromDisk(path);
      }
      if (this.store.get(id)) touched.push(id);
    }
    for (const id of [...touched]) if (this.store.get(id)) touched.push(...this.store.eventOf(id));
    this.publishMany(touched);
  }

  private inFolders(path: string): boolean {
    return this.folders.some((f) => f.path !== null && relativeTo(f.path, path) !== null);
  }

  /** Drops a report and clears its diagnostics. */
  private forget(id: string): void {
    const entry = this.store.get(id);
    this.store.delete(id);
    if (this.published.delete(id) && entry) this.connection.sendDiagnostics({ uri: entry.uri, diagnostics: [] });
  }

  publishAll(): void {
    this.store.getComparison(true);
    for (const e of this.store.all()) this.publish(e);
    this.refreshViews();
  }

  /** Asks the client to re-request code lenses, inlay hints and semantic tokens (they depend on the other reports). */
  private refreshViews(): void {
    for (const view of this.options.refresh) {
      void this.connection.sendRequest(`workspace/${view}/refresh`).catch(() => undefined);
    }
  }

  private publishMany(ids: string[]): void {
    this.store.getComparison(true);
    const unique = new Set(ids);
    for (const id of unique) {
      const e = this.store.get(id);
      if (e) this.publish(e);
    }
    if (unique.size > 1 && this.options.refresh.includes('codeLens')) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** Publishes a report's diagnostics, never for an outdated version of an open document. */
  private publish(e: Entry): void {
    if (e.version !== null && this.documents.get(e.uri)?.version !== e.version) return;
    const { config } = this.configFor(e.id);
    const extra = [...e.notices, ...this.store.problemsOf(e.id)];
    const diagnostics = e.analysis ? this.service().doValidation(e.analysis, config, extra) : service().applyConfig(e.text, extra, config);
    const lsp = diagnostics.map((d) => toDiagnostic(e, d, this.store.resolve));
    this.published.set(e.id, { diagnostics, lsp });
    void this.connection.sendDiagnostics({ uri: e.uri, version: e.version ?? undefined, diagnostics: lsp });
  }

  /** The diagnostics last published for a report. */
  publishedFor(id: string): Published | undefined {
    return this.published.get(id);
  }
}
