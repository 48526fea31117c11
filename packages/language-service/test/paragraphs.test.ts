// A report's paragraphs are tagged together (analysis/paragraphs.ts); one that the tagging or an
// extractor throws on still loses only itself, its error reported once per copy, as when each
// paragraph was tagged alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, createParagraphCache, type SentenceCache } from '@newslens/language-service';

const OK_1 = 'The ministry said 40 people attended the talks in Geneva on Tuesday.';
const BAD = 'Officials said the second round would start in March.';
const OK_2 = 'Critics say the meeting achieved nothing, according to a statement.';

/** A sentence cache that throws on one sentence (the tagging of its paragraph fails). */
const throwingOn = (word: string): SentenceCache => ({
  get(sentence) {
    if (sentence.includes(word)) throw new Error(`no tagging of ${word}`);
    return undefined;
  },
  set() {},
});

const sentencesOf = (text: string, options = {}) => {
  const a = analyzeReport(text, options);
  return a.sentences.map((s) => a.text.slice(s.start, s.end));
};

test('a paragraph the tagging throws on loses only itself and is reported once', () => {
  const errors: unknown[] = [];
  const text = [OK_1, BAD, OK_2].join('\n\n');
  assert.deepEqual(sentencesOf(text, { sentenceCache: throwingOn('second round'), onInternalError: (e: unknown) => errors.push(e) }), [OK_1, OK_2]);
  assert.equal(errors.length, 1);
});

test('with a paragraph cache, a failing paragraph met twice is reported twice; a good one met twice is analysed once', () => {
  const errors: unknown[] = [];
  const text = [OK_1, BAD, OK_2, BAD, OK_1].join('\n\n');
  const options = { paragraphCache: createParagraphCache(100), sentenceCache: throwingOn('second round'), onInternalError: (e: unknown) => errors.push(e) };
  assert.deepEqual(sentencesOf(text, options), [OK_1, OK_2, OK_1]);
  assert.equal(errors.length, 2);
  assert.deepEqual(analyzeReport(text, { paragraphCache: createParagraphCache(100) }), analyzeReport(text));
});
