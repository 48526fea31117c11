// The built server bin (dist), for tests that must run plain node (no tsx, whose esbuild
// service is a child process): built here when missing or older than a source, one build at a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const SERVER_BIN = join(ROOT, 'packages/server/bin/newslens-server.js');
export const CLI_BIN = join(ROOT, 'packages/cli/bin/newslens.js');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureServerBuilt(): void {
  const stamp = join(ROOT, 'packages/server/dist/tsconfig.tsbuildinfo');
  const fresh = () => existsSync(join(ROOT, 'packages/server/dist/src/main.js')) && existsSync(stamp)
    && statSync(stamp).mtimeMs >= Math.max(newest(join(ROOT, 'packages/server/src')), newest(join(ROOT, 'packages/language-service/src')));
  if (fresh()) return;
  const lock = join(ROOT, 'packages/server/.build-lock');
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
      const r = spawnSync(process.execPath, [tsc, '-b', 'packages/language-service', 'packages/server'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
    }
  } finally {
    rmdirSync(lock);
  }
}
