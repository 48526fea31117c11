// A real JSON-RPC client for server tests: spawns the server over stdio and speaks LSP to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

export const ROOT = new URL('../../../../', import.meta.url).pathname;
export const SEEDS = join(ROOT, 'seeds');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: Range; code?: string | number; message: string; severity?: number; relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }> }>;
}
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface ClientOptions {
  /** Files to copy into the temp workspace folder (default: the seeds). */
  files?: Record<string, string> | 'seeds';
  /** What workspace/configuration answers for the section "newslens". */
  settings?: unknown;
  /** Spawn the built bin instead of the TypeScript sources. */
  bin?: boolean;
  /** Or this command line (node arguments), e.g. a bundle. */
  nodeArgs?: string[];
  capabilities?: Record<string, unknown>;
  /** Wait until the process answers (an unknown request) before timing initialize. */
  waitUntilUp?: boolean;
  /** Sent in `initialize` (default: a fresh temp storagePath, removed on close, so tests never touch the user's cache). */
  initializationOptions?: Record<string, unknown>;
  /** Use this folder instead of a fresh copy of `files` (kept on close). */
  folder?: string;
}

export class TestClient {
  readonly published: PublishedDiagnostics[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly shown: unknown[] = [];
  readonly progress: unknown[] = [];
  readonly status: Array<{ state: string; done: number; total: number }> = [];
  private waiters: Array<() => void> = [];
  settings: unknown;

  /** Folders removed on close. */
  readonly owned: string[] = [];

  constructor(readonly connection: MessageConnection, readonly child: ChildProcess, readonly folder: string, settings: unknown) {
    this.settings = settings;
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => this.push(() => this.published.push(p)));
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => this.push(() => this.messages.push(p)));
    connection.onNotification('window/logMessage', (p: { type: number; message: string }) => this.push(() => this.messages.push(p)));
    connection.onNotification('$/progress', (p: unknown) => this.push(() => this.progress.push(p)));
    connection.onNotification('newslens/status', (p: { state: string; done: number; total: number }) => this.push(() => this.status.push(p)));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showDocument', (p: unknown) => {
      this.push(() => this.shown.push(p));
      return { success: true };
    });
  }

  private push(f: () => void): void {
    f();
    for (const w of this.waiters.splice(0)) w();
  }

  uri(name: string): string {
    return pathToFileURL(join(this.folder, name)).href;
  }

  /** The last diagnostics published for a URI. */
  last(uri: string): PublishedDiagnostics | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i].uri === uri) return this.published[i];
    return undefined;
  }

  /** Waits until `check` holds (re-checked after every notification), or fails after `ms`. */
  async until<T>(check: () => T | undefined | false, ms = 30_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    // a notification to a server that has exited fails: nothing to report (close() and the exit tests)
    this.connection.sendNotification(method, params).catch(() => undefined);
  }

  open(name: string, text: string, version = 1, languageId = 'plaintext'): void {
    this.notify('textDocument/didOpen', { textDocument: { uri: this.uri(name), languageId, version, text } });
  }

  async close(): Promise<void> {
    try {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error('exited');
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.child.kill(); resolve(); }, 2000);
      this.child.once('exit', () => { clearTimeout(t); resolve(); });
    });
    this.connection.dispose();
    for (const f of this.owned) rmSync(f, { recursive: true, force: true });
  }
}

/** A temp workspace folder holding `files` (names may contain folders). */
export function makeFolder(files: ClientOptions['files'] = 'seeds'): string {
  const folder = mkdtempSync(join(tmpdir(), 'newslens-server-'));
  if (files === 'seeds') {
    for (const f of readdirSync(SEEDS)) cpSync(join(SEEDS, f), join(folder, f));
  } else {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
  }
  return folder;
}

/** Spawns the server on a temp copy of `files`, initializes it and waits for `initialized`. */
export async function startClient(options: ClientOptions = {}): Promise<{ client: TestClient; initializeMs: number; upMs: number; result: { capabilities: Record<string, unknown>; serverInfo?: { name: string } } }> {
  const folder = options.folder ?? makeFolder(options.files);
  const storage = options.initializationOptions ? null : mkdtempSync(join(tmpdir(), 'newslens-storage-'));
  const args = options.nodeArgs ?? (options.bin
    // NEWSLENS_SERVER_PROF=<dir>: the built server writes CPU profiles of its threads there; NEWSLENS_SERVER_LAG=<dir>:
    // its main thread's stalls (scripts/lag-monitor.mjs) (benchmarks)
    ? [
      ...(process.env.NEWSLENS_SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NEWSLENS_SERVER_PROF}`] : []),
      ...(process.env.NEWSLENS_SERVER_LAG ? ['--import', pathToFileURL(join(ROOT, 'scripts/lag-monitor.mjs')).href] : []),
      join(ROOT, 'packages/server/bin/newslens-server.js'), '--stdio',
    ]
    : ['--conditions=source', '--import', 'tsx', join(ROOT, 'packages/server/src/main.ts'), '--stdio']);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr?.on('data', (d) => process.env.NEWSLENS_TEST_VERBOSE && process.stderr.write(d));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(connection, child, folder, options.settings ?? null);
  if (!options.folder) client.owned.push(folder);
  if (storage) client.owned.push(storage);
  connection.listen();
  const spawned = performance.now();
  if (options.waitUntilUp) await connection.sendRequest('newslens/ping', null).catch(() => undefined);
  const upMs = performance.now() - spawned;
  const t0 = performance.now();
  const result = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
    initializationOptions: options.initializationOptions ?? { storagePath: storage },
    capabilities: options.capabilities ?? {
      workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
      window: { workDoneProgress: true, showDocument: { support: true } },
      textDocument: {
        definition: { linkSupport: true }, documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
      },
    },
  });
  const initializeMs = performance.now() - t0;
  client.notify('initialized', {});
  return { client, initializeMs, upMs, result };
}

/** Starts a server with a client, runs `body`, and always closes both. */
export async function withClient(options: ClientOptions, body: (c: TestClient) => Promise<void>): Promise<void> {
  const { client } = await startClient(options);
  try {
    await body(client);
  } finally {
    await client.close();
  }
}
