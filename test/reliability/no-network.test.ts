// Safety (issue 6): the CLI and the server, run under a preload that refuses and records every
// socket, server, DNS lookup, HTTP request, fetch and child process, and every file access naming
// "nl-canary", check reports full of URLs, file: paths, command: links, shell snippets and HTML.
// Nothing may be recorded: the analysis executes, fetches and opens nothing a report names.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { startClient } from '../../packages/server/test/helpers/client.ts';
import { positionAt } from '../../packages/server/test/helpers/positions.ts';
import { HOSTILE, hostileReport } from '../helpers/fuzz-inputs.ts';
import { CLI_BIN, ensureServerBuilt, ROOT, SERVER_BIN } from './helpers/built.ts';

const SANDBOX = join(ROOT, 'test/reliability/helpers/sandbox.mjs');
const seedA = readFileSync(join(ROOT, 'seeds/000_a34a0c6796c537b7.txt'), 'utf8');
const seedB = readFileSync(join(ROOT, 'seeds/002_33abfcd25e3bfae5.txt'), 'utf8');

let dir: string;
let logFile: string;
const recorded = () => {
  try {
    return readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

const markdown = `# Breaking: [click](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22id%5Cn%22%7D)\n\n`
  + `<iframe src="https://nl-canary.invalid/x"></iframe>\n\n![pixel](https://nl-canary.invalid/p.png)\n\n[ref]: file:///tmp/nl-canary/ref.txt\n\n`
  + `Police said [12 people](https://nl-canary.invalid/12) died, according to <a href="file:///tmp/nl-canary/a.txt">the ministry</a>.\n`;

before(() => {
  ensureServerBuilt();
  dir = mkdtempSync(join(tmpdir(), 'newslens-sandbox-'));
  logFile = join(dir, 'sandbox.log');
  // Real files at the canary paths: opening them would succeed without the sandbox, so only the log tells.
  mkdirSync('/tmp/nl-canary', { recursive: true });
  writeFileSync('/tmp/nl-canary/secret.txt', 'secret');
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports/hostile.txt'), hostileReport());
  writeFileSync(join(dir, 'reports/a.txt'), `${seedA}\n\n${HOSTILE.join(' said ')}\n`);
  writeFileSync(join(dir, 'reports/b.txt'), `${seedB}\n\n${HOSTILE.slice().reverse().join(', reportedly ')}\n`);
  writeFileSync(join(dir, 'reports/story.md'), markdown);
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync('/tmp/nl-canary', { recursive: true, force: true });
});

const sandboxed = (args: string[]) => spawnSync(process.execPath, ['--import', SANDBOX, ...args], {
  cwd: join(dir, 'reports'), encoding: 'utf8', timeout: 120_000, env: { ...process.env, NEWSLENS_SANDBOX_LOG: logFile },
});

describe('no network, no processes, no files named in a report', () => {
  beforeEach(() => rmSync(logFile, { force: true }));
  test('the sandbox itself records and refuses (a control)', () => {
    const r = sandboxed(['-e', `
      const tries = [() => require('node:net').connect(9, '127.0.0.1'), () => require('node:child_process').execSync('true'),
        () => require('node:dns').lookup('nl-canary.invalid', () => {}), () => require('node:fs').readFileSync('/tmp/nl-canary/secret.txt'),
        () => require('node:http').get('http://nl-canary.invalid'), () => fetch('https://nl-canary.invalid')];
      let refused = 0;
      for (const t of tries) { try { t(); } catch { refused++; } }
      console.log(refused);`]);
    assert.equal(r.stdout.trim(), '6', r.stderr);
    assert.deepEqual(recorded().map((l) => (JSON.parse(l) as { what: string }).what),
      ['net.connect', 'child_process.execSync', 'dns.lookup', 'fs.readFileSync', 'http.get', 'fetch']);
  });

  test('the CLI checks and analyses hostile reports (text, Markdown, every format) and reaches for nothing', () => {
    for (const args of [['check', '.'], ['check', '--format', 'sarif', '.'], ['check', '--format', 'github', '.'], ['analyze', '.', 'story.md']]) {
      const r = sandboxed([CLI_BIN, ...args]);
      assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    }
    assert.deepEqual(recorded(), []);
  });

  test('the server indexes, hovers, links and runs its command over hostile reports and reaches for nothing', async () => {
    const before = process.env.NEWSLENS_SANDBOX_LOG;
    process.env.NEWSLENS_SANDBOX_LOG = logFile;
    const files = Object.fromEntries(['hostile.txt', 'a.txt', 'b.txt', 'story.md'].map((f) => [f, readFileSync(join(dir, 'reports', f), 'utf8')]));
    const { client: c } = await startClient({ files, nodeArgs: ['--import', SANDBOX, SERVER_BIN, '--stdio'], settings: { include: ['**/*.txt', '**/*.md'] } });
    try {
      await c.until(() => Object.keys(files).every((f) => c.last(c.uri(f))), 60_000, 'all indexed');
      for (const [name, text] of Object.entries(files)) {
        const uri = c.uri(name);
        c.open(name, text, 1, name.endsWith('.md') ? 'markdown' : 'plaintext');
        for (let at = 0; at < text.length; at += Math.max(1, Math.floor(text.length / 40))) {
          const position = positionAt(text, at);
          await c.request('textDocument/hover', { textDocument: { uri }, position });
          await c.request('textDocument/definition', { textDocument: { uri }, position });
        }
        const whole = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
        const actions = await c.request<Array<{ command?: { command: string; arguments?: unknown[] } }> | null>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: c.last(uri)?.diagnostics ?? [] } });
        for (const a of actions ?? []) if (a.command) await c.request('workspace/executeCommand', a.command);
        await c.request('textDocument/documentSymbol', { textDocument: { uri } });
        await c.request('textDocument/codeLens', { textDocument: { uri } });
      }
      await c.request('workspace/symbol', { query: 'canary' });
      assert.equal(c.child.exitCode, null, 'the server is still up');
    } finally {
      await c.close();
      if (before === undefined) delete process.env.NEWSLENS_SANDBOX_LOG;
      else process.env.NEWSLENS_SANDBOX_LOG = before;
    }
    assert.deepEqual(recorded(), []);
  });
});
