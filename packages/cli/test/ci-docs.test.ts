// Runs the `newslens` commands of docs/ci.md's snippets, in order, as a CI runner would: in a
// checkout holding the seeds under reports/, through a shell, with `newslens` on the PATH.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { BIN, ensureBuilt, ROOT, SEEDS, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

/** The newslens command lines of the yaml and sh blocks, as written. */
function snippetCommands(markdown: string): string[] {
  const out: string[] = [];
  for (const block of markdown.matchAll(/```(?:yaml|sh)\n([\s\S]*?)```/g)) {
    for (const raw of block[1].split('\n')) {
      const line = raw.replace(/^\s*(?:-\s+)?(?:run:\s+)?/, '').replace(/\s+#.*$/, '');
      if (/^newslens\s/.test(line)) out.push(line);
    }
  }
  return out;
}

test('every newslens command of docs/ci.md runs on the seeds and exits 0', () => {
  const commands = snippetCommands(readFileSync(join(ROOT, 'docs/ci.md'), 'utf8'));
  assert.ok(commands.length >= 7, commands.join('\n'));
  assert.ok(commands.some((c) => c.includes('--format github')) && commands.some((c) => c.includes('--format sarif')));
  const t = tempTree();
  try {
    cpSync(SEEDS, join(t.dir, 'reports'), { recursive: true });
    mkdirSync(join(t.dir, '.bin'));
    const shim = join(t.dir, '.bin/newslens');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(shim, 0o755);
    for (const command of commands) {
      const r = spawnSync('sh', ['-c', command], {
        cwd: t.dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(t.dir, '.bin')}:${process.env.PATH}` },
      });
      assert.equal(r.status, 0, `${command}\n${r.stdout}${r.stderr}`);
    }
    const sarif = JSON.parse(readFileSync(join(t.dir, 'newslens.sarif'), 'utf8')) as { version: string };
    assert.equal(sarif.version, '2.1.0');
    const analysis = JSON.parse(readFileSync(join(t.dir, 'newslens-analysis.json'), 'utf8')) as { version: number; reports: unknown[] };
    assert.equal(analysis.version, 1);
    assert.equal(analysis.reports.length, 2);
    assert.ok(existsSync(join(t.dir, '.newslens-baseline.json')));
  } finally {
    t.cleanup();
  }
});
