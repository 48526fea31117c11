#!/usr/bin/env node
// The VS Code part of the tests, in a REAL VS Code (1.100.3), headless and offline:
//   1. bundles the client and the server (packages/vscode/esbuild.mjs);
//   2. runs the extension-host suites (packages/vscode/test/suite, the @vscode/test-electron run() contract) with
//      the seeds folder open, in VS Code's server + Debian's Chromium (scripts/install-vscode.sh installs both);
//   3. packages the .vsix (`pnpm package`), installs it in a fresh VS Code and drives the UI (hover, Problems
//      panel), saving screenshots in test-results/.
// Prints one "N passed, N failed" line for the whole (scripts/test.mjs adds it to its total). Every step has a time
// limit, and a hard limit ends the run (and every process it started) whatever happens.
//   node scripts/test-vscode.mjs [--suites-only] [--ui-only] [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ext = path.join(root, 'packages', 'vscode');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const HARD_LIMIT_MS = Number(process.env.NEWSLENS_VSCODE_TEST_LIMIT_S || 420) * 1000;
const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const results = [];

let killAll = () => {};
function finish(extraFailure) {
  killAll();
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0) + (extraFailure ? 1 : 0);
  for (const r of results) console.log(`vscode ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed || !passed ? 1 : 0);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { console.error(`test-vscode: ${sig}`); finish(true); });

function step(name, cmd, argv, opts = {}) {
  const t = Date.now();
  const r = spawnSync(cmd, argv, { cwd: opts.cwd ?? root, stdio: verbose ? 'inherit' : 'pipe', encoding: 'utf8', timeout: opts.timeoutMs ?? 120000, killSignal: 'SIGKILL' });
  const ok = r.status === 0;
  console.log(`test-vscode: ${name} ${ok ? 'done' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (!ok && !verbose) console.error(`${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.slice(-4000));
  return ok;
}

const harness = await import('../packages/vscode/test/harness/vscode-server.mjs');
killAll = harness.killAll;
if (!existsSync(path.join(harness.codeServerDir(), 'lib', 'vscode', 'out', 'server-main.js')) || !existsSync(harness.chromiumPath())) {
  if (!step('install VS Code and Chromium (scripts/install-vscode.sh)', 'bash', [path.join(root, 'scripts', 'install-vscode.sh')], { timeoutMs: 600000 })) finish(true);
}
// The hard limit counts from here (a cold install above has its own limit).
const hard = setTimeout(() => { console.error(`test-vscode: hard time limit (${HARD_LIMIT_MS / 1000} s) reached; stopping`); finish(true); }, HARD_LIMIT_MS);
hard.unref();
mkdirSync(path.join(root, 'test-results'), { recursive: true });

if (!args.includes('--ui-only')) {
  if (!step('bundle (esbuild)', process.execPath, [path.join(ext, 'esbuild.mjs')], { cwd: ext })) finish(true);
  const { runSuites } = await import('../packages/vscode/test/harness/run-suites.mjs');
  const r = await runSuites({
    extensionDevelopmentPath: ext, extensionTestsPath: path.join(ext, 'test', 'suite', 'index.js'),
    workspace: path.join(root, 'seeds'), timeoutMs: 180000, verbose, screenshot: path.join(root, 'test-results', 'suites.png'),
  });
  results.push({ name: 'extension-host suites', ...r });
}

if (!args.includes('--suites-only')) {
  const packaged = step('package the .vsix (pnpm package)', 'pnpm', ['--filter', 'newslens-vscode', 'run', 'package'], { timeoutMs: 120000 });
  if (!packaged) results.push({ name: 'ui', passed: 0, failed: 1, seconds: 0 });
  else {
    const { runUiTest } = await import('../packages/vscode/test/harness/ui-test.mjs');
    const r = await runUiTest({ vsix: path.join(ext, 'newslens.vsix'), workspace: path.join(root, 'seeds'), outDir: path.join(root, 'test-results'), timeoutMs: 150000, verbose });
    results.push({ name: 'ui', ...r });
  }
}
console.log(`test-vscode: finished in ${secs()} s`);
finish(false);
