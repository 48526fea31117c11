// Starting a real VS Code headless and offline: VS Code 1.100.3's server (from the code-server npm package, installed
// by scripts/install-vscode.sh) on 127.0.0.1, and Debian's Chromium driven by playwright-core as the workbench.
// Every process started here is in its own process group and is ended by stop(); nothing waits without a limit.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3';

/** The code-server package folder (…/node_modules/code-server). */
export function codeServerDir() {
  if (process.env.NEWSLENS_CODE_SERVER) return path.resolve(process.env.NEWSLENS_CODE_SERVER);
  const cache = process.env.NEWSLENS_CACHE || path.join(os.homedir(), '.cache', 'newslens');
  return path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server');
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

const SETTINGS = {
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false, 'git.enabled': false, 'npm.autoDetect': 'off', 'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true, 'editor.hover.delay': 100, 'editor.wordWrap': 'on', 'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Light Modern', 'window.commandCenter': false, 'workbench.layoutControl.enabled': false,
};

/** A fresh profile (user data, extensions, server data) in a temporary folder. */
export function makeProfile(prefix) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = { tmp, userData: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions'), serverData: path.join(tmp, 'server-data') };
  for (const d of [path.join(dirs.userData, 'User'), dirs.extensions, path.join(dirs.serverData, 'data', 'Machine'), path.join(dirs.serverData, 'data', 'User')]) mkdirSync(d, { recursive: true });
  const json = JSON.stringify(SETTINGS, null, 2);
  for (const f of [path.join(dirs.userData, 'User', 'settings.json'), path.join(dirs.serverData, 'data', 'Machine', 'settings.json')]) writeFileSync(f, json);
  return dirs;
}

export function serverEnv(profile) {
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(profile.tmp, 'xdg-config'), XDG_DATA_HOME: path.join(profile.tmp, 'xdg-data'),
    EXTENSIONS_GALLERY: '{}' /* no gallery: nothing is fetched from outside */ };
  delete env.VSCODE_IPC_HOOK_CLI; delete env.ELECTRON_RUN_AS_NODE; delete env.NODE_OPTIONS;
  return env;
}

/** Runs a command with a time limit; resolves to its exit code (124 on time-out, after killing its group). */
export function runBounded(cmd, argv, { env, cwd, timeoutMs = 60000, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = track(spawn(cmd, argv, { env, cwd, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'], detached: true }));
    let out = '';
    child.stdout?.on('data', (d) => { out += d; });
    child.stderr?.on('data', (d) => { out += d; });
    const timer = setTimeout(() => { killGroup(child); resolve({ code: 124, out }); }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: 127, out: String(e) }); });
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code: code ?? 1, out }); });
  });
}

/** Process groups started here and still running: killAll() ends them (on a time limit or a signal). */
const live = new Set();
function track(child) {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

export function killAll() {
  for (const child of live) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
  live.clear();
}

export function killGroup(child) {
  if (!child || child.exitCode !== null) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  const hard = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
  hard.unref();
  child.once('exit', () => clearTimeout(hard));
}

/**
 * Starts VS Code's server. mode 'vscode': lib/vscode/out/server-main.js with --enable-smoke-test-driver (takes the
 * extensionDevelopmentPath/extensionTestsPath payload); mode 'code-server': code-server's own CLI (plain use).
 */
export async function startServer(profile, { mode = 'vscode', verbose = false } = {}) {
  const cs = codeServerDir();
  const serverMain = path.join(cs, 'lib', 'vscode', 'out', 'server-main.js');
  if (!existsSync(serverMain)) throw new Error(`VS Code server not found at ${serverMain}: run scripts/install-vscode.sh`);
  const port = await freePort();
  const argv = mode === 'code-server'
    ? [path.join(cs, 'out', 'node', 'entry.js'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy',
      '--ignore-last-opened', '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions]
    : [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--enable-smoke-test-driver',
      '--accept-server-license-terms', '--telemetry-level', 'off', '--disable-workspace-trust',
      '--server-data-dir', profile.serverData, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
  const proc = track(spawn(process.execPath, argv, { env: serverEnv(profile), stdio: ['ignore', 'pipe', 'pipe'], detached: true }));
  let log = '';
  const onOut = (d) => { log += d; if (verbose) process.stdout.write(`[vscode-server] ${d}`); };
  proc.stdout.on('data', onOut);
  proc.stderr.on('data', onOut);
  await new Promise((resolve, reject) => {
    const iv = setInterval(() => { if (/HTTP server listening|Extension host agent listening/.test(log)) done(resolve); }, 100);
    const limit = setTimeout(() => done(() => reject(new Error(`VS Code server did not start in 60 s:\n${log}`))), 60000);
    const onExit = (c) => done(() => reject(new Error(`VS Code server exited early (${c}):\n${log}`)));
    proc.on('exit', onExit);
    function done(f) { clearInterval(iv); clearTimeout(limit); proc.off('exit', onExit); f(); }
  });
  return { port, authority: `127.0.0.1:${port}`, proc, log: () => log, stop: () => killGroup(proc) };
}

/** Debian's Chromium, headless, offline; a page that may only reach 127.0.0.1. */
export async function openBrowser({ verbose = false } = {}) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(), headless: true, timeout: 30000,
    // playwright itself gives Chromium a new, empty --user-data-dir.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/*', (r) => {
    const u = new URL(r.request().url());
    return ['127.0.0.1', 'localhost'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol) ? r.continue() : r.abort();
  });
  if (verbose) page.on('console', (m) => console.log('[browser]', m.type(), m.text()));
  return { browser, page, close: () => browser.close().catch(() => undefined) };
}

export function removeProfile(profile) {
  try { rmSync(profile.tmp, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
}
