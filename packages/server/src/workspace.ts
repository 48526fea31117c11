import { basename, isAbsolute } from 'node:path';
import type { Diagnostic as NlDiagnostic, NewslensConfig, NewsLanguageService, Problem, ReportAnalysis } from '@newslens/language-service';
import { FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Comparing, rememberJson } from './comparing.js';
import { fileFilter, formatOf, relativeTo, reportKey, uriToPath } from './files.js';
import { Freshness } from './freshness.js';
import type { AnalysisHost } from './host.js';
import { Indexer } from './index-run.js';
import { editorService, service } from './load-service.js';
import { showMessage } from './messages.js';
import { Publisher, type Published } from './publishing.js';
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

/** Open documents longer than this wait for the editor's worker while it starts (shorter ones are then analysed here). */
export const LARGE_OPEN_CHARS = 50_000;

/**
 * The reports of the workspace folders and the open documents: reads and analyses them (indexing in
 * slices that yield to the event loop), has them compared in a worker thread (comparing.ts) and
 * publishes diagnostics (publishing.ts), so requests are answered in every phase. Whether a result
 * is still wanted is decided in one place (freshness.ts): each piece of work claims its report's
 * token, and stores or publishes only while the token is current.
 */
export class Workspace {
  /** Where internal errors (a part of the analysis or the comparison threw) are logged. */
  private readonly internal = internalErrorLog((m) => this.connection.console.error(m));
  private readonly fresh = new Freshness();
  private readonly comparing: Comparing;
  readonly store: ReportStore;
  private readonly publisher: Publisher;
  private readonly indexer: Indexer;
  private folders: FolderConfig[] = [];
  /** Debounce of edits: the analysis waits until the typing pauses. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private lastErrors = '';
  /** What decides which files are read, as of the last index run. */
  private scope = '';
  private svc: NewsLanguageService | null = null;
  /** The disk cache and the worker pool (null until loaded, or in tests without it). */
  private host: AnalysisHost | null = null;
  /** Open documents being analysed in a worker: requests on them wait for it. */
  private readonly pending = new Map<string, { version: number; done: Promise<void> }>();
  /** Settings a client pushed in didChangeConfiguration (for clients without workspace/configuration). */
  pushedSettings: unknown = null;
  indexing: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private options: WorkspaceOptions,
  ) {
    this.store = new ReportStore((id, analysis) => this.comparing.changed(id, analysis));
    this.comparing = new Comparing(this.store, {
      eventDone: (members) => this.publisher.enqueue(members),
      finished: (changed) => this.publisher.enqueue(changed),
      onInternalError: this.internal.compare,
      failed: (e) => this.connection.console.error(`newslens: the comparison failed: ${(e as Error).stack ?? e}`),
    });
    this.publisher = new Publisher({
      connection, documents, store: this.store, refresh: options.refresh, diagnose: (e) => this.diagnose(e),
      output: process.argv.includes('--stdio') ? process.stdout : undefined,
    });
    this.indexer = new Indexer({
      connection, documents, store: this.store, fresh: this.fresh, publisher: this.publisher, comparing: this.comparing, internal: this.internal,
      host: () => this.host, folders: () => this.folders, maxFileSize: (path) => this.configFor(path).config.maxFileSize,
      makeEntry: (...args) => this.makeEntry(...args), analyzeOpen: (uri) => this.analyzeOpen(uri, true), forget: (id) => this.forget(id),
    });
  }

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
    // the documents open and analysed when the editor's worker comes up (never one too large or excluded)
    host.startEditor(() => {
      for (const doc of this.documents.all()) {
        const entry = this.store.get(reportKey(doc.uri));
        if (entry?.analysis && entry.version === doc.version) host.warmEditor(doc.getText(), entry.format);
      }
    });
    this.comparing.attach(host.comparisonThread((e) => {
      this.connection.console.error(`newslens: the comparison worker stopped; comparing on the main thread: ${(e as Error).stack ?? e}`);
      this.comparing.replay();
    }));
  }

  /** Stops indexing and pending analyses, and terminates the worker threads (on shutdown). */
  stop(): Promise<void> {
    this.fresh.staleAll();
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
      this.publisher.enqueue([...this.store.all()].map((e) => e.id));
      return;
    }
    this.scope = scope;
    this.indexing = this.indexer.run();
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

  /** `failed`: hears of an extractor that threw (the analysis is then not cached), besides the log. */
  private makeEntry(id: string, uri: string, text: string | null, version: number | null, format: 'text' | 'markdown', notices: Problem[], analysis?: ReportAnalysis, failed?: () => void): Entry {
    const log = this.internal.analysis(id);
    return createEntry(this.service(), { id, uri, text, version, format, notices, analysis }, (e) =>
      this.connection.console.error(`newslens: the analysis of ${uri} failed: ${(e as Error).stack ?? e}`), failed ? (e) => { failed(); log(e); } : log);
  }

  /** Analyses an open document now if its entry is older than it (or `force`); returns the entry. */
  analyzeOpen(uri: string, force = false): Entry | undefined {
    const doc = this.documents.get(uri);
    const id = reportKey(uri);
    if (!doc) return this.store.get(id);
    const existing = this.store.get(id);
    if (existing && existing.version === doc.version && !force) return existing;
    // already in a worker: a request meanwhile waits for it (freshEntry) instead of starting it again
    if (this.pending.get(uri)?.version === doc.version && !force) return existing;
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
    const token = this.fresh.claim(id);
    const host = this.host;
    // else the disk cache's (a document opened before indexing reached it, or edited back to a text
    // analysed before): analysed here, it was also this thread's first analysis, compromise's warm-up
    const known = same ?? this.fromCache(text, format, notices);
    if (!known && host && !host.isClosed && (host.editorReady || text.length > LARGE_OPEN_CHARS) && !service().isSkipped(notices)) {
      this.analyzeInWorker(uri, id, token, doc.version, text, format, notices);
      return existing;
    }
    if (known && host && !host.isClosed) host.warmEditor(text, format);
    let failed = false;
    const entry = this.makeEntry(id, uri, text, doc.version, format, notices, known, () => (failed = true));
    // a document opened before indexing reached it is skipped by indexing (the editor has it): its
    // analysis goes to the disk cache here, so that the next start finds it (fromCache)
    const json = !known && !existing && !failed && entry.analysis ? host?.writeCached(text, format, entry.analysis) : undefined;
    if (json !== undefined) rememberJson(entry.analysis as ReportAnalysis, json);
    this.store.set(entry);
    return entry;
  }

  /** The analysis of a text from the disk cache (undefined: no cache, not there, or not to be analysed). */
  private fromCache(text: string, format: 'text' | 'markdown', notices: Problem[]): ReportAnalysis | undefined {
    const hit = service().isSkipped(notices) ? undefined : this.host?.readCached(text, format);
    if (hit) rememberJson(hit.analysis, hit.json); // the comparison worker gets this text, not a new serialisation
    return hit?.analysis;
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

  /** An open document analysed in the editor's worker; stored and published when done, if its token is still current. */
  private analyzeInWorker(uri: string, id: string, token: number, version: number, text: string, format: 'text' | 'markdown', notices: Problem[]): void {
    const host = this.host as AnalysisHost;
    const done = (async () => {
      const { analysis, json } = await host.analyzeEdited(text, format, this.internal.analysis(id));
      // a document closed (or edited again) meanwhile: its analysis is no report of the workspace
      if (!this.fresh.isCurrent(id, token) || this.documents.get(uri)?.version !== version) return;
      if (json !== undefined) rememberJson(analysis, json); // the comparison worker gets this text, not a new serialisation
      this.store.set(this.makeEntry(id, uri, text, version, format, notices, analysis));
      this.publisher.now(id);
    })().catch((e) => this.connection.console.error(`newslens: analysing ${uri} failed: ${(e as Error).stack ?? e}`))
      .finally(() => {
        if (this.pending.get(uri)?.done === done) this.pending.delete(uri);
      });
    this.pending.set(uri, { version, done });
  }

  /** After an edit: analyse once the typing pauses, publish its own diagnostics at once; its event's follow when compared. */
  schedule(uri: string, delay = this.options.debounce): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      try {
        const entry = this.analyzeOpen(uri);
        if (entry) this.publisher.now(entry.id);
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
    const path = uriToPath(uri);
    const stored = path !== null && this.inFolders(path) && this.configFor(path).included && (await this.indexer.readFromDisk(path));
    if (!stored && !this.documents.get(uri)) this.forget(id);
    else this.publisher.now(id);
  }

  /** Files created, changed or deleted on disk (workspace/didChangeWatchedFiles). */
  async filesChanged(changes: FileEvent[]): Promise<void> {
    if (changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE}`))) {
      await this.reload();
      return;
    }
    for (const c of changes) {
      const path = uriToPath(c.uri);
      if (path === null || this.documents.get(c.uri)) continue;
      const id = reportKey(c.uri);
      if (c.type === FileChangeType.Deleted || !this.inFolders(path) || !this.configFor(path).included) {
        this.forget(id);
      } else if (await this.indexer.readFromDisk(path)) {
        this.publisher.now(id);
      }
    }
  }

  private inFolders(path: string): boolean {
    return this.folders.some((f) => f.path !== null && relativeTo(f.path, path) !== null);
  }

  /** Drops a report and clears its diagnostics; an analysis of it still under way is outdated. */
  private forget(id: string): void {
    this.fresh.claim(id);
    const entry = this.store.get(id);
    this.store.delete(id);
    if (entry) this.publisher.forget(id, entry.uri);
  }

  /** A report's diagnostics: its own problems and its cross-report ones, with its folder's configuration. */
  private diagnose(e: Entry): NlDiagnostic[] {
    const { config } = this.configFor(e.id);
    const extra = [...e.notices, ...this.store.problemsOf(e.id)];
    return e.analysis ? this.service().doValidation(e.analysis, config, extra) : service().applyConfig(e.text, extra, config);
  }

  /** The diagnostics last published for a report. */
  publishedFor(id: string): Published | undefined {
    return this.publisher.publishedFor(id);
  }

  /** Resolves once the comparison and publishing caught up with every change (tests, benchmarks). */
  async settled(): Promise<void> {
    await this.comparing.settled();
    await this.publisher.drained();
  }
}
