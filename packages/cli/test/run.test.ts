// In-process tests of the run: what happens between listing the files and reading them.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cloneDefault } from '@newslens/language-service';
import { expandInputs } from '../src/files.js';
import { createProgress } from '../src/progress.js';
import { runAnalysis } from '../src/run.js';
import { tempTree } from './helpers/cli.js';

const quiet = createProgress(process.stderr, false);

test('a file deleted after it was listed is a read error naming it; the others are analysed', async () => {
  const t = tempTree({ 'a.txt': 'Barack Obama spoke in Berlin.\n', 'b.txt': 'Angela Merkel spoke in Paris.\n' });
  try {
    const expansion = expandInputs(['.'], cloneDefault(), t.dir, t.dir, '<stdin>');
    assert.deepEqual(expansion.inputs.map((i) => i.path), ['a.txt', 'b.txt']);
    rmSync(join(t.dir, 'b.txt'));
    const run = await runAnalysis(expansion, cloneDefault(), quiet);
    const [a, b] = run.files;
    assert.equal(a.failed, false);
    assert.ok(a.analysis);
    assert.equal(b.failed, true);
    assert.equal(b.analysis, null);
    assert.deepEqual(b.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message}`),
      ['error read-error cannot read: no such file or directory (was it deleted or moved?)']);
  } finally {
    t.cleanup();
  }
});

test('a file replaced by a folder after it was listed is a read error too', async () => {
  const t = tempTree({ 'a.txt': 'Hello there.\n' });
  try {
    const expansion = expandInputs(['a.txt'], cloneDefault(), t.dir, t.dir, '<stdin>');
    rmSync(join(t.dir, 'a.txt'));
    mkdirSync(join(t.dir, 'a.txt'));
    const run = await runAnalysis(expansion, cloneDefault(), quiet);
    assert.deepEqual(run.files[0].diagnostics.map((d) => d.message), ['cannot read: it is a directory']);
  } finally {
    t.cleanup();
  }
});

test('a check keeps no analyses and only the comparison\'s problems, with the same diagnostics', async () => {
  const t = tempTree({ 'a.txt': 'Officials said 40 people died in Manokwari on Sunday.\n', 'b.txt': 'Officials said 41 people died in Manokwari on Sunday.\n' });
  try {
    const expansion = expandInputs(['.'], cloneDefault(), t.dir, t.dir, '<stdin>');
    const full = await runAnalysis(expansion, cloneDefault(), quiet);
    const lean = await runAnalysis(expansion, cloneDefault(), quiet, { cache: null, keepAnalyses: false });
    assert.deepEqual(lean.files.map((f) => f.diagnostics), full.files.map((f) => f.diagnostics));
    assert.deepEqual(lean.files.map((f) => f.analysis), [null, null]);
    assert.ok(full.files.every((f) => f.analysis !== null));
    assert.deepEqual([lean.comparison.links, lean.comparison.entities], [[], []]);
    assert.deepEqual(lean.comparison.problems, full.comparison.problems);
  } finally {
    t.cleanup();
  }
});
