// The built bins (dist), for tests that must run plain node (no tsx, whose esbuild service is a
// child process). The CLI's test helper builds the service and the CLI (under its own lock, which
// the CLI tests running alongside share); then `tsc -b` builds the server when stale.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt } from '../../../packages/cli/test/helpers/cli.ts';

export const ROOT = join(import.meta.dirname, '../../..');
export const SERVER_BIN = join(ROOT, 'packages/server/bin/newslens-server.js');
export const CLI_BIN = join(ROOT, 'packages/cli/bin/newslens.js');

export function ensureServerBuilt(): void {
  ensureBuilt();
  const tsc = [process.execPath, join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'packages/server'];
  const locked = spawnSync('flock', ['/tmp/newslens-build.lock', ...tsc], { cwd: ROOT, encoding: 'utf8' });
  const r = locked.error ? spawnSync(tsc[0], tsc.slice(1), { cwd: ROOT, encoding: 'utf8' }) : locked;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}
