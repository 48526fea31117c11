// Runs the extension-host suites (test/suite/index.js: the @vscode/test-electron run() contract) inside a real
// VS Code 1.100.3 in headless Chromium, as test-electron would: the workbench is opened with the
// extensionDevelopmentPath / extensionTestsPath payload and reports the exit code through window.codeAutomationExit.
import path from 'node:path';
import { format } from 'node:util';
import { makeProfile, openBrowser, removeProfile, startServer } from './vscode-server.mjs';

const NOISE = /^Ignoring fetching additional builtin extensions|^Updating additional builtin extensions cache|^ChatSessionStore|^Creating a socket|^Resolv(ing|ed) connection token|^\[Service Worker\]/;

/**
 * @returns {Promise<{ code: number|'timeout', passed: number, failed: number, seconds: number }>}
 * passed/failed come from the suites' closing line "extension-host: N passed, N failed".
 */
export async function runSuites({ extensionDevelopmentPath, extensionTestsPath, workspace, timeoutMs = 180000, verbose = false, screenshot }) {
  const t0 = Date.now();
  const profile = makeProfile('newslens-vscode-test-');
  let server, browser;
  let closing = null;
  const log = (...m) => console.log(`[vscode-test +${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...m);
  try {
    server = await startServer(profile, { verbose });
    log(`VS Code server listening on ${server.authority}`);
    browser = await openBrowser({ verbose });
    const { page } = browser;
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = format(...args);
        if (!verbose && NOISE.test(line)) return;
        const m = /extension-host: (\d+) passed, (\d+) failed/.exec(line);
        if (m) closing = { passed: Number(m[1]), failed: Number(m[2]) };
        (type === 'error' ? console.error : console.log)(line);
      });
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    });
    const remote = (p) => `vscode-remote://${server.authority}${path.resolve(p).split(path.sep).join('/')}`;
    const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)], ['extensionTestsPath', remote(extensionTestsPath)],
      ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    const url = `http://${server.authority}/?folder=${encodeURIComponent(path.resolve(workspace))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log('opening the workbench in headless Chromium');
    await page.goto(url, { timeout: 60000 });
    let timer;
    const code = await Promise.race([exit, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
    if (code === 'timeout') console.error(`vscode-test: timed out after ${timeoutMs / 1000} s\n--- VS Code server log ---\n${server.log().slice(-4000)}`);
    log(`suites finished, exit code ${code}`);
    const counts = closing ?? { passed: 0, failed: 1 };
    return { code, ...counts, failed: counts.failed || (code === 0 ? 0 : 1), seconds: (Date.now() - t0) / 1000 };
  } catch (error) {
    console.error(`vscode-test: ${error instanceof Error ? error.stack : error}`);
    return { code: 1, passed: closing?.passed ?? 0, failed: Math.max(1, closing?.failed ?? 0), seconds: (Date.now() - t0) / 1000 };
  } finally {
    await browser?.close();
    server?.stop();
    removeProfile(profile);
  }
}
