/**
 * The open documents: each is analysed as the editor has it, once the typing pauses (the debounce),
 * in the editor's worker (host.ts; never on this thread, which does not load the tagger: a document
 * opened before that worker is up waits in its queue, and a request on it waits for that analysis
 * while other requests are answered), unless the disk cache has it; its own diagnostics are published at once; its
 * event's follow when compared. Whether a result is still wanted is the report's token (freshness.ts): an
 * edit, the document closed or the report forgotten claims a new one, and an analysis is stored and
 * published only while the token it started under is current.
 */
import type { NewslensConfig, Problem, ReportAnalysis } from '@newslens/language-service';
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rememberSource } from './comparing.js';
import { formatOf, reportKey, uriToPath } from './files.js';
import type { Freshness } from './freshness.js';
import type { AnalysisHost } from './host.js';
import type { InternalErrorLog } from './internal-errors.js';
import { analyseHere, service } from './load-service.js';
import type { Publisher } from './publishing.js';
import { note } from './startup-marks.js';
import type { Entry, EntrySource, ReportStore } from './store.js';

export interface EditingDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: ReportStore;
  fresh: Freshness;
  publisher: Publisher;
  internal: InternalErrorLog;
  host(): AnalysisHost | null;
  /** The configuration of a report, and whether its folder's include/exclude globs take it. */
  configFor(id: string, languageId?: string): { config: NewslensConfig; included: boolean };
  /** Makes an entry of a report whose analysis is known (`src.analysis`; none: skipped, or not analysed). */
  makeEntry(src: EntrySource): Entry;
  forget(id: string): void;
  /** Reads a closed document's file from disk again when it belongs to the workspace; whether it was stored. */
  reread(path: string): Promise<boolean>;
}

export class OpenDocuments {
  constructor(private readonly deps: EditingDeps) {}

  /** The editor's worker came up: the open documents analysed so far are sent to it (their paragraphs and sentences then cached there). */
  warm(host: AnalysisHost): void {
    for (const doc of this.deps.documents.all()) {
      const entry = this.deps.store.get(reportKey(doc.uri));
      if (entry?.analysis && this.current(entry)) host.warmEditor(doc.getText(), entry.format);
    }
  }

  /** Whether an entry is the report as it is now (no edit, read or close since it was made). */
  current(e: Entry): boolean {
    return this.deps.fresh.isCurrent(e.id, e.token);
  }

  /** After an edit (or the document opened): analyse once the typing pauses, publish its own diagnostics at once. */
  schedule(uri: string, delay: number): void {
    this.deps.fresh.afterQuiet(reportKey(uri), delay, () => {
      note('edit: debounce over');
      try {
        const entry = this.analyzeOpen(uri);
        if (entry) this.deps.publisher.now(entry.id);
      } catch (e) {
        this.deps.connection.console.error(`newslens: analysing ${uri} failed: ${(e as Error).stack ?? e}`);
      }
    });
  }

  /**
   * The entry of a document for a request: analysed now if the editor's text is newer, or waited for
   * while a worker analyses it, until `deadline` (performance.now()); 'reading' when the analysis of
   * the document as it is now was still under way then (the request answers with what it has).
   */
  async freshEntry(uri: string, deadline = Infinity): Promise<Entry | 'reading' | undefined> {
    const id = reportKey(uri);
    // a bounded wait pays off only when the analysis is a matter of tens of ms: not while the editor's
    // worker loads compromise or makes its first analysis (seconds), when the request answers at once
    const host = this.deps.host();
    if (deadline !== Infinity && host && !host.isClosed && !host.editorWarm) deadline = -Infinity;
    for (let i = 0; i < 3; i++) {
      const entry = this.analyzeOpen(uri);
      const pending = this.deps.fresh.inFlight(id);
      if (!pending) return entry;
      if (!(await doneBy(pending, deadline))) return 'reading';
    }
    return this.deps.store.get(id);
  }

