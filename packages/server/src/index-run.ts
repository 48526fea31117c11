/**
 * An index run of the workspace: lists the folders' reports, reads and analyses them (indexing.ts:
 * the disk cache, worker threads, slices that yield to the event loop), then has them compared and
 * waits until the comparison is done and published, reporting progress and the `newslens/status`
 * notification. A newer run (or shutdown) makes it stale through the WORKSPACE token.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ReportAnalysis } from '@newslens/language-service';
import type { Comparing } from './comparing.js';
import { formatOf, listReports, pathToUri, readReport } from './files.js';
import { WORKSPACE, type Freshness } from './freshness.js';
import type { AnalysisHost } from './host.js';
import { analyseOne, indexFiles, type DiskRead, type IndexCounts } from './indexing.js';
import type { InternalErrorLog } from './internal-errors.js';
import type { Publisher } from './publishing.js';
import { mark } from './startup-marks.js';
import type { FolderConfig } from './settings.js';
import type { Entry, EntrySource, ReportStore } from './store.js';

/** Longest slice of indexing work on the main thread between two yields (a request waits at most about this long). */
const YIELD_EVERY_MS = 10;

export interface IndexDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: ReportStore;
  fresh: Freshness;
  publisher: Publisher;
  comparing: Comparing;
  internal: InternalErrorLog;
  host(): AnalysisHost | null;
  folders(): FolderConfig[];
  maxFileSize(path: string): number;
  makeEntry(src: EntrySource): Entry;
  /** Analyses an open document again (force); returns its entry. */
  analyzeOpen(uri: string): Entry | undefined;
  forget(id: string): void;
}

export class Indexer {
  lastIndex: IndexCounts = { reports: 0, fromCache: 0, analysed: 0, workers: 0, comparisonFromCache: false };

  constructor(private readonly deps: IndexDeps) {}

  /** Analyses every included file of the folders (open documents come from the editor), then has them compared. */
  async run(): Promise<void> {
    const { connection, store, fresh, publisher, comparing } = this.deps;
    const token = fresh.claim(WORKSPACE);
    const stale = () => !fresh.isCurrent(WORKSPACE, token);
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('newslens: indexing reports', 0, 'listing files', false);
    this.status('indexing', 0, 0);
    comparing.pause();
    try {
      const files: string[] = [];
      for (const f of this.deps.folders()) {
        if (f.path) files.push(...(await listReports(f.path, f.keep, stale)));
      }
      if (stale()) return;
      mark('index: files listed');
      const wanted = new Set(files);
      for (const e of [...store.all()]) {
        if (e.version === null && !wanted.has(e.id)) this.deps.forget(e.id);
      }
      for (const doc of this.deps.documents.all()) {
        const e = this.deps.analyzeOpen(doc.uri);
        if (e) publisher.now(e.id);
      }
      let slice = Date.now();
      const counts = await indexFiles(files, {
        host: this.deps.host(),
        stale,
        read: (path) => this.read(path),
        store: (r, analysis) => this.store(r, analysis),
        // a small workspace's reports, analysed one by one: each one's own diagnostics at once (the
        // seeds' first diagnostics no longer wait for the last report), the union once compared
        analysedAlone: (path) => publisher.now(path),
        onInternalError: (path) => this.deps.internal.analysis(path),
        tick: async (done) => {
          if (Date.now() - slice <= YIELD_EVERY_MS) return;
          progress.report(Math.floor((done / files.length) * 100), `${done}/${files.length} reports`);
          this.status('indexing', done, files.length);
          await new Promise((r) => setImmediate(r));
          slice = Date.now();
        },
      });
      if (!counts || stale()) return;
      mark('index: every report read and analysed');
      // each report's own diagnostics now; the cross-report ones as each event is compared
      publisher.enqueue([...store.all()].map((e) => e.id), false);
      progress.report(100, 'comparing reports');
      this.status('comparing', store.size, store.size);
      // asked for first, then resumed: resuming first would start a run that the request makes stale at once (two runs)
      comparing.request();
      comparing.resume();
      await comparing.settled();
      if (stale()) return;
      mark('index: compared');
      const comparisonFromCache = Boolean(this.deps.host()?.cache && comparing.last?.allFromCache);
      this.lastIndex = { reports: files.length, ...counts, comparisonFromCache };
      const { fromCache, analysed, workers } = counts;
      connection.console.log(`newslens: indexed ${files.length} reports: ${fromCache} from the cache, ${analysed} analysed (${workers} worker threads); comparison ${comparisonFromCache ? 'from the cache' : 'computed'}`);
      await publisher.drained();
    } finally {
      progress.done();
      if (!stale()) {
        comparing.resume();
        this.status('idle', store.size, store.size);
      }
    }
  }

  /** Reads and analyses a file from disk unless the editor has it open. Returns whether stored. */
  async readFromDisk(path: string): Promise<boolean> {
    const read = await this.read(path);
    return read !== null && this.store(read, await analyseOne(this.deps.host(), read, this.deps.internal.analysis(path)));
  }

  private status(state: 'indexing' | 'comparing' | 'idle', done: number, total: number): void {
    const counts = state === 'idle' ? { fromCache: this.lastIndex.fromCache, analysed: this.lastIndex.analysed } : {};
    void this.deps.connection.sendNotification('newslens/status', { state, done, total, ...counts });
  }

  /**
   * Reads a file from disk unless the editor has it open (null then, when it is gone, or when newer
   * work claimed it). An open document is left alone before any token is claimed: claiming one would
   * make the editor's analysis of it in flight stale.
   */
  private async read(path: string): Promise<DiskRead | null> {
    const uri = pathToUri(path);
    if (this.deps.documents.get(uri)) return null;
    const ticket = this.deps.fresh.claim(path);
    const read = await readReport(path, this.deps.maxFileSize(path));
    // opening the document meanwhile claimed a newer token: the editor has it
    if (!this.deps.fresh.isCurrent(path, ticket)) return null;
    if (read.missing) {
      this.deps.forget(path);
      return null;
    }
    return { path, uri, ticket, text: read.text, format: formatOf(path), problems: read.problems };
  }

  /** Stores a report read from disk (with its analysis when known) unless newer work claimed it (an edit, the document opened). */
  private store(r: DiskRead, analysis: ReportAnalysis | undefined): boolean {
    if (!this.deps.fresh.isCurrent(r.path, r.ticket)) return false;
    this.deps.store.set(this.deps.makeEntry({ id: r.path, uri: r.uri, token: r.ticket, text: r.text, version: null, format: r.format, notices: r.problems, analysis }));
    return true;
  }
}
