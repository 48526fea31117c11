import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport } from '@newslens/language-service';

test('a BOM is removed and offsets index the text after it', () => {
  const r = analyzeReport('\uFEFFWang Kejian met officials in Qatar.');
  assert.equal(r.hadBom, true);
  assert.equal(r.text.startsWith('Wang'), true);
  for (const e of r.entities) for (const m of e.mentions) assert.equal(r.text.slice(m.start, m.end), m.text);
});

test('empty and whitespace-only text analyse to empty results', () => {
  for (const t of ['', '   ', '\n\n\r\n']) {
    const r = analyzeReport(t);
    assert.deepEqual(r.entities, []);
    assert.deepEqual(r.sentences, []);
  }
});
