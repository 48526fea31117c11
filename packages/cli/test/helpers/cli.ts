// Runs the REAL `newslens` bin (packages/cli/bin/newslens.js -> dist). `pnpm test` builds first;
// run alone, a test file builds here when dist is missing or older than a source file.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../../..');
export const BIN = join(ROOT, 'packages/cli/bin/newslens.js');
export const SEEDS = join(ROOT, 'seeds');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

/** Runs `newslens <args>` and waits for it. Colour variables are cleared unless given. */
export function cli(args: readonly string[], options: CliOptions = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A fresh temporary folder holding `files` (path -> content); removed by the returned cleanup. */
export function tempTree(files: Record<string, string | Buffer> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** Builds with `tsc -b` when dist is missing or stale; one build at a time across test files. */
export function ensureBuilt(): void {
  const main = join(ROOT, 'packages/cli/dist/src/main.js');
  const stamp = join(ROOT, 'packages/cli/dist/tsconfig.tsbuildinfo');
  const fresh = () => existsSync(main) && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(
    newest(join(ROOT, 'packages/cli/src')), newest(join(ROOT, 'packages/language-service/src')), newest(join(ROOT, 'packages/analysis-host/src')));
  if (fresh()) return;
  const lock = join(ROOT, 'packages/cli/.build-lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!fresh()) {
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
      const r = spawnSync(process.execPath, [tsc, '-b', 'packages/language-service', 'packages/cli'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}
