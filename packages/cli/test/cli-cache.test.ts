// The analysis cache through the bin: --cache <dir>, the default folder, --no-cache.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { cli, ensureBuilt, SEEDS, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

test('--no-cache writes nothing; the default folder is under XDG_CACHE_HOME; the output is the same', () => {
  const t = tempTree();
  try {
    const env = { XDG_CACHE_HOME: join(t.dir, 'xdg') };
    const off = cli(['check', '--format', 'json', '--no-cache', SEEDS], { env });
    assert.equal(files(t.dir).length, 0);
    const cold = cli(['check', '--format', 'json', SEEDS], { env });
    const written = files(join(t.dir, 'xdg', 'newslens')).filter((f) => f.endsWith('.json'));
    // one entry per report, then the comparison: the grouping and the seeds' one event
    assert.equal(written.filter((f) => !f.includes('comparisons')).length, 2);
    assert.deepEqual(written.filter((f) => f.includes('comparisons')).map((f) => f.split(/[\\/]/).at(-3)), ['events', 'comparisons']);
    const warm = cli(['check', '--format', 'json', SEEDS], { env });
    assert.equal(cold.stdout, off.stdout);
    assert.equal(warm.stdout, off.stdout);
    assert.deepEqual([off.code, cold.code, warm.code], [off.code, off.code, off.code]);
  } finally {
    t.cleanup();
  }
});

test('--cache <dir> keeps the cache there, and a corrupt entry changes nothing', () => {
  const t = tempTree();
  try {
    const env = { XDG_CACHE_HOME: join(t.dir, 'xdg') };
    const off = cli(['analyze', '--no-cache', SEEDS], { env });
    const cold = cli(['analyze', '--cache', 'c', SEEDS], { env, cwd: t.dir });
    assert.equal(files(join(t.dir, 'xdg')).length, 0);
    const entries = files(join(t.dir, 'c')).filter((f) => f.endsWith('.json') && !f.includes('comparisons'));
    assert.equal(entries.length, 2);
    writeFileSync(join(t.dir, 'c', entries[0]), '{"magic":"newslens-cache 1"}\n{not json');
    const [event] = files(join(t.dir, 'c')).filter((f) => f.includes('events'));
    writeFileSync(join(t.dir, 'c', event), '{"magic":"newslens-comparison 2"}\n{not json');
    const warm = cli(['analyze', '--cache', join(t.dir, 'c'), SEEDS], { env });
    assert.equal(cold.stdout, off.stdout);
    assert.equal(warm.stdout, off.stdout);
  } finally {
    t.cleanup();
  }
});

test('--cache and --no-cache together are a usage error', () => {
  const r = cli(['check', '--cache', 'x', '--no-cache', SEEDS]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--cache and --no-cache contradict/);
});

test('the comparison is read back: after an edit the output is what a run without the cache gives', () => {
  const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
  const names = ['000_a34a0c6796c537b7.txt', '002_33abfcd25e3bfae5.txt'];
  const t = tempTree({
    'r/a.txt': seed(names[0]), 'r/b.txt': seed(names[1]),
    // a second event
    'r/c.txt': 'A magnitude 5.9 earthquake shook the Iranian island of Qeshm in the Persian Gulf in November 2005, killing ten people, the ISNA news agency reported.\n',
    'r/d.txt': 'Ten people were killed on Qeshm island when a 5.9 magnitude quake destroyed villages in November 2005, the Iranian news agency ISNA said.\n',
  });
  try {
    const run = (...extra: string[]) => cli(['check', '--format', 'json', 'r', ...extra], { cwd: t.dir });
    const cold = run('--cache', 'c');
    const events = () => files(join(t.dir, 'c')).filter((f) => f.includes('events'));
    assert.equal(events().length, 2);
    assert.equal(run('--cache', 'c').stdout, cold.stdout);
    writeFileSync(join(t.dir, 'r/d.txt'), readFileSync(join(t.dir, 'r/d.txt'), 'utf8').replace('Ten people', '12 people'));
    const edited = run('--cache', 'c');
    assert.equal(edited.stdout, run('--no-cache').stdout);
    assert.equal(events().length, 3); // the edited event's new entry; the seeds' one reused
  } finally {
    t.cleanup();
  }
});

test('cache clean removes other versions\' folders (--all: this one\'s too) and nothing that is not the cache\'s', () => {
  const t = tempTree();
  try {
    const env = { XDG_CACHE_HOME: join(t.dir, 'xdg') };
    const root = join(t.dir, 'xdg', 'newslens');
    cli(['check', SEEDS], { env });
    const [current] = readdirSync(root).filter((n) => !n.startsWith('.'));
    mkdirSync(join(root, '0.0.9-0123456789abcdef', 'ab'), { recursive: true });
    writeFileSync(join(root, '0.0.9-0123456789abcdef', 'ab', 'x.json'), '{}');
    writeFileSync(join(root, '0.0.9-0123456789abcdef', '.newslens-cache'), '');
    mkdirSync(join(root, 'code-server-4.100.3'));
    const clean = cli(['cache', 'clean'], { env });
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stdout, /removed .*0\.0\.9-0123456789abcdef/);
    assert.match(clean.stdout, new RegExp(`1 cache folder\\(s\\) removed .*; kept ${current}`));
    assert.deepEqual(readdirSync(root).filter((n) => !n.startsWith('.')).sort(), ['code-server-4.100.3', current].sort());
    const all = cli(['cache', 'clean', '--all', '--cache', root], { env });
    assert.equal(all.code, 0, all.stderr);
    assert.deepEqual(readdirSync(root).filter((n) => !n.startsWith('.')), ['code-server-4.100.3']);
    for (const bad of [['cache'], ['cache', 'purge'], ['cache', 'clean', '--no-cache'], ['check', '--all', SEEDS]]) {
      assert.equal(cli(bad, { env }).code, 2, bad.join(' '));
    }
  } finally {
    t.cleanup();
  }
});
