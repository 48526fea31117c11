// The client itself: settings declared for the Settings UI, settings reaching the server, the status bar's
// indexing state fed by the server's work-done progress, "newslens: Restart Server" and "newslens: Clean Analysis Cache".
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { serverRunning, showSeed, EXTENSION_ID, SEED_000, until, positionOf, codeOf, hoverText } = require('./helpers');

suite('newslens client (real VS Code)', () => {
  let api, doc000;

  suiteSetup(async function () {
    doc000 = await showSeed(SEED_000);
    api = await vscode.extensions.getExtension(EXTENSION_ID).activate();
  });

  test('every setting is declared with its default (Settings UI)', () => {
    const config = vscode.workspace.getConfiguration('newslens');
    assert.strictEqual(config.inspect('rules.unattributed-claim').defaultValue, 'information');
    assert.strictEqual(config.inspect('rules.uncorroborated-claim').defaultValue, 'off');
    assert.deepStrictEqual(config.inspect('include').defaultValue, ['**/*.txt']);
    assert.strictEqual(config.inspect('maxFileSize').defaultValue, 1000000);
    assert.strictEqual(config.inspect('trace.server').defaultValue, 'off');
  });

  test('the server reports indexing as work-done progress and the status bar ends "ready"', async () => {
    await serverRunning();
    await until(() => api.status().kind === 'ready', 25000);
    assert.strictEqual(api.status().kind, 'ready');
    assert.ok(api.progressBegun() > 0, 'the server sent no work-done progress while indexing');
  });

  test('a severity set to "off" in the settings removes that rule\'s problems, and setting it back restores them', async () => {
    await serverRunning();
    const config = vscode.workspace.getConfiguration('newslens');
    const has = () => vscode.languages.getDiagnostics(doc000.uri).some((d) => codeOf(d) === 'vague-attribution');
    assert.ok(await until(has, 25000), 'no vague-attribution to begin with');
    await config.update('rules.vague-attribution', 'off', vscode.ConfigurationTarget.Global);
    try {
      assert.ok(await until(() => !has(), 20000), 'vague-attribution still shown after setting it off');
    } finally {
      await config.update('rules.vague-attribution', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(await until(has, 20000), 'vague-attribution not back after removing the setting');
  });

  test('newslens.inlayHints.dates (off by default) shows resolved dates as inlay hints when turned on', async () => {
    await serverRunning();
    const config = vscode.workspace.getConfiguration('newslens');
    const whole = new vscode.Range(0, 0, doc000.lineCount, 0);
    const hints = async () => (await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc000.uri, whole)) || [];
    const label = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    assert.deepStrictEqual((await hints()).map(label), [], 'inlay hints shown while the setting is off');
    await config.update('inlayHints.dates', true, vscode.ConfigurationTarget.Global);
    let labels = [];
    try {
      await until(async () => (labels = (await hints()).map(label)).some((l) => /2024-03-19/.test(l)), 20000, 300);
    } finally {
      await config.update('inlayHints.dates', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(labels.some((l) => /2024-03-19/.test(l)), `no inlay hint with 2024-03-19 ("On Tuesday, March 19"); got ${JSON.stringify(labels)}`);
  });

  test('a killed server process is restarted by the client, and the diagnostics come back', async function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip(); // finds the server among the extension host's children through /proc
    await serverRunning();
    const before = serverPids();
    assert.strictEqual(before.length, 1, `expected one newslens server under the extension host, found ${before.length}`);
    const has = () => vscode.languages.getDiagnostics(doc000.uri).some((d) => codeOf(d) === 'unattributed-claim');
    assert.ok(await until(has, 25000), 'no unattributed-claim before the kill');
    process.kill(before[0], 'SIGKILL');
    const after = await until(() => { const now = serverPids(); return now.length === 1 && now[0] !== before[0] ? now : null; }, 30000);
    assert.ok(after, 'the client did not start a new server after the old one was killed');
    assert.ok(await until(() => api.client() && api.client().isRunning(), 30000), 'the client is not running again');
    assert.ok(await until(has, 30000), 'the diagnostics did not come back after the restart');
    const pos = positionOf(doc000, 'Wang Kejian', 2);
    const text = await until(async () => hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos)), 30000);
    assert.match(text || '', /Wang Kejian/, 'no hover after the restart');
  });

  test('"newslens: Restart Server" restarts it and it answers again', async () => {
    await serverRunning();
    const before = api.client();
    await vscode.commands.executeCommand('newslens.restartServer');
    const after = api.client();
    assert.ok(after && after !== before, 'no new client after the restart');
    assert.ok(after.isRunning(), 'the restarted client is not running');
    const pos = positionOf(doc000, 'Wang Kejian', 2);
    const text = await until(async () => hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos)), 30000);
    assert.match(text || '', /Wang Kejian/, 'no hover after the restart');
  });

  test('"newslens: Clean Analysis Cache" removes an unused cache folder, keeps the one in use and anything not the cache\'s', async () => {
    await serverRunning();
    const first = await vscode.commands.executeCommand('newslens.cleanCache');
    assert.ok(first && first.folders.length > 0, `no cache folder reported: ${JSON.stringify(first)}`);
    const root = first.folders[0];
    const old = path.join(root, 'bundle-00000000000000aa');
    fs.mkdirSync(path.join(old, '0.1.0-00000000000000aa', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(old, '0.1.0-00000000000000aa', 'ab', 'x.json'), '{}');
    fs.writeFileSync(path.join(old, '.newslens-cache'), '');
    const other = path.join(root, 'not-the-cache');
    fs.mkdirSync(other, { recursive: true });
    const inUse = fs.readdirSync(root).filter((n) => !n.startsWith('.') && n !== 'not-the-cache' && n !== 'bundle-00000000000000aa');
    const result = await vscode.commands.executeCommand('newslens.cleanCache');
    assert.deepStrictEqual(result.removed, [old], JSON.stringify(result));
    assert.ok(result.freedBytes > 0);
    assert.ok(!fs.existsSync(old), 'the unused folder is still there');
    assert.ok(fs.existsSync(other), 'a folder that is not the cache\'s was removed');
    for (const name of inUse) assert.ok(fs.existsSync(path.join(root, name)), `the folder in use ${name} was removed`);
    const pos = positionOf(doc000, 'Wang Kejian', 2);
    const text = await until(async () => hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc000.uri, pos)), 30000);
    assert.match(text || '', /Wang Kejian/, 'no hover after cleaning the cache');
  });
});

/** Pids of the newslens server processes started by this extension host (children running dist/server.js). */
function serverPids() {
  const pids = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (/[/\\]dist[/\\]server\.js/.test(cmd)) pids.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
