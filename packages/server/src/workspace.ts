import { basename, isAbsolute } from 'node:path';
import type { Diagnostic as NlDiagnostic, NewslensConfig } from '@newslens/language-service';
import { FileChangeType, type Connection, type FileEvent, type TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Comparing } from './comparing.js';
import { OpenDocuments } from './editing.js';
import { fileFilter, relativeTo, reportKey, uriToPath } from './files.js';
import { Freshness } from './freshness.js';
import type { AnalysisHost } from './host.js';
import { Indexer } from './index-run.js';
import { service } from './load-service.js';
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

/**
 * The reports of the workspace folders and the open documents, and the settings that say which they
 * are: each part does one thing (indexing the folders, index-run.ts; the open documents, editing.ts;
 * the comparison in a worker thread, comparing.ts; publishing in slices, publishing.ts; the reports
 * and their last complete comparison, store.ts), so requests are answered in every phase. Whether a
 * result is still wanted is decided in one place (freshness.ts): every change claims its report's
 * token, and work stores or publishes only while the token it started under is current.
 */
export class Workspace {
  /** Where internal errors (a part of the analysis or the comparison threw) are logged. */
  private readonly internal = internalErrorLog((m) => this.connection.console.error(m));
  private readonly fresh = new Freshness();
  private readonly comparing: Comparing;
  readonly store: ReportStore;
  private readonly publisher: Publisher;
  private readonly indexer: Indexer;
  private readonly open: OpenDocuments;
  private folders: FolderConfig[] = [];
  private lastErrors = '';
  /** What decides which files are read, as of the last index run. */
  private scope = '';
  /** The disk cache and the worker pool (null until loaded, or in tests without it). */
  private host: AnalysisHost | null = null;
  /** Settings a client pushed in didChangeConfiguration (for clients without workspace/configuration). */
  pushedSettings: unknown = null;
  indexing: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private options: WorkspaceOptions,
  ) {
    this.store = new ReportStore((id, analysis) => this.comparing.changed(id, analysis));
    this.comparing = new Comparing(this.store, this.fresh, {
      eventDone: (members) => this.publisher.enqueue(members),
      finished: (changed) => this.publisher.enqueue(changed),
      regroupedAfterEdits: (changed) => this.connection.console.log(`newslens: edits paused: every report grouped again (cross-report diagnostics changed in ${changed.length} reports)`),
      onInternalError: this.internal.compare,
      failed: (e) => this.connection.console.error(`newslens: the comparison failed: ${(e as Error).stack ?? e}`),
    });
    this.publisher = new Publisher({
      connection, store: this.store, refresh: options.refresh, diagnose: (e) => this.diagnose(e), current: (e) => this.open.current(e),
    });
    this.indexer = new Indexer({
      connection, documents, store: this.store, fresh: this.fresh, publisher: this.publisher, comparing: this.comparing, internal: this.internal,
      host: () => this.host, folders: () => this.folders, maxFileSize: (path) => this.configFor(path).config.maxFileSize,
      makeEntry: createEntry, analyzeOpen: (uri) => this.open.analyzeOpen(uri, true), forget: (id) => this.forget(id),
    });
    this.open = new OpenDocuments({
      connection, documents, store: this.store, fresh: this.fresh, publisher: this.publisher, internal: this.internal,
      host: () => this.host, configFor: (id, languageId) => this.configFor(id, languageId), makeEntry: createEntry,
      forget: (id) => this.forget(id), reread: (path) => this.reread(path),
    });
  }

  /** The analysis host once loaded (null before, or when it failed to load). */
  analysisHost(): AnalysisHost | null {
    return this.host;
  }

  setHost(host: AnalysisHost): void {
    this.host = host;
    // the documents open and analysed when the editor's worker comes up (never one too large or excluded)
    host.startEditor(() => this.open.warm(host));
    // the comparison worker loads compromise too: started once the open documents' first analyses
    // are done, or as soon as a comparison is asked for (host.ts, firstAnalyses)
    this.comparing.attachLater(() => host.comparisonThread((e) => {
      this.connection.console.error(`newslens: the comparison worker stopped; comparing on the main thread: ${(e as Error).stack ?? e}`);
      this.comparing.replay();
    }), host.firstAnalyses);
  }

  /** Stops indexing and pending analyses, and terminates the worker threads (on shutdown). */
  stop(): Promise<void> {
    this.fresh.staleAll(); // indexing, the analyses in flight and the debounced edits stop
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

  /** The entry of a document for a request (open documents analysed first, or waited for until `deadline`: 'reading' then). */
  freshEntry(uri: string, deadline?: number): Promise<Entry | 'reading' | undefined> {
    return this.open.freshEntry(uri, deadline);
  }

  /** After an edit: analyse once the typing pauses, publish its own diagnostics at once; its event's follow when compared. */
  schedule(uri: string, delay = this.options.debounce): void {
    this.open.schedule(uri, delay);
  }

  /** An editor closed a document: the file on disk takes over (or it is forgotten). */
  closed(uri: string): Promise<void> {
    return this.open.closed(uri);
  }

  /** Reads a file of the workspace from disk again (false: outside the folders, excluded, open, or superseded). */
  private async reread(path: string): Promise<boolean> {
    return this.inFolders(path) && this.configFor(path).included && this.indexer.readFromDisk(path);
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
    return e.analysis ? service().doValidation(e.analysis, config, extra) : service().applyConfig(e.text, extra, config);
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
