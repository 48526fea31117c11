#!/usr/bin/env node
// The same extension-host suites (test/suite/index.js) under @vscode/test-electron itself, in a desktop VS Code
// 1.100.3 that test-electron downloads (so: a machine that can reach Microsoft's update server; under xvfb-run on
// Linux CI, see .github/workflows/ci.yml). On this project's offline machines scripts/test-vscode.mjs runs them.
//   pnpm test:electron
import { runTests } from '@vscode/test-electron';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ext = fileURLToPath(new URL('..', import.meta.url));
const seeds = path.resolve(ext, '..', '..', 'seeds');
const userData = mkdtempSync(path.join(os.tmpdir(), 'newslens-electron-'));

// Never hang CI: the download plus the run get 10 minutes.
setTimeout(() => { console.error('test:electron: time limit (600 s) reached'); process.exit(124); }, 600000).unref();

try {
  await runTests({
    version: process.env.NEWSLENS_VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: ext,
    extensionTestsPath: path.join(ext, 'test', 'suite', 'index.js'),
    launchArgs: [seeds, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--user-data-dir', userData, '--disable-gpu'],
  });
} catch (error) {
  console.error(`test:electron: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
