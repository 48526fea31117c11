// The configurations of docs/editors.md in real editors, where they are installed (Debian:
// `apt install neovim emacs-nox elpa-eglot`): Neovim 0.7's start_client and Emacs' eglot start
// the built `newslens-server --stdio` on a copy of the seeds, get the cross-report diagnostics,
// a hover and a definition. Skipped when the editor or the build is missing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { makeFolder, ROOT } from './helpers/client.js';

const BIN = join(ROOT, 'packages/server/bin/newslens-server.js');
const built = existsSync(join(ROOT, 'packages/server/dist/src/main.js'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const hasEglot = () => has('emacs') && spawnSync('emacs', ['--batch', '--eval', "(require 'eglot)"], { timeout: 20_000 }).status === 0;
const A = '000_a34a0c6796c537b7.txt';
const B = '002_33abfcd25e3bfae5.txt';

/** Runs an editor in `folder` with `newslens-server` on the PATH; returns the lines it wrote. */
function runEditor(cmd: string, args: string[], folder: string): string[] {
  const bin = mkdtempSync(join(tmpdir(), 'newslens-bin-'));
  const out = join(bin, 'out.txt');
  try {
    symlinkSync(BIN, join(bin, 'newslens-server'));
    const r = spawnSync(cmd, args, {
      cwd: folder, encoding: 'utf8', timeout: 60_000,
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, NEWSLENS_OUT: out, NEWSLENS_FILE: join(folder, A), HOME: bin },
    });
    assert.ok(existsSync(out), `${cmd} wrote nothing: ${r.stderr}`);
    return readFileSync(out, 'utf8').split('\n');
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
}

function check(lines: string[], folder: string): void {
  assert.ok(lines.includes('name-variant: true'), lines.join('\n'));
  const hover = lines.find((l) => l.startsWith('hover: ')) ?? '';
  assert.match(hover, /\*\*Wang Kejian\*\* · person/);
  assert.match(hover, /002\\_33abfcd25e3bfae5/);
  assert.ok(lines.includes(`definition: ${pathToFileURL(join(folder, B)).href}`), lines.join('\n'));
}

test('Neovim 0.7+ with the start_client configuration', { skip: (!built && 'run pnpm build first') || (!has('nvim') && 'nvim is not installed') }, () => {
  const folder = makeFolder();
  try {
    const dir = join(ROOT, 'packages/server/test/editors');
    check(runEditor('nvim', ['--headless', '-u', join(dir, 'nvim-0.7-init.lua'), A, '-c', `luafile ${join(dir, 'nvim-check.lua')}`], folder), folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('Emacs with eglot', { skip: (!built && 'run pnpm build first') || (!hasEglot() && 'emacs with eglot is not installed') }, () => {
  const folder = makeFolder();
  try {
    check(runEditor('emacs', ['--batch', '-l', join(ROOT, 'packages/server/test/editors/eglot-check.el')], folder), folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
