// Reliability (issue 6) through the real bin: fuzzed report files, output escaping (JSON, SARIF,
// text), devices and folder loops that must not hang, usage errors cli-basics does not cover.
// Bad files (binary, invalid UTF-8, unreadable, link loops, 20 MB) are in cli-files.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { AnalyzeJson, CheckJson } from '@newslens/cli';
import { baseReports, devDataReports, generateInput, hostileReport, makeRng } from '../../../test/helpers/fuzz-inputs.ts';
import { asCliReads, badCliSpans } from '../../../test/reliability/helpers/cli-output.ts';
import { cli, ensureBuilt, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

const N = Number(process.env.NEWSLENS_CLI_FUZZ_N ?? 30);
const SEED = Number(process.env.NEWSLENS_FUZZ_SEED ?? 20240319);
/** C0 controls but tab and line feed, DEL, C1 controls, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
}

describe('fuzzed report files through the bin', () => {
  test(`${N} generated and mutated reports: exit 0/1, valid JSON and SARIF, spans inside, same bytes twice`, () => {
    const rng = makeRng(SEED);
    const bases = [...baseReports(), ...devDataReports(6)];
    const files: Record<string, string> = {};
    for (let i = 0; i < N; i++) files[`f${String(i).padStart(3, '0')}.txt`] = generateInput(rng, bases, i).text;
    files['hostile.txt'] = hostileReport();
    const t = tempTree(files);
    try {
      const texts = new Map(Object.entries(files).map(([p, text]) => [p, asCliReads(text)]));
      const first = cli(['analyze', '.'], { cwd: t.dir });
      assert.equal(first.code, 0, first.stderr);
      assert.doesNotMatch(first.stderr, /\n\s+at /, 'no stack trace');
      const json = JSON.parse(first.stdout) as AnalyzeJson;
      assert.ok(json.reports.length > N / 2, `${json.reports.length} reports analysed`);
      assert.deepEqual(badCliSpans(json, texts).slice(0, 5), []);
      const again = cli(['analyze', '.'], { cwd: t.dir });
      assert.equal(again.stdout, first.stdout, 'same files, same bytes');

      const sarif = cli(['check', '--format', 'sarif', '.'], { cwd: t.dir });
      assert.ok(sarif.code === 0 || sarif.code === 1, `exit ${sarif.code}: ${sarif.stderr}`);
      const log = JSON.parse(sarif.stdout) as SarifLog;
      assert.deepEqual(log.runs[0].results.map((r) => r.message.text), json.diagnostics.map((d) => d.message));

      const text = cli(['check', '.'], { cwd: t.dir });
      assert.ok(text.code === 0 || text.code === 1, `exit ${text.code}: ${text.stderr}`);
      assert.doesNotMatch(text.stdout, CONTROL, 'no control character reaches the terminal');
    } finally {
      t.cleanup();
    }
  });
});

describe('output escaping', () => {
  // Report text reaches messages and spans: these must survive JSON and SARIF byte for byte.
  const odd = ['\u2028', '\u2029', '\u0085', '\u001b[31m', '\u007f', '\u202e', '"\\', '</script>', '\ud83d\ude00'];
  const pad = 'The streets of the city were calm during the whole of the afternoon and the evening. '.repeat(20);
  const report = `${pad}\n\n${odd.map((c, i) => `More than ${i + 2},000 people${c} were killed${c} in the attack, “${c}we will win${c}” he said.`).join('\n\n')}\n\n${pad}\n`;

  test('JSON and SARIF round-trip report text with U+2028/U+2029, controls, quotes and astral characters', () => {
    const t = tempTree({ 'odd.txt': report });
    try {
      const texts = new Map([['odd.txt', asCliReads(report)]]);
      const json = JSON.parse(cli(['analyze', 'odd.txt'], { cwd: t.dir }).stdout) as AnalyzeJson;
      assert.equal(json.reports.length, 1, JSON.stringify(json.diagnostics));
      assert.deepEqual(badCliSpans(json, texts), []);
      const text = texts.get('odd.txt')!;
      const quotes = json.reports[0].quotes.map((q) => text.slice(q.content.start, q.content.end));
      for (const c of odd) assert.ok(quotes.some((q) => q.includes(`${c}we will win${c}`)), `${JSON.stringify(c)} kept in a quote: ${JSON.stringify(quotes)}`);
      const sarif = cli(['check', '--format', 'sarif', 'odd.txt'], { cwd: t.dir });
      const log = JSON.parse(sarif.stdout) as SarifLog;
      assert.deepEqual(log.runs[0].results.map((r) => r.message.text), json.diagnostics.map((d) => d.message));
    } finally {
      t.cleanup();
    }
  });

  test('a lone surrogate (possible in a UTF-16 file) leaves JSON that parses back, escaped as \\uXXXX', () => {
    const text = `\ufeffOfficials said “we will \ud800win” on Tuesday, and “\udfff” too.\n`;
    const t = tempTree({ 'u16.txt': Buffer.from(text, 'utf16le') });
    try {
      const r = cli(['analyze', 'u16.txt'], { cwd: t.dir });
      assert.equal(r.code, 0, r.stderr);
      const json = JSON.parse(r.stdout) as AnalyzeJson;
      const decoded = new TextDecoder('utf-16le', { ignoreBOM: false }).decode(Buffer.from(text, 'utf16le'));
      assert.deepEqual(badCliSpans(json, new Map([['u16.txt', decoded]])), []);
      assert.doesNotMatch(r.stdout, /[\ud800-\udfff]/, 'no raw surrogate in the output');
    } finally {
      t.cleanup();
    }
  });

  test('text and GitHub output: control characters in file names and messages are not sent to the terminal raw', () => {
    const name = 'evil\u001b]0;pwned\u0007\nname.txt';
    const t = tempTree({ [name]: 'More than 300 people were killed in the attack on Tuesday.\n' });
    try {
      for (const format of ['text', 'github']) {
        const r = cli(['check', '--format', format, '.'], { cwd: t.dir });
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /unattributed-claim/);
        assert.equal(r.stdout.split('\n').filter((l) => /unattributed-claim/.test(l)).length, 1, `${format}: one line per problem`);
        // GitHub's own escaping rules apply there (%0A for a line break); the terminal gets \uXXXX.
        if (format === 'text') assert.doesNotMatch(r.stdout.replace(/\n/g, ' '), CONTROL, format);
      }
      const json = JSON.parse(cli(['check', '--format', 'json', '.'], { cwd: t.dir }).stdout) as CheckJson;
      assert.equal(json.diagnostics[0].path, name, 'JSON keeps the real name');
    } finally {
      t.cleanup();
    }
  });
});

describe('nothing hangs', () => {
  test('devices named on the command line are refused at once, the other files still checked', () => {
    const t = tempTree({ 'good.txt': 'More than 300 people were killed in the attack on Tuesday.\n' });
    try {
      const r = cli(['check', '--format', 'json', '/dev/zero', '/dev/urandom', '/dev/null', 'good.txt'], { cwd: t.dir });
      const json = JSON.parse(r.stdout) as CheckJson;
      assert.deepEqual(json.diagnostics.map((d) => `${d.path} ${d.code}`), [
        '/dev/null file-skipped', '/dev/urandom file-skipped', '/dev/zero file-skipped', 'good.txt unattributed-claim',
      ]);
    } finally {
      t.cleanup();
    }
  });

  test('folders linked into each other, and a link to / inside a folder, are walked once', () => {
    const t = tempTree({ 'a/one.txt': 'Police said 12 people died.\n', 'b/two.txt': 'Police said 12 people died.\n' });
    try {
      symlinkSync('../b', join(t.dir, 'a/to-b'));
      symlinkSync('../a', join(t.dir, 'b/to-a'));
      mkdirSync(join(t.dir, 'a/deep/deeper'), { recursive: true });
      symlinkSync('../../..', join(t.dir, 'a/deep/deeper/up'));
      const r = cli(['analyze', 'a', 'b'], { cwd: t.dir });
      assert.equal(r.code, 0, r.stderr);
      const paths = (JSON.parse(r.stdout) as AnalyzeJson).reports.map((x) => x.path);
      assert.equal(new Set(paths.map((p) => p.replace(/^.*\//, ''))).size, 2, paths.join(', '));
      assert.ok(paths.length <= 4, paths.join(', '));
    } finally {
      t.cleanup();
    }
  });

  test('a 100,000-character line and 5,000 empty paragraphs are analysed in one go', () => {
    const long = `${'Officials said 12 people died in Paris on Monday, '.repeat(2000)}\n`;
    const t = tempTree({ 'long.txt': long, 'gaps.txt': `Police said 12 people died.${'\n'.repeat(10_000)}The end.\n` });
    try {
      writeFileSync(join(t.dir, 'ok.txt'), 'Police said 12 people died.\n');
      const r = cli(['analyze', '.'], { cwd: t.dir });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as AnalyzeJson).reports.map((x) => x.path), ['gaps.txt', 'long.txt', 'ok.txt']);
    } finally {
      t.cleanup();
    }
  });
});

describe('usage errors cli-basics.test.ts does not cover', () => {
  const cases: Array<[string[], RegExp]> = [
    [['check', '-x', 'seeds'], /Unknown option '-x'/],
    [['check', '--max-warnings', '-1', 'seeds'], /--max-warnings needs a whole number|argument is ambiguous/],
    [['check', '--max-warnings=-1', 'seeds'], /--max-warnings needs a whole number/],
    [['check', '--max-warnings', '1e999', 'seeds'], /--max-warnings needs a whole number/],
    [['check', '--max-file-size', '-5', 'seeds'], /--max-file-size needs a size|argument is ambiguous/],
    [['check', '--max-file-size=-5', 'seeds'], /--max-file-size needs a size/],
    [['check', '--format', '', 'seeds'], /unknown format ""/],
    [['check', '--output-file'], /argument missing/],
    [['check', '--format=json=x', 'seeds'], /unknown format/],
  ];
  for (const [args, message] of cases) {
    test(`newslens ${JSON.stringify(args)}`, () => {
      const r = cli(args);
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
