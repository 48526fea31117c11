import type { Location as NlLocation } from '@newslens/language-service';
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments,
  type CancellationToken, type Connection, type InitializeParams, type InitializeResult, type TextDocumentPositionParams,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  SEMANTIC_LEGEND, toCodeLenses, toDiagnostic, toInlayHints, toSemanticTokens, toCodeActions, toDefinition, toDocumentSymbols, toHighlights, toHover, toReadingHover, toLocation, toLocations, toOffset, toRange, toWorkspaceSymbols,
} from './convert.js';
import { reportKey } from './files.js';
import { AnalysisHost, hostSettings, startHost } from './host.js';
import { loadService, service } from './load-service.js';
import { showMessage } from './messages.js';
import { mark } from './startup-marks.js';
import { SERVER_VERSION } from './version.js';
import { Workspace } from './workspace.js';
import { findEntry, REQUEST_WAIT, type FoundEntry } from './requests.js';
import { traced, traceRequests } from './request-trace.js';
import type { PruneResult } from '@newslens/analysis-host';
import type { AnalysisPool } from '@newslens/analysis-host/main-thread';

/** The service's OPEN_ALIGNED, written out so `initialize` does not load the service (a test checks they agree). */
export const OPEN_ALIGNED = 'newslens.openAligned';

/** A request (no params) from the client: remove the analysis cache's folders not in use; answers CleanCacheResult. */
export const CLEAN_CACHE = 'newslens/cleanCache';

export interface CleanCacheResult {
  /** The cache folders looked into. */
  folders: string[];
  removed: string[];
  freedBytes: number;
  errors: string[];
}

function logPruned(connection: Connection, done: readonly PruneResult[]): void {
  for (const r of done) {
    for (const f of r.removed) connection.console.log(`newslens: removed the unused cache folder ${f.path}`);
    for (const e of r.errors) connection.console.warn(`newslens: cannot remove a cache folder: ${e}`);
  }
}

export interface ServerOptions {
  /** Milliseconds between the last edit and its analysis (default 150). */
  debounce?: number;
  /** False: no disk cache whatever the client says (`newslens-server --no-cache`). */
  cache?: boolean;
  /** The editor's worker, when the process started it already (main.ts); started here otherwise. */
  editor?: Promise<AnalysisPool>;
}

