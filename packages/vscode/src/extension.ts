// The thin VS Code client: starts the bundled newslens language server (dist/server.js) over node IPC
// and leaves every analysis to it. Also: an output channel, a status bar item with the indexing state,
// and the "newslens: Restart Server" and "newslens: Clean Analysis Cache" commands.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './client-options.js';
import { IndexingProgressFeature } from './indexing-progress.js';
import { StatusItem, type IndexingState } from './status-item.js';

export const CLIENT_ID = 'newslens';

let client: LanguageClient | undefined;

export interface NewslensApi {
  /** The running language client (for tests and other extensions). */
  readonly client: () => LanguageClient | undefined;
  readonly restart: () => Promise<void>;
  /** What the status bar item shows. */
  readonly status: () => IndexingState;
  /** How many work-done progress reports the server has begun since activation. */
  readonly progressBegun: () => number;
}

export async function activate(context: vscode.ExtensionContext): Promise<NewslensApi> {
  const output = vscode.window.createOutputChannel('newslens');
  const status = new StatusItem();
  context.subscriptions.push(output, status);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // `Attach to Server` in .vscode/launch.json attaches to this port.
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };

  const start = async (): Promise<void> => {
    const options: LanguageClientOptions = {
      ...clientOptions(output),
      // The server keeps its analysis cache in this extension's storage folder (the workspace's, else the global one).
      initializationOptions: {
        storagePath: (context.storageUri ?? context.globalStorageUri).fsPath,
        cache: vscode.workspace.getConfiguration('newslens').get<boolean>('cache.enabled', true),
      },
    };
    client = new LanguageClient(CLIENT_ID, 'newslens', serverOptions, options);
    client.registerFeature(new IndexingProgressFeature(client, status));
    client.onDidChangeState((e) => status.clientState(e.newState));
    // Optional extra from the newslens server (counts for the tooltip); the state itself comes from LSP progress.
    client.onNotification('newslens/status', (p: { state?: string; done?: number; total?: number }) => status.counts(p.done, p.total));
    status.clientState(client.state);
    try {
      await client.start();
    } catch (error) {
      output.appendLine(`newslens: the language server did not start: ${String(error)}`);
      status.failed();
    }
  };

  const restart = async (): Promise<void> => {
    const old = client;
    client = undefined;
    if (old) {
      try { await old.stop(); } catch (error) { output.appendLine(`newslens: stopping the server failed: ${String(error)}`); }
      await old.dispose().catch(() => undefined);
    }
    await start();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('newslens.restartServer', async () => {
      output.appendLine('newslens: restarting the language server');
      await restart();
    }),
    vscode.commands.registerCommand('newslens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newslens.cleanCache', () => cleanCache(client, output)),
  );

  await start();
  return { client: () => client, restart, status: () => status.current, progressBegun: () => status.begun };
}

/** What the server's `newslens/cleanCache` request answers. */
interface CleanCacheResult { folders: string[]; removed: string[]; freedBytes: number; errors: string[] }

/** "newslens: Clean Analysis Cache": the server removes its cache folders not in use; says what was freed. */
async function cleanCache(c: LanguageClient | undefined, output: vscode.OutputChannel): Promise<CleanCacheResult | undefined> {
  if (!c?.isRunning()) {
    void vscode.window.showWarningMessage('newslens: the language server is not running; restart it, then clean the cache');
    return undefined;
  }
  const result = await c.sendRequest<CleanCacheResult>('newslens/cleanCache');
  for (const path of result.removed) output.appendLine(`newslens: removed the cache folder ${path}`);
  for (const e of result.errors) output.appendLine(`newslens: cannot remove a cache folder: ${e}`);
  const freed = `${(result.freedBytes / 1e6).toFixed(1)} MB`;
  const message = result.folders.length === 0
    ? 'newslens: the analysis cache is turned off (newslens.cache.enabled)'
    : `newslens: removed ${result.removed.length} unused cache folder(s), ${freed} freed`;
  if (result.errors.length > 0) void vscode.window.showWarningMessage(`${message}; ${result.errors.length} could not be removed (see the output)`);
  else void vscode.window.showInformationMessage(message);
  return result;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => undefined);
}
