// No silent failure through the bin: an internal error (here: a cached analysis that is malformed
// but passes the cache's checks makes one aligner throw) is one line on standard error, the rest
// of the output is printed, and the exit code changes only under --strict (3).
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { breakCachedAnalysis } from '../../../test/helpers/broken-cache.ts';
import { cli, ensureBuilt, SEEDS, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

const A = 'reports/000_a34a0c6796c537b7.txt';
const B = 'reports/002_33abfcd25e3bfae5.txt';

test('an aligner that throws: one stderr line saying what and where, the rest of the output, exit 3 only with --strict', () => {
  const t = tempTree();
  try {
    cpSync(SEEDS, join(t.dir, 'reports'), { recursive: true });
    const run = (...args: string[]) => cli([...args, '--cache', 'c', 'reports'], { cwd: t.dir });
    const whole = run('check');
    const wholeJson = run('check', '--format', 'json');
    assert.deepEqual([whole.code, whole.stderr, run('check', '--strict').code], [0, '', 0], 'no internal error: --strict changes nothing');
    const seedA = readFileSync(join(SEEDS, '000_a34a0c6796c537b7.txt'), 'utf8');
    breakCachedAnalysis(join(t.dir, 'c'), seedA.slice(0, 40), (a) => ({ ...a, quotes: null }));

    const check = run('check');
    const line = `newslens: internal error (align-quotes) in the event of ${A}, ${B}: TypeError: r.analysis.quotes is not iterable\n`;
    assert.equal(check.stderr, line);
    assert.equal(check.code, whole.code, 'without --strict the exit code is what the output gives');
    // the quote-mismatch of the event is lost, every other line is printed
    const lost = whole.stdout.split('\n').filter((l) => !check.stdout.includes(l));
    assert.ok(lost.length > 0 && lost.every((l) => / quote-mismatch |^ +-> .*same quote|^\d+ problems/.test(l)), lost.join('\n'));

    const strict = run('check', '--strict');
    assert.deepEqual([strict.code, strict.stderr, strict.stdout], [3, line, check.stdout]);
    const json = run('check', '--format', 'json', '--strict');
    assert.deepEqual([json.code, json.stderr], [3, line]);
    assert.ok(JSON.parse(json.stdout).diagnostics.length < JSON.parse(wholeJson.stdout).diagnostics.length);
    // a failed event is not cached: the next run meets the error again
    assert.deepEqual([run('check', '--strict').code, run('check').stderr], [3, line]);
  } finally {
    t.cleanup();
  }
});

test('analyze: an identity that throws is reported, the JSON printed, exit 3 only with --strict', () => {
  const t = tempTree();
  try {
    cpSync(SEEDS, join(t.dir, 'reports'), { recursive: true });
    const run = (...args: string[]) => cli(['analyze', ...args, '--cache', 'c', 'reports'], { cwd: t.dir });
    assert.equal(run().code, 0);
    const seedA = readFileSync(join(SEEDS, '000_a34a0c6796c537b7.txt'), 'utf8');
    breakCachedAnalysis(join(t.dir, 'c'), seedA.slice(0, 40), (a) => ({
      ...a, entities: a.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, text: null })) })),
    }));
    const plain = run();
    assert.equal(plain.code, 0);
    assert.match(plain.stderr, new RegExp(`^newslens: internal error \\(identity\\) in the event of ${A}, ${B}: TypeError: [^\\n]+\\n$`));
    const json = JSON.parse(plain.stdout) as { reports: unknown[]; links: Array<{ kind: string }> };
    assert.equal(json.reports.length, 2);
    assert.ok(json.links.some((l) => l.kind === 'quote') && !json.links.some((l) => l.kind === 'entity'));
    const strict = run('--strict');
    assert.deepEqual([strict.code, strict.stderr, strict.stdout], [3, plain.stderr, plain.stdout]);
  } finally {
    t.cleanup();
  }
});

test('--strict is documented in --help', () => {
  const help = cli(['--help']).stdout;
  assert.match(help, /--strict +exit 3 when an internal error happened/);
  assert.match(help, /3 \(with --strict\) an internal error/);
});