  /**
   * Analyses an open document now unless its entry is current or its analysis is in flight (`force`:
   * again in any case, under a new token); returns the entry (the one before, while a worker analyses).
   */
  analyzeOpen(uri: string, force = false): Entry | undefined {
    const { documents, store, fresh } = this.deps;
    const doc = documents.get(uri);
    const id = reportKey(uri);
    const existing = store.get(id);
    if (!doc) return existing;
    if (!force && ((existing && this.current(existing)) || fresh.inFlight(id))) return existing;
    const { config, included } = this.deps.configFor(id, doc.languageId);
    if (!included) {
      if (existing) this.deps.forget(id);
      return undefined;
    }
    const token = force ? fresh.claim(id) : fresh.tokenOf(id);
    const text = doc.getText();
    const format = formatOf(id, doc.languageId);
    const notices = service().screenReportText(text, config.maxFileSize);
    const src: EntrySource = { id, uri, token, text, version: doc.version, format, notices };
    // Just opened and as on disk: the analysis from indexing (or the cache) serves; else the disk
    // cache's (a document opened before indexing reached it, or edited back to a text analysed before)
    const same = existing?.version === null && existing.format === format && existing.text === text ? existing.analysis ?? undefined : undefined;
    const known = same ?? this.fromCache(text, format, notices);
    const host = this.deps.host();
    if (!known && !service().isSkipped(notices)) {
      // just opened (no entry yet): the worker writes it to the disk cache, so that the next start
      // finds a document opened before indexing reached it (indexing skips those); an edit is not cached
      this.analyzeInWorker(host, { ...src, text }, !existing);
      return existing;
    }
    if (known && host && !host.isClosed) host.warmEditor(text, format);
    const entry = this.deps.makeEntry({ ...src, analysis: known });
    store.set(entry);
    return entry;
  }

  /** An editor closed a document: the file on disk takes over (or the report is forgotten). */
  async closed(uri: string): Promise<void> {
    const id = reportKey(uri);
    this.deps.fresh.claim(id); // the editor's version is no longer the report: work on it is stale
    const path = uriToPath(uri);
    const stored = path !== null && (await this.deps.reread(path));
    if (!stored && !this.deps.documents.get(uri)) this.deps.forget(id);
    else this.deps.publisher.now(id);
  }

  /** The analysis of a text from the disk cache (undefined: no cache, not there, or not to be analysed). */
  private fromCache(text: string, format: 'text' | 'markdown', notices: Problem[]): ReportAnalysis | undefined {
    const hit = service().isSkipped(notices) ? undefined : this.deps.host()?.readCached(text, format);
    if (hit) rememberSource(hit.analysis, { key: hit.key }); // the comparison worker reads it back from the cache itself
    return hit?.analysis;
  }

  /**
   * An open document analysed in the editor's worker (`cache`: and written to the disk cache; on this
   * thread only without a worker: the host failed to load, or shut down); stored and published when
   * done, if its token is still current.
   */
  private analyzeInWorker(host: AnalysisHost | null, src: EntrySource & { text: string }, cache: boolean): void {
    const { id, uri, token, text, format } = src;
    const onInternalError = this.deps.internal.analysis(id);
    const done = (async () => {
      note(`edit: sent to the editor's worker (${host?.editorPending ?? 0} before it)`);
      const { analysis, json, key } = host ? await host.analyzeInEditor(text, format, onInternalError, { cache }) : { analysis: await analyseHere(text, format, onInternalError), json: undefined, key: undefined };
      // edited again, closed or forgotten meanwhile: this analysis is no report of the workspace
      note('edit: analysed');
      if (!this.deps.fresh.isCurrent(id, token)) return;
      // the comparison worker reads it back from the disk cache, or gets the worker's text, not a new serialisation
      if (key !== undefined) rememberSource(analysis, { key });
      else if (json !== undefined) rememberSource(analysis, { json });
      const entry = this.deps.makeEntry({ ...src, analysis });
      note('edit: entry made');
      this.deps.store.set(entry);
      note('edit: stored');
      this.deps.publisher.now(id);
    })().catch((e) => this.deps.connection.console.error(`newslens: analysing ${uri} failed: ${(e as Error).stack ?? e}`));
    this.deps.fresh.track(id, token, done);
  }
}

/** Whether `work` is done by `deadline` (performance.now()); waits no longer than that. */
async function doneBy(work: Promise<void>, deadline: number): Promise<boolean> {
  if (deadline === Infinity) return work.then(() => true);
  const left = deadline - performance.now();
  if (left <= 0) return false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(resolve, left, false)));
  try {
    return await Promise.race([work.then(() => true), late]);
  } finally {
    clearTimeout(timer);
  }
}
