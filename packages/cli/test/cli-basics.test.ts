// The newslens bin's command line: help, version, usage errors, exit codes, colour, stdin.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { cli, ensureBuilt, ROOT, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

/** Text and raw bytes joined: invalid UTF-8 cannot be written in a string. */
function bytes(...parts: Array<string | number[]>): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
}

const LINE = /^(.+):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+) (.+)$/;

describe('help and version', () => {
  test('--help prints the usage and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
      const r = cli(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^Usage: newslens <command>/);
      assert.match(r.stdout, /--max-warnings/);
    }
  });

  test('--version prints the version of packages/cli/package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
  });
});

describe('usage errors exit 2 with a message on stderr', () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /missing command/],
    [['lint', 'seeds'], /unknown command "lint"/],
    [['check', '--bogus', 'seeds'], /Unknown option '--bogus'/],
    [['check', '--format', 'xml', 'seeds'], /unknown format "xml"/],
    [['check', '--format'], /argument missing/],
    [['check', '--max-warnings', 'many', 'seeds'], /--max-warnings needs a whole number/],
    [['check', '--max-file-size', 'huge', 'seeds'], /--max-file-size needs a size/],
    [['check', '--stdin-filename', 'a.txt', 'seeds'], /give "-" as an input/],
    [['check', '-', '-'], /only once/],
    [['check', '--color', '--no-color', 'seeds'], /contradict/],
    [['analyze', '--format', 'sarif', 'seeds'], /analyze prints JSON only/],
    [['analyze', '--baseline', 'b.json', 'seeds'], /belongs to check/],
  ];
  for (const [args, message] of cases) {
    test(`newslens ${args.join(' ') || '(nothing)'}`, () => {
      const r = cli(args);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.match(r.stderr, /newslens --help/);
    });
  }
});

