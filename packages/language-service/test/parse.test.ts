import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText, unwrapLines } from '../src/nlp/parse.js';

const sentences = (t: string) => parseText(t).sentences.map((s) => t.slice(s.start, s.end));

test('a hard-wrapped sentence stays one sentence (LF and CRLF), offsets unchanged', () => {
  for (const br of ['\n', '\r\n']) {
    const t = `The ministry said more than 3,000 people${br}were killed on Monday, officials${br}said. Then it rained.`;
    assert.equal(unwrapLines(t).length, t.length);
    assert.deepEqual(sentences(t), [`The ministry said more than 3,000 people${br}were killed on Monday, officials${br}said.`, 'Then it rained.']);
  }
});

test('headlines, datelines and one sentence per line keep their breaks', () => {
  const t = 'Bank Raises Rates Again\nLONDON 2024-03-19\nThe Bank of England raised rates.\nIt said more was to come.';
  assert.deepEqual(sentences(t), ['Bank Raises Rates Again', 'LONDON 2024-03-19', 'The Bank of England raised rates.', 'It said more was to come.']);
});

test('a line cut after a function word joins the next even when it starts with a capital', () => {
  assert.deepEqual(sentences('He met the\nPrime Minister in Doha.'), ['He met the\nPrime Minister in Doha.']);
});
