// Incremental analysis: with a paragraph cache, an edit re-parses only the paragraphs it touched,
// and the result equals a full analysis of the new text. Counts work, never time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, type ParagraphCache } from '@newslens/language-service';

type Entry = NonNullable<ReturnType<ParagraphCache['get']>>;

function countingCache(from?: Map<string, Entry>) {
  const map = new Map(from);
  const missed: string[] = [];
  const cache: ParagraphCache = {
    get(key) {
      const hit = map.get(key);
      if (!hit) missed.push(key.slice(key.indexOf('\u0000') + 1));
      return hit;
    },
    set(key, value) { map.set(key, value); },
  };
  return { cache, map, missed };
}

const REPORT = [
  'GENEVA — Foreign ministers from 12 countries met on Tuesday, March 5, 2024, officials said.',
  '“We exchanged views on the conflict,” said Wang Kejian, the envoy. The talks lasted 3 hours.',
  'The ministry said 40 people attended. Critics say the meeting achieved nothing 🙂.',
  'Another round is planned for next month, according to a statement from the ministry.',
].join('\r\n\r\n');

const replaceAt = (text: string, needle: string, by: string) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return text.slice(0, i) + by + text.slice(i + needle.length);
};

test('a one-letter edit re-parses only its paragraph, and equals a full analysis', () => {
  const first = countingCache();
  analyzeReport(REPORT, { paragraphCache: first.cache });
  assert.equal(first.missed.length, 4);
  const edited = replaceAt(REPORT, 'achieved', 'achieves');
  const again = countingCache(first.map);
  const incremental = analyzeReport(edited, { paragraphCache: again.cache });
  assert.deepEqual(again.missed, [edited.split('\r\n\r\n')[2]]);
  assert.deepEqual(incremental, analyzeReport(edited));
});

test('an edit that changes a paragraph\'s length shifts the cached paragraphs after it', () => {
  const first = countingCache();
  analyzeReport(REPORT, { paragraphCache: first.cache });
  const edited = replaceAt(REPORT, 'Tuesday', 'Tuesday morning');
  const again = countingCache(first.map);
  const incremental = analyzeReport(edited, { paragraphCache: again.cache });
  assert.equal(again.missed.length, 1);
  assert.deepEqual(incremental, analyzeReport(edited));
});

test('splitting a paragraph re-parses the two halves only; an unchanged text re-parses nothing', () => {
  const first = countingCache();
  analyzeReport(REPORT, { paragraphCache: first.cache });
  const unchanged = countingCache(first.map);
  analyzeReport(REPORT, { paragraphCache: unchanged.cache });
  assert.equal(unchanged.missed.length, 0);
  const edited = replaceAt(REPORT, ' The talks', '\r\n\r\nThe talks');
  const again = countingCache(first.map);
  const incremental = analyzeReport(edited, { paragraphCache: again.cache });
  assert.equal(again.missed.length, 2);
  assert.deepEqual(incremental, analyzeReport(edited));
});
