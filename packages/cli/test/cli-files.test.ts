// Which files the CLI reads and how it survives bad input: each bad file gets a message naming
// it, the other files are still analysed, nothing crashes or hangs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';
import type { AnalyzeJson, CheckJson, JsonDiagnostic } from '@newslens/cli';
import { cli, ensureBuilt, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

const GOOD = 'Barack Obama met Angela Merkel in Berlin on Monday.\n';

function bytes(...parts: Array<string | number[]>): Buffer {
  return Buffer.concat(parts.map((p) => Buffer.from(p as never)));
}

function checkJson(args: string[], cwd: string): { code: number; diagnostics: JsonDiagnostic[]; stderr: string } {
  const r = cli(['check', '--format', 'json', ...args], { cwd });
  return { code: r.code, diagnostics: (JSON.parse(r.stdout) as CheckJson).diagnostics, stderr: r.stderr };
}

function analyze(args: string[], cwd: string): AnalyzeJson {
  return JSON.parse(cli(['analyze', ...args], { cwd }).stdout) as AnalyzeJson;
}

const brief = (ds: JsonDiagnostic[]) => ds.map((d) => `${d.path} ${d.line}:${d.character} ${d.severity} ${d.code}`);

describe('bad input', () => {
  test('empty, binary and control-character files are skipped with a warning naming them', () => {
    const t = tempTree({
      'empty.txt': '', 'blank.txt': ' \n\r\n\t\n', 'nul.txt': bytes('Looks like text', [0, 1, 2, 0]),
      'control.txt': bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16], 'abc'), 'good.txt': GOOD,
    });
    try {
      const r = checkJson(['.'], t.dir);
      assert.equal(r.code, 0);
      assert.deepEqual(brief(r.diagnostics), [
        'blank.txt 0:0 warning file-skipped', 'control.txt 0:0 warning file-skipped',
        'empty.txt 0:0 warning file-skipped', 'nul.txt 0:0 warning file-skipped',
      ]);
      assert.match(r.diagnostics[1].message, /binary file/);
      assert.match(r.diagnostics[2].message, /empty file/);
      assert.deepEqual(analyze(['.'], t.dir).reports.map((x) => x.path), ['good.txt']);
    } finally {
      t.cleanup();
    }
  });

  test('invalid UTF-8 is read with replacement characters, flagged at the bad byte, and still analysed', () => {
    const t = tempTree({ 'latin1.txt': bytes('Barack Obama met the caf', [0xe9], ' owner in Berlin on Monday.\n') });
    try {
      const r = checkJson(['latin1.txt'], t.dir);
      assert.deepEqual(brief(r.diagnostics), ['latin1.txt 0:24 warning invalid-encoding']);
      const report = analyze(['latin1.txt'], t.dir).reports[0];
      assert.ok(report.entities.some((e) => e.name === 'Barack Obama'), JSON.stringify(report.entities));
    } finally {
      t.cleanup();
    }
  });

  test('a 20 MB file is skipped from its size alone, as is any file over --max-file-size or maxFileSize', () => {
    const t = tempTree({ 'small.txt': GOOD, 'cap/newslens.json': '{ "maxFileSize": 10 }', 'cap/small.txt': GOOD });
    try {
      writeFileSync(join(t.dir, 'huge.txt'), '');
      truncateSync(join(t.dir, 'huge.txt'), 20_000_000);
      const r = checkJson(['.'], t.dir);
      assert.deepEqual(brief(r.diagnostics), ['huge.txt 0:0 warning file-skipped']);
      assert.match(r.diagnostics[0].message, /20 MB is over the size cap of 1 MB/);
      const flag = checkJson(['--max-file-size', '20', 'small.txt'], t.dir);
      assert.match(flag.diagnostics[0].message, /52 bytes is over the size cap of 20 bytes/);
      const config = checkJson(['small.txt'], join(t.dir, 'cap'));
      assert.match(config.diagnostics[0].message, /over the size cap of 10 bytes/);
      const raised = checkJson(['--max-file-size', '25MB', 'huge.txt'], t.dir);
      assert.deepEqual(brief(raised.diagnostics), ['huge.txt 0:0 warning file-skipped']);
      assert.match(raised.diagnostics[0].message, /binary file/);
    } finally {
      t.cleanup();
    }
  });

  test('CRLF, a BOM and emoji keep offsets in UTF-16 units after the BOM, lines right', () => {
    const text = '\uFEFFFirst line \u{1F600}\r\nSecond \u{1F30D} line\r\n\r\nBarack Obama spoke in Berlin.\r\n';
    const t = tempTree({ 'crlf.txt': bytes(text.slice(0, 30), [0xff], text.slice(30)) });
    try {
      const d = checkJson(['crlf.txt'], t.dir).diagnostics;
      const prefix = text.slice(1, 30);
      assert.deepEqual(brief(d), [`crlf.txt 1:${prefix.length - prefix.lastIndexOf('\n') - 1} warning invalid-encoding`]);
      assert.equal(d[0].start, prefix.length);
      const report = analyze(['crlf.txt'], t.dir).reports[0];
      assert.equal(report.hadBom, true);
      const expected = text.slice(1, 30) + '\uFFFD' + text.slice(30);
      for (const e of report.entities) for (const m of e.mentions) assert.equal(expected.slice(m.start, m.end), m.text);
      assert.ok(report.entities.some((e) => e.name === 'Barack Obama'));
    } finally {
      t.cleanup();
    }
  });

  test('UTF-16 files with a byte order mark are decoded', () => {
    const t = tempTree({ 'utf16.txt': Buffer.from(`\uFEFF${GOOD}`, 'utf16le') });
    try {
      assert.deepEqual(checkJson(['utf16.txt'], t.dir).diagnostics, []);
      const report = analyze(['utf16.txt'], t.dir).reports[0];
      assert.ok(report.entities.some((e) => e.name === 'Angela Merkel'));
    } finally {
      t.cleanup();
    }
  });

  test('missing files, broken links and link loops are read errors naming the file: exit 2, others analysed', () => {
    const t = tempTree({ 'good.txt': GOOD, 'dir/ok.txt': GOOD });
    try {
      symlinkSync('nowhere.txt', join(t.dir, 'dir/broken.txt'));
      symlinkSync('loop.txt', join(t.dir, 'dir/loop.txt'));
      symlinkSync('..', join(t.dir, 'dir/up')); // a folder loop: walked once
      const r = checkJson(['good.txt', 'dir', 'deleted.txt'], t.dir);
      assert.equal(r.code, 2);
      assert.deepEqual(r.diagnostics.map((d) => `${d.path}: ${d.message}`), [
        'deleted.txt: cannot read: no such file or directory (was it deleted or moved?)',
        'dir/broken.txt: cannot read: a broken symbolic link (its target does not exist)',
        'dir/loop.txt: cannot read: a symbolic link loop',
      ]);
      assert.match(r.stderr, /dir\/loop\.txt: cannot read: a symbolic link loop/);
      assert.deepEqual(analyze(['good.txt', 'dir'], t.dir).reports.map((x) => x.path), ['dir/ok.txt', 'good.txt']);
    } finally {
      t.cleanup();
    }
  });

  test('an unreadable file (EACCES) is a read error', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, () => {
    const t = tempTree({ 'secret.txt': GOOD, 'good.txt': GOOD });
    try {
      chmodSync(join(t.dir, 'secret.txt'), 0o000);
      const r = checkJson(['.'], t.dir);
      assert.equal(r.code, 2);
      assert.deepEqual(r.diagnostics.map((d) => `${d.path}: ${d.message}`), ['secret.txt: cannot read: permission denied']);
    } finally {
      chmodSync(join(t.dir, 'secret.txt'), 0o644);
      t.cleanup();
    }
  });

  test('a named pipe is skipped, never waited on', () => {
    const t = tempTree({ 'good.txt': GOOD });
    try {
      if (spawnSync('mkfifo', [join(t.dir, 'pipe.txt')]).status !== 0) return;
      const r = checkJson(['pipe.txt', 'good.txt'], t.dir);
      assert.equal(r.code, 0);
      assert.deepEqual(r.diagnostics.map((d) => `${d.path}: ${d.message}`), ['pipe.txt: not a regular file (a device, pipe or socket), not a text report']);
    } finally {
      t.cleanup();
    }
  });

  const german = 'Die Bundesregierung hat am Montag in Berlin beschlossen, dass die Steuern im kommenden Jahr nicht erhöht werden. '
    + 'Der Finanzminister sagte, er sei mit dem Ergebnis der Verhandlungen sehr zufrieden, und die Opposition kündigte Widerstand an.\n';
  test('text that is not English is skipped with an information message', {
    skip: analyzeReport(german).language.isEnglish ? 'language detection is not implemented yet' : false,
  }, () => {
    const t = tempTree({ 'de.txt': german, 'en.txt': GOOD });
    try {
      const r = checkJson(['.'], t.dir);
      assert.equal(r.code, 0);
      assert.deepEqual(brief(r.diagnostics), ['de.txt 0:0 information not-english']);
      assert.deepEqual(analyze(['.'], t.dir).reports.map((x) => x.path), ['en.txt']);
    } finally {
      t.cleanup();
    }
  });

  test('a folder of 10,000 reports is checked in one linear pass', () => {
    const t = tempTree();
    try {
      for (let i = 0; i < 100; i++) {
        const sub = join(t.dir, `batch-${String(i).padStart(3, '0')}`);
        mkdirSync(sub);
        for (let k = 0; k < 100; k++) writeFileSync(join(sub, `r${k}.txt`), `Officials met farmers in Paris, in meeting number ${i * 100 + k}.\n`);
      }
      writeFileSync(join(t.dir, 'batch-050/r7.txt'), '');
      const r = checkJson(['.'], t.dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(brief(r.diagnostics), ['batch-050/r7.txt 0:0 warning file-skipped']);
      const text = cli(['check', '.'], { cwd: t.dir });
      assert.match(text.stdout, /in 10000 files\n$/);
    } finally {
      t.cleanup();
    }
  });
});

