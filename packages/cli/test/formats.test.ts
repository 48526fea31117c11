// The output formats on hand-made diagnostics, including cross-report related locations
// (which need two reports of one event to appear through the bin).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonDiagnostic } from '../src/contract-types.js';
import { formatGithub } from '../src/formats/github.js';
import { formatSarif } from '../src/formats/sarif.js';
import { formatJson, formatJsonChunks } from '../src/formats/json.js';
import { countSeverities, formatText, formatTextChunks, summaryLine } from '../src/formats/text.js';

const mismatch: JsonDiagnostic = {
  path: 'desk/a.txt', start: 120, end: 135, line: 4, character: 10, endLine: 4, endCharacter: 25,
  severity: 'warning', code: 'figure-mismatch', message: 'This report says more than 1,200; the other says 1,139.',
  related: [{ path: 'desk/b.txt', start: 40, end: 45, line: 1, character: 7, message: 'the other report says 1,139' }],
};
const summary = { counts: countSeverities([mismatch]), files: 2, baselined: 0 };

describe('text', () => {
  test('a problem line, its related locations indented, then the summary', () => {
    assert.equal(formatText([mismatch], summary, false),
      'desk/a.txt:5:11: warning figure-mismatch This report says more than 1,200; the other says 1,139.\n'
      + '    -> desk/b.txt:2:8: the other report says 1,139\n'
      + '1 problem (0 errors, 1 warning, 0 information, 0 hints) in 2 files\n');
  });

  test('summary lines', () => {
    const c = (error: number, warning: number, information: number, hint: number) => ({ error, warning, information, hint });
    assert.equal(summaryLine({ counts: c(0, 0, 0, 0), files: 1, baselined: 0 }), 'no problems in 1 file');
    assert.equal(summaryLine({ counts: c(0, 0, 0, 0), files: 3, baselined: 4 }), 'no problems in 3 files (4 more recorded in the baseline)');
    assert.equal(summaryLine({ counts: c(2, 1, 3, 1), files: 2, baselined: 0 }), '7 problems (2 errors, 1 warning, 3 information, 1 hint) in 2 files');
  });
});

describe('github', () => {
  test('related locations are appended to the message; information and hint become notice', () => {
    const hint = { ...mismatch, severity: 'hint' as const, code: 'name-variant', related: [], start: 0, end: 0 };
    assert.equal(formatGithub([mismatch, hint], 'summary'),
      '::warning file=desk/a.txt,line=5,col=11,endLine=5,endColumn=26,title=newslens figure-mismatch::'
      + 'This report says more than 1,200; the other says 1,139. (the other report says 1,139: desk/b.txt:2:8)\n'
      + '::notice file=desk/a.txt,line=5,col=11,title=newslens name-variant::This report says more than 1,200; the other says 1,139.\n'
      + 'summary\n');
  });
});

describe('sarif', () => {
  test('related locations, 1-based regions, levels and fingerprints', () => {
    const log = JSON.parse(formatSarif([mismatch], { name: 'newslens', version: '9.9.9', analyzerVersion: '1' }, ['abc'])) as {
      runs: Array<{ results: Array<Record<string, unknown>> }>;
    };
    const result = log.runs[0].results[0];
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations, [{ physicalLocation: {
      artifactLocation: { uri: 'desk/a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 11, endLine: 5, endColumn: 26 },
    } }]);
    assert.deepEqual(result.relatedLocations, [{
      id: 1, physicalLocation: { artifactLocation: { uri: 'desk/b.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 8 } },
      message: { text: 'the other report says 1,139' },
    }]);
    assert.deepEqual(result.partialFingerprints, { 'newslensFingerprint/v1': 'abc' });
  });
});

describe('output in pieces (large runs never build one string)', () => {
  const head = { version: '1', tool: { name: 'newslens', version: '0' }, diagnostics: [] as unknown[] };
  const other: JsonDiagnostic = { ...mismatch, path: 'desk/“b”.txt', message: 'Line\nbreak — 🙂 "quoted"', related: [] };
  test('formatJsonChunks gives the bytes of formatJson, with no, one and several items', () => {
    for (const items of [[], [mismatch], [mismatch, other, mismatch]]) {
      const chunks = [...formatJsonChunks(head, 'diagnostics', items)];
      assert.equal(chunks.join(''), formatJson({ ...head, diagnostics: items }));
      assert.equal(chunks.length, Math.max(1, items.length + 1));
    }
    assert.throws(() => [...formatJsonChunks({ diagnostics: [], after: 1 }, 'diagnostics', [])], /last key/);
  });
  test('formatTextChunks gives formatText, one piece per diagnostic then the summary', () => {
    const chunks = [...formatTextChunks([mismatch, other], summary, true)];
    assert.equal(chunks.length, 3);
    assert.equal(chunks.join(''), formatText([mismatch, other], summary, true));
  });
});