describe('check: text output and exit codes', () => {
  test('the seeds check clean enough to exit 0, with a summary naming 2 files', () => {
    const r = cli(['check', 'seeds']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines.at(-1) ?? '', /in 2 files$/);
    for (const line of lines.slice(0, -1)) {
      if (/^ {4}-> seeds\/00[02]_[0-9a-f]+\.txt:\d+:\d+: /.test(line)) continue; // a related location under its problem
      const m = LINE.exec(line);
      assert.ok(m, `not path:line:col: severity code message: ${line}`);
      assert.match(m[1], /^seeds\/00[02]_[0-9a-f]+\.txt$/);
      assert.notEqual(m[4], 'error');
    }
  });

  test('problems print as path:line:col (1-based): severity code message', () => {
    const t = tempTree({ 'b/empty.txt': '', 'a.txt': bytes('Fine.\n\nbad ', [0xff], ' byte here\n') });
    try {
      const r = cli(['check', '.'], { cwd: t.dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout,
        'a.txt:3:5: warning invalid-encoding not valid UTF-8: this and any other bad bytes were read as the replacement character \uFFFD\n'
        + 'b/empty.txt:1:1: warning file-skipped empty file, nothing to analyse\n'
        + '2 problems (0 errors, 2 warnings, 0 information, 0 hints) in 2 files\n');
    } finally {
      t.cleanup();
    }
  });

  test('any error exits 1; more warnings than --max-warnings exits 1', () => {
    const t = tempTree({ 'one.txt': '', 'two.txt': '', 'strict/newslens.json': '{ "rules": { "file-skipped": "error" } }', 'strict/x.txt': '' });
    try {
      assert.equal(cli(['check', 'one.txt', 'two.txt'], { cwd: t.dir }).code, 0);
      assert.equal(cli(['check', '--max-warnings', '2', 'one.txt', 'two.txt'], { cwd: t.dir }).code, 0);
      const over = cli(['check', '--max-warnings', '1', 'one.txt', 'two.txt'], { cwd: t.dir });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /2 warnings is more than --max-warnings 1/);
      const strict = cli(['check', 'x.txt'], { cwd: join(t.dir, 'strict') });
      assert.equal(strict.code, 1);
      assert.match(strict.stdout, /^x\.txt:1:1: error file-skipped /m);
    } finally {
      t.cleanup();
    }
  });

  test('a file that cannot be read exits 2, and 2 wins over 1; the other files are still checked', () => {
    const t = tempTree({ 'newslens.json': '{ "rules": { "file-skipped": "error" } }', 'empty.txt': '' });
    try {
      const r = cli(['check', 'missing.txt', 'empty.txt'], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.match(r.stdout, /^empty\.txt:1:1: error file-skipped /m);
      assert.match(r.stdout, /^missing\.txt:1:1: error read-error cannot read: no such file or directory/m);
    } finally {
      t.cleanup();
    }
  });

  test('a folder with no reports is a usage error (exit 2)', () => {
    const t = tempTree({ 'notes.docx': 'x' });
    try {
      const r = cli(['check', '.'], { cwd: t.dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no reports found in \./);
    } finally {
      t.cleanup();
    }
  });
});

describe('colour', () => {
  const files = { 'e.txt': '' };
  test('no colour when output is not a terminal, or with NO_COLOR', () => {
    const t = tempTree(files);
    try {
      assert.doesNotMatch(cli(['check', 'e.txt'], { cwd: t.dir }).stdout, /\x1b\[/);
      assert.doesNotMatch(cli(['check', 'e.txt'], { cwd: t.dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
    } finally {
      t.cleanup();
    }
  });
  test('--color and FORCE_COLOR turn it on; --no-color beats FORCE_COLOR', () => {
    const t = tempTree(files);
    try {
      assert.match(cli(['check', '--color', 'e.txt'], { cwd: t.dir }).stdout, /\x1b\[33mwarning\x1b\[39m/);
      assert.match(cli(['check', 'e.txt'], { cwd: t.dir, env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[33mwarning/);
      assert.doesNotMatch(cli(['check', '--no-color', 'e.txt'], { cwd: t.dir, env: { FORCE_COLOR: '1' } }).stdout, /\x1b\[/);
    } finally {
      t.cleanup();
    }
  });
});

describe('standard input', () => {
  test('"-" reads one report from stdin, shown as <stdin> or --stdin-filename', () => {
    const plain = cli(['check', '-'], { input: bytes('bad ', [0xff], '\n') });
    assert.equal(plain.code, 0);
    assert.match(plain.stdout, /^<stdin>:1:5: warning invalid-encoding /m);
    const named = cli(['check', '-', '--stdin-filename', 'desk/story.txt'], { input: '   \n' });
    assert.match(named.stdout, /^desk\/story\.txt:1:1: warning file-skipped empty file/m);
  });

  test('--stdin-filename with .md analyses stdin as Markdown', () => {
    const r = cli(['analyze', '-', '--stdin-filename', 'story.md'], { input: '# Title\n\nThe mayor spoke.\n' });
    assert.equal(r.code, 0);
    const json = JSON.parse(r.stdout) as { reports: Array<{ path: string; format: string }> };
    assert.deepEqual(json.reports.map((x) => [x.path, x.format]), [['story.md', 'markdown']]);
  });

  test('stdin over the size cap is skipped with a warning', () => {
    const r = cli(['check', '-', '--max-file-size', '10'], { input: 'This report is longer than ten bytes.\n' });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^<stdin>:1:1: warning file-skipped skipped: 38 bytes is over the size cap of 10 bytes/m);
  });
});

describe('--output-file', () => {
  test('writes the report to the file and nothing to stdout', () => {
    const t = tempTree({ 'e.txt': '' });
    try {
      const r = cli(['check', '--format', 'json', '-o', 'out.json', 'e.txt'], { cwd: t.dir });
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '');
      const json = JSON.parse(readFileSync(join(t.dir, 'out.json'), 'utf8')) as { diagnostics: Array<{ code: string }> };
      assert.deepEqual(json.diagnostics.map((d) => d.code), ['file-skipped']);
      const bad = cli(['check', '-o', 'no/such/dir/out.txt', 'e.txt'], { cwd: t.dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /cannot write no\/such\/dir\/out\.txt \(ENOENT\)/);
    } finally {
      t.cleanup();
    }
  });
});
