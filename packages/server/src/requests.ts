/**
 * How a request on a document finds that document's analysis (server.ts): the store's entry when it
 * is the document as it is now, else the analysis under way waited for, for as long as the request
 * can wait (REQUEST_WAIT).
 */
import type { CancellationToken, TextDocumentPositionParams } from 'vscode-languageserver/node.js';
import { toOffset } from './convert.js';
import type { Entry } from './store.js';
import type { Workspace } from './workspace.js';

/**
 * How long a request waits for its document's analysis while the analysis of the document as it is
 * now is under way: at a cold start its first (the editor's worker loading compromise, then
 * analysing: seconds), after an edit the edit's (tens of ms once the worker is warm).
 */
export const REQUEST_WAIT = Object.freeze({
  /**
   * A request that points at a place and whose answer the user waits for (hover, definition,
   * references, highlights) waits at most this long, then answers with what the server has: a hover,
   * a short note that the report is still being read; the others, nothing. 50 ms: set by issue 17's
   * target (no hover waits longer than 100 ms), half of it, the other half for the answer itself and
   * a slice of other work the main thread may be in (10 ms slices). A view's request (symbols,
   * semantic tokens, code lenses, inlay hints, code actions) is not asked again by the client when the
   * analysis lands, so it waits for it (nobody waits on it with the pointer: the view fills in then).
   * The wait is only while the editor's worker is warm (it has answered an analysis: host.ts
   * `editorWarm`); before that (a cold start: compromise loading, then the first analysis, seconds)
   * no 50 ms wait would see the analysis done, so the request answers at once (session 24: each hover
   * of a cold start waited the whole 50 ms, 16-27 of them, which made the bench's p99 while indexing).
   */
  pointMs: 50,
});

/** A request's document: its workspace, its entry, and the request's position as an offset into it. */
export interface FoundEntry {
  ws: Workspace;
  entry: Entry;
  offset: number;
}

/**
 * The fresh entry of the document a request is about, or undefined (none, not analysable, or the
 * request cancelled). While the analysis of the document as it is now is under way (its first, or
 * an edit's), waits for it until `deadline` (performance.now(); requests on other documents are
 * answered meanwhile), then gives 'reading'.
 */
export async function findEntry(ws: Workspace, params: TextDocumentPositionParams, token: CancellationToken | undefined, deadline: number): Promise<FoundEntry | 'reading' | undefined> {
  if (token?.isCancellationRequested) return undefined;
  const entry = await ws.freshEntry(params.textDocument.uri, deadline);
  if (entry === 'reading') return token?.isCancellationRequested ? undefined : entry;
  if (!entry?.analysis || token?.isCancellationRequested) return undefined;
  return { ws, entry, offset: toOffset(entry, params.position) };
}
