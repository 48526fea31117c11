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
/** Output not yet taken by the client beyond which publishing waits (1 MB: about 10 ms of a client's JSON parsing). */
const MAX_QUEUED_BYTES = 1 << 20;
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
  /** The stream the connection writes to, when it is one (stdio): publishing waits while the client lags behind. */
  output?: NodeJS.WritableStream & { writableLength: number };
}

export class Publisher {
  private readonly published = new Map<string, Published>();
  /** Reports with diagnostics published (to clear them when the report goes). */
  private readonly sent = new Set<string>();
  private readonly queue = new Set<string>();
  private draining = false;
  private done: Promise<void> = Promise.resolve();
  private refreshDue = false;

  constructor(private readonly deps: PublisherDeps) {}

  /** Publishes a report now (the edited one: its own diagnostics within the debounce). */
  now(id: string): void {
    this.queue.delete(id);
    const e = this.deps.store.get(id);
    note('publish now: diagnosing');
    void this.publish(e)?.then(() => note('publish now: written'), () => undefined);
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
        if (sent) await Promise.race([sent.catch(() => undefined), yieldNow()]);
        if (performance.now() - slice > SLICE_MS) break;
      }
      await yieldNow();
      // a client reads what is published in order: a response must not queue behind megabytes of diagnostics
      const out = this.deps.output;
      if (out && out.writableLength > MAX_QUEUED_BYTES) await new Promise((r) => out.once('drain', r));
    }
    if (this.refreshDue) {
      this.refreshDue = false;
      for (const view of this.deps.refresh) {
        void this.deps.connection.sendRequest(`workspace/${view}/refresh`).catch(() => undefined);
      }
    }
    this.draining = false; // in the same task as the last look at the queue: nothing queued meanwhile is missed
  }

  /** Publishes a report's diagnostics; the promise resolves once the message is written. */
  private publish(e: Entry | undefined): Promise<void> | undefined {
    if (!e || !this.deps.current(e)) return undefined;
    const diagnostics = this.deps.diagnose(e);
    if (e.version !== null) this.published.set(e.id, { diagnostics });
    else this.published.delete(e.id);
    this.sent.add(e.id);
    if (this.sent.size <= 2) mark(`diagnostics published: report ${this.sent.size}`);
    const lsp = diagnostics.map((d) => toDiagnostic(e, d, this.deps.store.resolve));
    return this.deps.connection.sendDiagnostics({ uri: e.uri, version: e.version ?? undefined, diagnostics: lsp });
  }
}
