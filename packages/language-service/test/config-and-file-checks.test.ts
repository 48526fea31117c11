// newslens.json parsing and the file-level checks the CLI and the server share.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  analyzeReport, cloneDefault, decodeReport, DEFAULT_MAX_FILE_SIZE, languageProblems, mergeConfig, parseConfig, RULES,
  ruleSetting, screenReportText,
} from '@newslens/language-service';

describe('parseConfig', () => {
  test('a full, valid newslens.json', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      $schema: './x.json', rules: { 'unattributed-claim': 'error', 'name-variant': 'off' },
      include: ['reports/**/*.md'], exclude: ['archive/**'], maxFileSize: 2_000_000.7, ignorePhrases: ['Wire copy'],
    }));
    assert.deepEqual(errors, []);
    assert.deepEqual(config, {
      rules: { 'unattributed-claim': 'error', 'name-variant': 'off' }, include: ['reports/**/*.md'], exclude: ['archive/**'],
      maxFileSize: 2_000_000, ignorePhrases: ['Wire copy'],
    });
    assert.equal(ruleSetting(config, 'unattributed-claim'), 'error');
    assert.equal(ruleSetting(config, 'vague-attribution'), 'information');
  });

  test('defaults: every *.txt, no node_modules or .git, a 1 MB cap', () => {
    const { config, errors } = parseConfig('\uFEFF{}');
    assert.deepEqual(errors, []);
    assert.deepEqual(config, cloneDefault());
    assert.equal(config.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.deepEqual(config.include, ['**/*.txt']);
  });

  test('bad parts are reported and ignored; the good parts stay', () => {
    const { config, errors } = parseConfig(JSON.stringify({
      rules: { 'unattributed-claim': 'loud', 'made-up': 'off', 'vague-attribution': 'hint' }, include: 'x', maxFileSize: -1, extra: true,
    }), 'team.json');
    assert.deepEqual(config.rules, { 'vague-attribution': 'hint' });
    assert.deepEqual(config.include, ['**/*.txt']);
    assert.equal(config.maxFileSize, DEFAULT_MAX_FILE_SIZE);
    assert.equal(errors.length, 5);
    for (const e of errors) assert.match(e, /^team\.json: /);
  });

  test('not JSON, or not an object', () => {
    assert.match(parseConfig('{ rules: ').errors[0], /not valid JSON/);
    assert.match(parseConfig('[]').errors[0], /expected an object/);
  });

  test('mergeConfig: later settings win where given', () => {
    const base = parseConfig('{ "rules": { "unattributed-claim": "error" }, "maxFileSize": 5 }').config;
    const merged = mergeConfig(base, { rules: { 'name-variant': 'off' }, ignorePhrases: ['x'] });
    assert.deepEqual(merged.rules, { 'unattributed-claim': 'error', 'name-variant': 'off' });
    assert.equal(merged.maxFileSize, 5);
    assert.deepEqual(merged.ignorePhrases, ['x']);
  });

  test('every rule code is kebab-case and has a default severity', () => {
    for (const r of RULES) {
      assert.match(r.code, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(['off', 'error', 'warning', 'information', 'hint'].includes(r.defaultSeverity));
    }
  });
});

describe('decodeReport and screenReportText', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const codes = (ps: Array<{ code: string; message: string }>) => ps.map((p) => `${p.code}: ${p.message}`);

  test('plain UTF-8 decodes with no problems, keeping a BOM for analyzeReport to remove', () => {
    const r = decodeReport(enc('\uFEFFHello.'), 100);
    assert.equal(r.text, '\uFEFFHello.');
    assert.deepEqual(r.problems, []);
  });

  test('empty, whitespace-only, NUL bytes, control characters and oversize are skipped', () => {
    assert.deepEqual(codes(decodeReport(new Uint8Array(), 100).problems), ['file-skipped: empty file, nothing to analyse']);
    assert.equal(decodeReport(enc(' \n\t'), 100).text, null);
    assert.match(codes(decodeReport(Uint8Array.from([72, 105, 0, 33]), 100).problems)[0], /binary file/);
    assert.match(codes(decodeReport(Uint8Array.from([1, 2, 3, 65, 66, 67, 68, 69, 70, 71, 72, 73]), 100).problems)[0], /binary file/);
    const big = decodeReport(enc('x'.repeat(2_500_000)), 1_000_000);
    assert.equal(big.text, null);
    assert.deepEqual(codes(big.problems), ['file-skipped: skipped: 2.5 MB is over the size cap of 1 MB (maxFileSize in newslens.json)']);
  });

  test('invalid UTF-8 decodes with U+FFFD and points at the first bad byte (offsets after the BOM)', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe2, 0x82, 0xac, 0x42, 0xed, 0xa0, 0x80, 0x43]); // BOM A € B <surrogate> C
    const r = decodeReport(bytes, 100);
    assert.ok(r.text?.includes('\uFFFD'));
    assert.equal(r.problems.length, 1);
    const p = r.problems[0];
    assert.equal(p.code, 'invalid-encoding');
    assert.equal(r.text?.slice(1).slice(p.start, p.end), '\uFFFD');
    assert.equal(p.start, 3);
  });

  test('UTF-16 with a BOM decodes', () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    assert.equal(decodeReport(le, 100).text, '\uFEFFHi');
    assert.equal(decodeReport(be, 100).text, '\uFEFFHi');
  });

  test('screenReportText counts the size cap in UTF-8 bytes', () => {
    assert.deepEqual(screenReportText('\u{1F600}', 4), []);
    assert.match(codes(screenReportText('\u{1F600}!', 4))[0], /5 bytes is over the size cap of 4 bytes/);
    assert.match(codes(screenReportText('a\u0000b', 100))[0], /binary/);
  });

  test('languageProblems: nothing for English, not-english otherwise', () => {
    const english = analyzeReport('The mayor opened the bridge on Monday.');
    assert.deepEqual(languageProblems(english), []);
    const german = { ...english, language: { code: 'de', isEnglish: false } };
    assert.deepEqual(codes(languageProblems(german)), ['not-english: not analysed: the text looks like language "de", and newslens reads English reports only']);
  });
});
