// The output formats: the JSON contract (checked against docs/json-format.schema.json), SARIF
// 2.1.0 (checked against the official schema), GitHub workflow commands.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { AnalyzeJson, CheckJson } from '@newslens/cli';
import { escapeData, escapeProperty } from '../src/formats/github.js';
import { cli, ensureBuilt, ROOT, SEEDS, tempTree } from './helpers/cli.js';

before(() => ensureBuilt());

const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS: its module.exports is the class.
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const contractSchema = JSON.parse(readFileSync(join(ROOT, 'docs/json-format.schema.json'), 'utf8')) as object;
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

function validator(schema: object, draft04 = false) {
  const ajv = draft04 ? new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) : new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv as never);
  const validate = ajv.compile(schema);
  return (data: unknown) => {
    const ok = validate(data);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  };
}
const validateContract = validator(contractSchema);
const validateSarif = validator(sarifSchema, true);

const BAD = { 'empty.txt': '', 'notes/a,b:c%.txt': 'The mayor, 52, said "we will build it.\r\n\r\nResidents disagreed on Monday.\r\n' };

describe('analyze --format json: the public contract', () => {
  test('the seeds analyse to JSON that validates against docs/json-format.schema.json', () => {
    const r = cli(['analyze', 'seeds']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as AnalyzeJson;
    validateContract(json);
    assert.equal(json.version, 1);
    assert.deepEqual(json.reports.map((x) => x.path), ['seeds/000_a34a0c6796c537b7.txt', 'seeds/002_33abfcd25e3bfae5.txt']);
    for (const report of json.reports) {
      const text = readFileSync(join(ROOT, report.path), 'utf8').replace(/^\uFEFF/, '');
      for (const e of report.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      for (const f of report.figures) assert.equal(text.slice(f.start, f.end), f.text);
      for (const q of report.quotes) assert.ok(q.start <= q.content.start && q.content.end <= q.end);
      assert.ok(report.event === null || json.events.some((ev) => ev.id === report.event && ev.reports.includes(report.path)));
    }
    // Every report appears in exactly one event; links point into analysed reports.
    const paths = new Set(json.reports.map((x) => x.path));
    assert.deepEqual(json.events.flatMap((e) => e.reports).sort(), [...paths].sort());
    for (const l of json.links) assert.ok(paths.has(l.from.path) && paths.has(l.to.path));
  });

  test('output is deterministic: the same bytes run to run, and with the inputs in another order', () => {
    const a = cli(['analyze', 'seeds/000_a34a0c6796c537b7.txt', 'seeds/002_33abfcd25e3bfae5.txt']);
    const b = cli(['analyze', 'seeds/002_33abfcd25e3bfae5.txt', 'seeds/000_a34a0c6796c537b7.txt']);
    assert.equal(a.stdout, b.stdout);
    assert.equal(a.stdout, cli(['analyze', 'seeds']).stdout);
  });

  test('paths are as given on the command line (relative or absolute)', () => {
    const abs = cli(['analyze', join(SEEDS, '000_a34a0c6796c537b7.txt')]);
    assert.deepEqual((JSON.parse(abs.stdout) as AnalyzeJson).reports.map((x) => x.path), [join(SEEDS, '000_a34a0c6796c537b7.txt')]);
    const rel = cli(['analyze', './seeds/'], { cwd: ROOT });
    assert.deepEqual((JSON.parse(rel.stdout) as AnalyzeJson).reports.map((x) => x.path)[0], 'seeds/000_a34a0c6796c537b7.txt');
  });

  test('skipped and unreadable files are diagnostics, not reports; the JSON still validates', () => {
    const t = tempTree(BAD);
    try {
      const r = cli(['analyze', '.', 'gone.txt'], { cwd: t.dir });
      assert.equal(r.code, 2);
      const json = JSON.parse(r.stdout) as AnalyzeJson;
      validateContract(json);
      assert.deepEqual(json.reports.map((x) => x.path), ['notes/a,b:c%.txt']);
      assert.deepEqual(json.diagnostics.filter((d) => d.path !== 'notes/a,b:c%.txt').map((d) => [d.path, d.code, d.severity]),
        [['empty.txt', 'file-skipped', 'warning'], ['gone.txt', 'read-error', 'error']]);
      assert.match(r.stderr, /gone\.txt: cannot read/);
    } finally {
      t.cleanup();
    }
  });
});

describe('check --format json', () => {
  test('prints version, tool and the same diagnostic objects, with 0-based positions', () => {
    const t = tempTree({ ...BAD, 'x.txt': Buffer.from([0x0a, 0x0a, 0x41, 0x42, 0xc3, 0x28, 0x0a]) });
    try {
      const r = cli(['check', '--format', 'json', '.'], { cwd: t.dir });
      const json = JSON.parse(r.stdout) as CheckJson;
      validateContract(json);
      assert.deepEqual(Object.keys(json), ['version', 'tool', 'diagnostics']);
      const bad = json.diagnostics.find((d) => d.path === 'x.txt');
      assert.deepEqual(bad && { ...bad, message: undefined }, {
        path: 'x.txt', start: 4, end: 5, line: 2, character: 2, endLine: 2, endCharacter: 3,
        severity: 'warning', code: 'invalid-encoding', message: undefined, related: [],
      });
      const analyzed = JSON.parse(cli(['analyze', '.'], { cwd: t.dir }).stdout) as AnalyzeJson;
      assert.deepEqual(analyzed.diagnostics, json.diagnostics);
    } finally {
      t.cleanup();
    }
  });
});

describe('check --format sarif', () => {
  test('is SARIF 2.1.0 valid against the official schema, for the seeds and for bad input', () => {
    const seeds = cli(['check', '--format', 'sarif', 'seeds']);
    assert.equal(seeds.code, 0);
    validateSarif(JSON.parse(seeds.stdout));
    const t = tempTree(BAD);
    try {
      const r = cli(['check', '--format', 'sarif', '.', 'gone.txt'], { cwd: t.dir });
      assert.equal(r.code, 2);
      const log = JSON.parse(r.stdout) as SarifLog;
      validateSarif(log);
      const run = log.runs[0];
      assert.equal(log.version, '2.1.0');
      assert.equal(run.tool.driver.name, 'newslens');
      assert.equal(run.columnKind, 'utf16CodeUnits');
      const byUri = new Map(run.results.map((x) => [x.locations[0].physicalLocation.artifactLocation.uri, x]));
      const gone = byUri.get('gone.txt');
      assert.equal(gone?.level, 'error');
      assert.equal(gone?.ruleId, 'read-error');
      assert.equal(run.tool.driver.rules[gone?.ruleIndex ?? -1].id, 'read-error');
      assert.equal(byUri.get('empty.txt')?.level, 'warning');
      assert.ok(run.results.every((x) => x.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%'));
      assert.ok(run.results.every((x) => /^[0-9a-f]{20}$/.test(x.partialFingerprints['newslensFingerprint/v1'])));
      // A path with a comma, colon and percent sign is percent-encoded into a valid URI.
      const all = JSON.stringify(run.results);
      assert.ok(!all.includes('a,b:c%.txt'));
    } finally {
      t.cleanup();
    }
  });
});

describe('check --format github', () => {
  test('prints one workflow command per problem with escaped properties and data', () => {
    const t = tempTree({ 'odd, name: 100%.txt': '' });
    try {
      const r = cli(['check', '--format', 'github', '.', 'gone.txt'], { cwd: t.dir });
      assert.equal(r.code, 2);
      const lines = r.stdout.trimEnd().split('\n');
      assert.deepEqual(lines, [
        '::error file=gone.txt,line=1,col=1,title=newslens read-error::cannot read: no such file or directory (was it deleted or moved?)',
        '::warning file=odd%2C name%3A 100%25.txt,line=1,col=1,title=newslens file-skipped::empty file, nothing to analyse',
        '2 problems (1 error, 1 warning, 0 information, 0 hints) in 1 file',
      ]);
    } finally {
      t.cleanup();
    }
  });

  test('escaping follows GitHub toolkit rules', () => {
    assert.equal(escapeData('50% of\r\nthem: a, b'), '50%25 of%0D%0Athem: a, b');
    assert.equal(escapeProperty('50% of\r\nthem: a, b'), '50%25 of%0D%0Athem%3A a%2C b');
  });
});

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string }> } };
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }>;
    }>;
  }>;
}
