/**
 * Publishing diagnostics: a report's own at once after an edit (`now`), the others queued and sent
 * in slices that yield to the event loop (`enqueue`), so that publishing thousands of reports at the
 * end of a comparison never holds up a request. A report is published only while its entry is
 * current (`current`: its token, freshness.ts): never an outdated version of an open document, nor
 * a file's entry while a newer read of it is under way.
 */
import type { Diagnostic as NlDiagnostic } from '@newslens/language-service';
import type { Connection } from 'vscode-languageserver/node.js';
import { toDiagnostic } from './convert.js';
import { mark, note } from './startup-marks.js';
import type { Entry, ReportStore } from './store.js';

/**
 * What was last published for a report: the service's diagnostics (their LSP form is made again
 * when a code action needs it). Kept for open documents only (code actions are asked of those); a
 * report from disk has them made again when asked: at 10,000 reports the kept diagnostics of every
 * report were a large part of the main thread's heap, and of its garbage-collection pauses.
 */
export interface Published {
  diagnostics: NlDiagnostic[];
}

/** Longest slice of publishing on the main thread between two yields. */
const SLICE_MS = 10;
const yieldNow = () => new Promise<void>((r) => setImmediate(r));

export interface PublisherDeps {
  connection: Connection;
  store: ReportStore;
  /** Whether an entry is the report as it is now (freshness.ts): an outdated one is not published. */
  current(e: Entry): boolean;
  /** The diagnostics of a report with its configuration applied (cross-report problems included). */
  diagnose(e: Entry): NlDiagnostic[];
  /** The workspace/…/refresh requests the client supports (views that depend on other reports). */
  refresh: ReadonlyArray<'codeLens' | 'inlayHint' | 'semanticTokens'>;
}

export class Publisher {
  private readonly published = new Map<string, Published>();
  /** Reports with diagnostics published (to clear them when the report goes). */
  private readonly sent = new Set<string>();
  private readonly queue = new Set<string>();
  private draining = false;
  private done: Promise<void> = Promise.resolve();
  private refreshDue = false;
  /** Messages handed to the connection and not written yet, and who waits for there to be none. */
  private unwritten = 0;
  private onWritten: Array<() => void> = [];

  constructor(private readonly deps: PublisherDeps) {}

  /** Publishes a report now (the edited one: its own diagnostics within the debounce). */
  now(id: string): void {
    this.queue.delete(id);
    const e = this.deps.store.get(id);
    note('publish now: diagnosing');
    void this.publish(e)?.then(() => note('publish now: written'));
  }

  /** Queues reports to publish (their cross-report results changed); views are refreshed once the queue is empty. */
  enqueue(ids: Iterable<string>, refresh = true): void {
    for (const id of ids) this.queue.add(id);
    this.refreshDue ||= refresh;
    if (this.draining) return;
    this.draining = true;
    this.done = new Promise((resolve) => setImmediate(() => void this.drain().then(resolve)));
  }

  /** Resolves once nothing is queued. */
  async drained(): Promise<void> {
    while (this.draining) await this.done;
  }

  /** Clears the diagnostics of a report no longer in the workspace. */
  forget(id: string, uri: string): void {
    this.queue.delete(id);
    this.published.delete(id);
    if (this.sent.delete(id)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The diagnostics last published for an open document; for a report from disk, made again now. */
  publishedFor(id: string): Published | undefined {
    const kept = this.published.get(id);
    if (kept || !this.sent.has(id)) return kept;
    const e = this.deps.store.get(id);
    return e && { diagnostics: this.deps.diagnose(e) };
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const slice = performance.now();
      for (const id of this.queue) {
        this.queue.delete(id);
        const e = this.deps.store.get(id);
        // the message is encoded and written in later microtasks: waited for, so that the slice counts
        // that work too (it was as long as the diagnosing itself), or until the next turn if it waits on I/O
        const sent = e && this.publish(e);
        if (sent) await Promise.race([sent, yieldNow()]);
        if (performance.now() - slice > SLICE_MS || this.unwritten > 0) break;
      }
      await yieldNow();
      // The connection writes one message at a time, in order, each once the one before is written,
      // and a response to a request joins the end of that line: so nothing more is handed to it until
      // what was is written (the client reads it), and a response never waits behind more than the
      // one message being written. Before (session 26), a slice went on while the client lagged and
      // queued up to 2,000 messages (34 MB) ahead of the hovers of a warm 10,000-report start
      // (request-trace.ts): 83% of their long waits; the output stream's length, watched then, counts
      // only the message being written.
      await this.allWritten();
    }
    if (this.refreshDue) {
      this.refreshDue = false;
      for (const view of this.deps.refresh) {
        void this.deps.connection.sendRequest(`workspace/${view}/refresh`).catch(() => undefined);
      }
    }
    this.draining = false; // in the same task as the last look at the queue: nothing queued meanwhile is missed
  }

  /** Resolves once every message handed to the connection is written. */
  private allWritten(): Promise<void> {
    return this.unwritten === 0 ? Promise.resolve() : new Promise((resolve) => this.onWritten.push(resolve));
  }

  private written(): void {
    if (--this.unwritten > 0) return;
    for (const resolve of this.onWritten.splice(0)) resolve();
  }

  /** Publishes a report's diagnostics; the promise resolves once the message is written (never rejects). */
  private publish(e: Entry | undefined): Promise<void> | undefined {
    if (!e || !this.deps.current(e)) return undefined;
    const diagnostics = this.deps.diagnose(e);
    if (e.version !== null) this.published.set(e.id, { diagnostics });
    else this.published.delete(e.id);
    this.sent.add(e.id);
    if (this.sent.size <= 2) mark(`diagnostics published: report ${this.sent.size}`);
    const lsp = diagnostics.map((d) => toDiagnostic(e, d, this.deps.store.resolve));
    // counted once handed over: a connection that throws at once (closed) leaves nothing to wait for
    const sending = this.deps.connection.sendDiagnostics({ uri: e.uri, version: e.version ?? undefined, diagnostics: lsp });
    this.unwritten++;
    return sending.then(() => this.written(), () => this.written());
  }
}
