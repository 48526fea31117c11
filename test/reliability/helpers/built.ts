// The built bins (dist), for tests that must run plain node (no tsx, whose esbuild service is a
// child process). `tsc -b` rebuilds only what is stale; the team's build lock keeps builds apart.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
export const SERVER_BIN = join(ROOT, 'packages/server/bin/newslens-server.js');
export const CLI_BIN = join(ROOT, 'packages/cli/bin/newslens.js');

export function ensureServerBuilt(): void {
  const tsc = [process.execPath, join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'packages/language-service', 'packages/cli', 'packages/server'];
  const locked = spawnSync('flock', ['/tmp/newslens-build.lock', ...tsc], { cwd: ROOT, encoding: 'utf8' });
  const r = locked.error ? spawnSync(tsc[0], tsc.slice(1), { cwd: ROOT, encoding: 'utf8' }) : locked;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}
