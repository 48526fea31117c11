// newslens.json (discovery, rules, ignorePhrases), suppression comments and baselines, end to
// end through the bin. The problem used is `invalid-encoding`, which has a real span (the bad
// byte), so these tests do not depend on the extractors.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { CheckJson, JsonDiagnostic } from '@newslens/cli';
import { cli, ensureBuilt, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

const BAD = [0xff];
function bytes(...parts: Array<string | number[]>): Buffer {
  return Buffer.concat(parts.map((p) => Buffer.from(p as never)));
}
function check(args: string[], cwd: string): { code: number; diagnostics: JsonDiagnostic[]; stdout: string; stderr: string } {
  const r = cli(['check', '--format', 'json', ...args], { cwd });
  return { ...r, diagnostics: r.stdout ? (JSON.parse(r.stdout) as CheckJson).diagnostics : [] };
}
const codes = (ds: JsonDiagnostic[]) => ds.map((d) => `${d.path} ${d.line + 1} ${d.severity} ${d.code}`);

describe('newslens.json', () => {
  test('the nearest newslens.json above the current folder applies; --config picks another', () => {
    const t = tempTree({
      'newslens.json': '{ "rules": { "invalid-encoding": "hint", "file-skipped": "off" } }',
      'other.json': '{ "rules": { "invalid-encoding": "error" } }',
      'desk/a.txt': bytes('Line one.\nbad ', BAD, '\n'), 'desk/empty.txt': '',
    });
    try {
      const near = check(['.'], join(t.dir, 'desk'));
      assert.deepEqual(codes(near.diagnostics), ['a.txt 2 hint invalid-encoding']);
      const other = check(['--config', '../other.json', '.'], join(t.dir, 'desk'));
      assert.equal(other.code, 1);
      assert.deepEqual(codes(other.diagnostics), ['a.txt 2 error invalid-encoding', 'empty.txt 1 warning file-skipped']);
    } finally {
      t.cleanup();
    }
  });

  test('a bad config is an error (exit 2) that says what is wrong', () => {
    const t = tempTree({ 'a.txt': 'Fine.\n', 'broken.json': '{ "rules": ', 'odd.json': '{ "rules": { "no-such-rule": "off", "file-skipped": "loud" }, "colour": 1 }' });
    try {
      const broken = cli(['check', '--config', 'broken.json', 'a.txt'], { cwd: t.dir });
      assert.equal(broken.code, 2);
      assert.match(broken.stderr, /broken\.json: not valid JSON/);
      const odd = cli(['check', '--config', 'odd.json', 'a.txt'], { cwd: t.dir });
      assert.equal(odd.code, 2);
      assert.match(odd.stderr, /unknown setting "colour"/);
      assert.match(odd.stderr, /unknown rule "no-such-rule" \(known: unattributed-claim, /);
      assert.match(odd.stderr, /rule "file-skipped" must be one of off, error, warning, information, hint/);
      const missing = cli(['check', '--config', 'nope.json', 'a.txt'], { cwd: t.dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.json: cannot read the config file \(ENOENT\)/);
    } finally {
      t.cleanup();
    }
  });

  test('ignorePhrases silence problems in the sentence holding the phrase', () => {
    const t = tempTree({
      'newslens.json': '{ "ignorePhrases": ["Wire copy"] }',
      'a.txt': bytes('WIRE COPY: bad ', BAD, ' byte.\n'), 'b.txt': bytes('Own copy: bad ', BAD, ' byte.\n'),
    });
    try {
      assert.deepEqual(codes(check(['.'], t.dir).diagnostics), ['b.txt 1 warning invalid-encoding']);
    } finally {
      t.cleanup();
    }
  });
});

describe('suppression comments, in .txt and .md alike', () => {
  test('newslens-disable-next-line silences the named code on the next line only', () => {
    const body = (c: string) => bytes(`Intro.\n<!-- newslens-disable-next-line ${c} -->\nbad `, BAD, '\n');
    const t = tempTree({ 'named.txt': body('invalid-encoding'), 'other.txt': body('unattributed-claim'), 'all.md': body(''), 'list.md': body('vague-attribution, invalid-encoding') });
    try {
      assert.deepEqual(codes(check(['named.txt', 'other.txt', 'all.md', 'list.md'], t.dir).diagnostics), ['other.txt 3 warning invalid-encoding']);
    } finally {
      t.cleanup();
    }
  });

  test('newslens-disable silences from the comment to the end of the file', () => {
    const t = tempTree({
      'after.txt': bytes('<!-- newslens-disable invalid-encoding -->\nIntro.\n\nMore.\nbad ', BAD, '\n'),
      'before.md': bytes('bad ', BAD, '\n<!-- newslens-disable invalid-encoding -->\n'),
    });
    try {
      assert.deepEqual(codes(check(['after.txt', 'before.md'], t.dir).diagnostics), ['before.md 1 warning invalid-encoding']);
    } finally {
      t.cleanup();
    }
  });
});

describe('baselines', () => {
  test('--write-baseline records every problem; --baseline then reports only new ones', () => {
    const t = tempTree({ 'a.txt': bytes('First.\nbad ', BAD, ' here\n'), 'empty.txt': '', 'ci/.keep': '' });
    try {
      const write = cli(['check', '--write-baseline', 'ci/baseline.json', '.'], { cwd: t.dir });
      assert.equal(write.code, 0, write.stderr);
      assert.match(write.stderr, /recorded 2 problem\(s\) in ci\/baseline\.json/);
      assert.equal(write.stdout, 'no problems in 2 files (2 more recorded in the baseline)\n');
      const saved = JSON.parse(readFileSync(join(t.dir, 'ci/baseline.json'), 'utf8')) as { version: number; problems: Array<Record<string, string>> };
      assert.equal(saved.version, 1);
      assert.deepEqual(saved.problems.map((p) => [p.path, p.code]), [['../a.txt', 'invalid-encoding'], ['../empty.txt', 'file-skipped']]);

      const same = check(['--baseline', 'ci/baseline.json', '.'], t.dir);
      assert.equal(same.code, 0);
      assert.deepEqual(same.diagnostics, []);

      // Lines added above the problem do not bring it back; a new problem is reported.
      writeFileSync(join(t.dir, 'a.txt'), bytes('New first paragraph.\n\nFirst.\nbad ', BAD, ' here\n'));
      writeFileSync(join(t.dir, 'b.txt'), bytes('other ', BAD, '\n'));
      const edited = check(['--baseline', 'ci/baseline.json', '.'], t.dir);
      assert.deepEqual(codes(edited.diagnostics), ['b.txt 1 warning invalid-encoding']);

      // Paths are relative to the baseline, so another working folder matches the same entries.
      mkdirSync(join(t.dir, 'elsewhere'));
      const moved = check(['--baseline', '../ci/baseline.json', '../a.txt', '../empty.txt'], join(t.dir, 'elsewhere'));
      assert.deepEqual(moved.diagnostics, []);
      const text = cli(['check', '--baseline', 'ci/baseline.json', '.'], { cwd: t.dir });
      assert.match(text.stdout, /1 problem \(0 errors, 1 warning, 0 information, 0 hints\) in 3 files \(2 more recorded in the baseline\)\n$/);
    } finally {
      t.cleanup();
    }
  });

  test('read errors are never baselined; a missing or malformed baseline exits 2', () => {
    const t = tempTree({ 'a.txt': 'Fine.\n', 'bad.json': '{"version": 2}' });
    try {
      const write = cli(['check', '--write-baseline', 'b.json', 'a.txt', 'gone.txt'], { cwd: t.dir });
      assert.equal(write.code, 2);
      assert.deepEqual((JSON.parse(readFileSync(join(t.dir, 'b.json'), 'utf8')) as { problems: unknown[] }).problems, []);
      assert.match(write.stdout, /^gone\.txt:1:1: error read-error /m);
      const missing = cli(['check', '--baseline', 'nope.json', 'a.txt'], { cwd: t.dir });
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /cannot read the baseline nope\.json \(ENOENT\)/);
      const bad = cli(['check', '--baseline', 'bad.json', 'a.txt'], { cwd: t.dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /bad\.json is not a newslens baseline/);
    } finally {
      t.cleanup();
    }
  });
});