/**
 * Serves newslens over an LSP connection: text sync, pushed diagnostics, hover, definition,
 * references, highlights, symbols, code actions and the open-aligned command.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let workspace: Workspace | null = null;
  let ready: Promise<Workspace> = new Promise(() => undefined);
  let caps: InitializeParams['capabilities'] = {};
  // What this thread needs to answer requests (the language service's features entry, analysis-host's
  // main-thread entry) is loaded from the start, and the editor's worker starts loading compromise:
  // `initialize` is answered once both entries are in, so no request ever waits for a module load
  const early = startHost(options.editor);
  const loaded = Promise.all([loadService(), early]);
  loaded.catch(() => undefined); // told when initialize looks at it

  connection.onInitialize(async (params): Promise<InitializeResult> => {
    mark('initialize received');
    caps = params.capabilities;
    const folders = params.workspaceFolders?.map((f) => ({ uri: f.uri, name: f.name }))
      ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    workspace = new Workspace(connection, documents, {
      folders, canPullSettings: caps.workspace?.configuration === true, debounce: options.debounce ?? 150,
      refresh: (['codeLens', 'inlayHint', 'semanticTokens'] as const).filter((v) => caps.workspace?.[v]?.refreshSupport === true),
    });
    const ws = workspace;
    const settings = hostSettings(options.cache === false ? { cache: false } : params.initializationOptions);
    const host = await loaded.then(([, start]) => AnalysisHost.load(settings, start)).catch((e: unknown) => {
      connection.console.error(`newslens: no analysis cache or worker threads: ${(e as Error).stack ?? e}`);
      void early.then((start) => start.editor.close(), () => undefined);
      return null;
    });
    mark('analysis host loaded');
    if (host) {
      ws.setHost(host);
      // Old versions' cache folders, once a day, in the background (async file system calls only).
      void host.prune().then((done) => logPruned(connection, done));
    }
    ready = Promise.resolve(ws);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: { label: 'newslens' },
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        executeCommandProvider: { commands: [OPEN_ALIGNED] },
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'newslens', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(async () => {
    const ws = await ready;
    if (caps.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newslens' });
    }
    if (caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
    }
    if (caps.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async (e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        const kept = ws.folderList().filter((f) => !removed.has(f.uri));
        ws.setFolders([...kept, ...e.added.map((f) => ({ uri: f.uri, name: f.name }))]);
        await ws.reload();
      });
    }
    await guarded(() => ws.reload());
  });

  connection.onDidChangeConfiguration(async (params) => {
    const ws = await ready;
    const pushed = (params.settings as Record<string, unknown> | null | undefined)?.newslens;
    if (pushed !== undefined) ws.pushedSettings = pushed;
    await guarded(() => ws.reload());
  });
  connection.onDidChangeWatchedFiles(async (params) => {
    const ws = await ready;
    await guarded(() => ws.filesChanged(params.changes));
  });

  // Fired on open too: a document the server has not analysed from the editor yet goes first.
  documents.onDidChangeContent(async (e) => {
    const ws = await ready;
    const known = ws.store.get(reportKey(e.document.uri));
    ws.schedule(e.document.uri, known?.version != null ? undefined : 0);
  });
  documents.onDidClose(async (e) => {
    const ws = await ready;
    await guarded(() => ws.closed(e.document.uri));
  });

  let shutDown = false;
  connection.onShutdown(async () => {
    shutDown = true;
    await workspace?.stop();
  });
  /** Requests after `shutdown` are refused with InvalidRequest, as the protocol says. */
  const live = <P, R>(handler: (params: P, token: CancellationToken) => Promise<R>) => (params: P, token: CancellationToken): Promise<R> => {
    if (shutDown) return Promise.reject(new ResponseError(ErrorCodes.InvalidRequest, 'newslens: the server is shutting down'));
    return handler(params, token);
  };

  const lookup = async (params: TextDocumentPositionParams, token: CancellationToken | undefined, deadline: number) => findEntry(await ready, params, token, deadline);
  /** A view's request (symbols, lenses, tokens, hints, code actions): waits for the analysis (REQUEST_WAIT). */
  const entryAt = async (params: TextDocumentPositionParams, token?: CancellationToken): Promise<FoundEntry | undefined> => {
    const at = await lookup(params, token, Infinity);
    return at === 'reading' ? undefined : at;
  };
  /** A request that points at a place (hover, definition, references, highlights): waits at most REQUEST_WAIT.pointMs. */
  const pointAt = (params: TextDocumentPositionParams, token: CancellationToken) => lookup(params, token, performance.now() + REQUEST_WAIT.pointMs);

  connection.onHover(live(traced('textDocument/hover', async (params, token) => {
    const at = await pointAt(params, token);
    if (at === 'reading') return toReadingHover();
    if (!at?.entry.analysis) return null;
    const h = service().doHover(at.entry.analysis, at.offset, at.ws.store.context(at.entry.id));
    return h ? toHover(at.entry, h) : null;
  })));

  connection.onDefinition(live(traced('textDocument/definition', async (params, token) => {
    const at = await pointAt(params, token);
    if (at === 'reading' || !at?.entry.analysis) return null;
    const links = service().findDefinition(at.entry.analysis, at.offset, at.ws.store.context(at.entry.id));
    return toDefinition(at.entry, links, at.ws.store.resolve, caps.textDocument?.definition?.linkSupport === true);
  })));

  connection.onReferences(live(traced('textDocument/references', async (params, token) => {
    const at = await pointAt(params, token);
    if (at === 'reading' || !at?.entry.analysis) return null;
    const refs = service().findReferences(at.entry.analysis, at.offset, at.ws.store.context(at.entry.id));
    return toLocations(params.context.includeDeclaration ? refs : refs.slice(1), at.ws.store.resolve);
  })));

  connection.onDocumentHighlight(live(traced('textDocument/documentHighlight', async (params, token) => {
    const at = await pointAt(params, token);
    if (at === 'reading' || !at?.entry.analysis) return null;
    return toHighlights(at.entry, service().findDocumentHighlights(at.entry.analysis, at.offset));
  })));

  connection.onDocumentSymbol(live(async (params, token) => {
    const at = await entryAt({ textDocument: params.textDocument, position: { line: 0, character: 0 } }, token);
    if (!at?.entry.analysis) return null;
    const hierarchical = caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    return toDocumentSymbols(at.entry, service().findDocumentSymbols(at.entry.analysis), hierarchical);
  }));

  connection.onWorkspaceSymbol(live(async (params, token) => {
    const ws = await ready;
    if (token.isCancellationRequested) return null;
    const reports = [...ws.store.all()].flatMap((e) => (e.analysis ? [{ id: e.id, analysis: e.analysis }] : []));
    return toWorkspaceSymbols(service().findWorkspaceSymbols(params.query, reports), ws.store.resolve);
  }));

  connection.onCodeAction(live(async (params, token) => {
    const at = await entryAt({ textDocument: params.textDocument, position: params.range.start }, token);
    if (!at?.entry.analysis) return null;
    const { entry, ws } = at;
    const analysis = at.entry.analysis;
    const span = { start: at.offset, end: toOffset(entry, params.range.end) };
    const published = ws.publishedFor(entry.id);
    const overlapping = (published?.diagnostics ?? []).filter((d) => d.start <= span.end && span.start <= d.end);
    const only = params.context.only;
    const actions = service().doCodeActions(analysis, span, overlapping, ws.store.context(entry.id))
      .filter((a) => !only || only.some((kind) => a.kind === kind || a.kind.startsWith(`${kind}.`)));
    // the overlapping diagnostics as they were published (made again: only their service form is kept)
    return toCodeActions(entry, actions, ws.store.resolve, overlapping.map((d) => toDiagnostic(entry, d, ws.store.resolve)));
  }));

  connection.onCodeLens(live(async (params, token) => {
    const at = await entryAt({ textDocument: params.textDocument, position: { line: 0, character: 0 } }, token);
    if (!at?.entry.analysis) return null;
    return toCodeLenses(at.entry, service().findClaimLenses(at.entry.analysis, at.ws.store.context(at.entry.id)));
  }));

  connection.languages.inlayHint.on(live(async (params, token) => {
    const at = await entryAt({ textDocument: params.textDocument, position: params.range.start }, token);
    if (!at?.entry.analysis || !at.ws.configFor(at.entry.id).dateHints) return null;
    const span = { start: at.offset, end: toOffset(at.entry, params.range.end) };
    return toInlayHints(at.entry, service().findDateHints(at.entry.analysis, span));
  }));

  connection.languages.semanticTokens.on(live(async (params, token) => {
    const at = await entryAt({ textDocument: params.textDocument, position: { line: 0, character: 0 } }, token);
    if (!at?.entry.analysis) return { data: [] };
    return toSemanticTokens(at.entry, service().findSemanticTokens(at.entry.analysis));
  }));

  connection.onExecuteCommand(live(async (params) => {
    const ws = await ready;
    if (params.command !== OPEN_ALIGNED) return null;
    const loc = params.arguments?.[0] as NlLocation | undefined;
    const target = loc && typeof loc.report === 'string' ? ws.store.get(loc.report) : undefined;
    if (!loc || !target || typeof loc.start !== 'number' || typeof loc.end !== 'number') {
      showMessage(connection, 'warning', 'newslens: that report is no longer in the workspace');
      return null;
    }
    const location = toLocation(ws.store.resolve, loc);
    if (location && caps.window?.showDocument?.support) {
      await connection.window.showDocument({ uri: location.uri, selection: toRange(target, loc), takeFocus: true });
    }
    return location;
  }));

  // The client's "Clean Analysis Cache" command: every cache folder but the ones in use, and what was freed.
  connection.onRequest(CLEAN_CACHE, async () => {
    const ws = await ready;
    const done = await ws.analysisHost()?.prune(true) ?? [];
    logPruned(connection, done);
    return {
      folders: done.map((r) => r.dir),
      removed: done.flatMap((r) => r.removed.map((f) => f.path)),
      freedBytes: done.reduce((n, r) => n + r.freedBytes, 0),
      errors: done.flatMap((r) => r.errors),
    };
  });

  /** Work on files and settings: a failure is logged and shown, never fatal. */
  const guarded = async (work: () => Promise<void>): Promise<void> => {
    try {
      await work();
    } catch (e) {
      connection.console.error(`newslens: ${(e as Error).stack ?? e}`);
      showMessage(connection, 'error', `newslens: ${(e as Error).message}`);
    }
  };

  traceRequests();
  documents.listen(connection);
  connection.listen();
}