describe('which files are read', () => {
  const tree = {
    'a.txt': GOOD, 'notes.md': `# Notes\n\n${GOOD}`, 'sub/b.txt': GOOD, 'sub/deep/c.txt': GOOD, 'sub/skip.log': GOOD,
    'node_modules/pkg/readme.txt': GOOD, '.git/x.txt': GOOD, '.hidden/y.txt': GOOD, 'drafts/d.txt': GOOD,
  };
  const paths = (args: string[], cwd: string) => analyze(args, cwd).reports.map((x) => x.path);

  test('a folder expands to its *.txt files, sorted, without node_modules, .git and dot folders', () => {
    const t = tempTree(tree);
    try {
      assert.deepEqual(paths(['.'], t.dir), ['a.txt', 'drafts/d.txt', 'sub/b.txt', 'sub/deep/c.txt']);
      assert.deepEqual(paths(['sub/'], t.dir), ['sub/b.txt', 'sub/deep/c.txt']);
    } finally {
      t.cleanup();
    }
  });

  test('newslens.json include and exclude decide what folders expand to; *.md only when included', () => {
    const t = tempTree({ ...tree, 'newslens.json': JSON.stringify({ include: ['**/*.txt', '**/*.md'], exclude: ['drafts/**'] }) });
    try {
      assert.deepEqual(paths(['.'], t.dir), ['a.txt', 'notes.md', 'sub/b.txt', 'sub/deep/c.txt']);
      // Patterns are relative to the folder holding newslens.json, wherever newslens runs.
      const excluded = cli(['check', '.'], { cwd: join(t.dir, 'drafts') });
      assert.equal(excluded.code, 2);
      assert.match(excluded.stderr, /no reports found in \. \(include: \*\*\/\*\.txt, \*\*\/\*\.md\)/);
      assert.deepEqual(paths(['../drafts/d.txt'], join(t.dir, 'sub')), ['../drafts/d.txt']);
      const md = analyze(['notes.md'], t.dir).reports[0];
      assert.equal(md.format, 'markdown');
    } finally {
      t.cleanup();
    }
  });

  test('a file named on the command line is read whatever include says; the same file twice is read once', () => {
    const t = tempTree(tree);
    try {
      assert.deepEqual(paths(['notes.md', 'sub/skip.log', 'a.txt', './a.txt'], t.dir), ['a.txt', 'notes.md', 'sub/skip.log']);
    } finally {
      t.cleanup();
    }
  });

  test('globs expand (minus exclude and node_modules); a glob that matches nothing is an error', () => {
    const t = tempTree({ ...tree, 'newslens.json': JSON.stringify({ exclude: ['sub/deep/**'] }) });
    try {
      assert.deepEqual(paths(['**/*.txt'], t.dir), ['a.txt', 'drafts/d.txt', 'sub/b.txt']);
      assert.deepEqual(paths(['*.md'], t.dir), ['notes.md']);
      const none = cli(['check', 'nothing/**/*.txt', 'a.txt'], { cwd: t.dir });
      assert.equal(none.code, 2);
      assert.match(none.stdout, /^nothing\/\*\*\/\*\.txt:1:1: error read-error no files match this pattern$/m);
    } finally {
      t.cleanup();
    }
  });

  test('Markdown front matter, code and link targets are not analysed', () => {
    const md = '---\ntitle: Vladimir Putin\n---\n\nBarack Obama met Angela Merkel in Berlin.\n\n```\nEmmanuel Macron\n```\n\nSee [it](https://example.com/Xi-Jinping).\n';
    const t = tempTree({ 'story.md': md });
    try {
      const names = analyze(['story.md'], t.dir).reports[0].entities.map((e) => e.name);
      assert.ok(names.includes('Barack Obama'), names.join(', '));
      for (const hidden of ['Vladimir Putin', 'Emmanuel Macron', 'Xi Jinping', 'Xi-Jinping']) assert.ok(!names.includes(hidden), hidden);
    } finally {
      t.cleanup();
    }
  });
});
