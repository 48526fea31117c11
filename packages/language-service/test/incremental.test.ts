// Incremental analysis: with a paragraph cache, an edit re-parses only the paragraphs it touched,
// and the result equals a full analysis of the new text. Counts work, never time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeReport, createSentenceCache, type ParagraphCache, type SentenceCache, type TaggedTerm } from '@newslens/language-service';

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

/** A sentence cache that records the sentences it let through to the tagger. */
function countingSentences(from?: Map<string, readonly TaggedTerm[]>) {
  const map = new Map(from);
  const tagged: string[] = [];
  const cache: SentenceCache = {
    get(sentence) {
      const hit = map.get(sentence);
      if (!hit) tagged.push(sentence);
      return hit;
    },
    set(sentence, terms) { map.set(sentence, terms); },
  };
  return { cache, map, tagged };
}

// One paragraph per line, no blank line between them: the splitter reads one paragraph. A BOM,
// CRLF line ends, curly quotes, em dashes and an emoji (two UTF-16 units) before the edits.
const SINGLE_LINES = '\uFEFF' + [
  'DOHA — Hamas and Israeli negotiators met in Doha on Tuesday, March 5, 2024, officials said.',
  '“We exchanged views on the conflict,” said Wang Kejian, the envoy 🙂. The talks lasted 3 hours.',
  'The ministry said 40 people attended; critics say the meeting achieved nothing.',
  'Mr. Haniya didn’t attend — he was in Cairo, according to a statement from the ministry.',
  'Another round is planned for next month.',
].join('\r\n');

function warmBoth(text: string) {
  const paragraphs = countingCache();
  const sentences = countingSentences();
  analyzeReport(text, { paragraphCache: paragraphs.cache, sentenceCache: sentences.cache });
  return { paragraphs, sentences };
}

test('single-line paragraphs: a one-letter edit re-tags only its sentence, and equals a full analysis', () => {
  const warm = warmBoth(SINGLE_LINES);
  assert.equal(warm.paragraphs.missed.length, 1, 'the splitter reads one paragraph');
  assert.ok(warm.sentences.tagged.length >= 6);
  const edited = replaceAt(SINGLE_LINES, 'achieved', 'achieves');
  const sentences = countingSentences(warm.sentences.map);
  const incremental = analyzeReport(edited, { paragraphCache: countingCache(warm.paragraphs.map).cache, sentenceCache: sentences.cache });
  assert.deepEqual(sentences.tagged.map((s) => s.trim()), ['The ministry said 40 people attended; critics say the meeting achieves nothing.']);
  assert.deepEqual(incremental, analyzeReport(edited));
});

test('single-line paragraphs: edits next to the emoji, the curly quotes and the dash, and edits that move sentence ends, equal a full analysis', () => {
  const warm = warmBoth(SINGLE_LINES);
  const edits: Array<[string, string]> = [
    ['envoy 🙂', 'envoys 🙂'], ['conflict,”', 'conflicts,”'], ['— he was', '— she was'], ['Mr. Haniya', 'Ms. Haniya'],
    ['3 hours.', '3 hours'], ['attended; critics', 'attended. Critics'], ['Cairo, according', 'Cairo.\r\nAccording'],
    ['\r\nAnother', '\r\n\r\nAnother'], ['Another round', 'Another 🙂 round'], ['\uFEFFDOHA', 'DOHA'],
  ];
  for (const [from, to] of edits) {
    const edited = replaceAt(SINGLE_LINES, from, to);
    const sentences = countingSentences(warm.sentences.map);
    const incremental = analyzeReport(edited, { paragraphCache: countingCache(warm.paragraphs.map).cache, sentenceCache: sentences.cache });
    assert.ok(sentences.tagged.length <= 2, `${to}: ${sentences.tagged.length} sentences re-tagged`);
    assert.deepEqual(incremental, analyzeReport(edited), to);
  }
});

test('a cold sentence cache changes nothing; its keys are sentences with the whitespace after them', () => {
  const twice = `${SINGLE_LINES}\r\nAnother round is planned for next month.`;
  const sentences = countingSentences();
  assert.deepEqual(analyzeReport(twice, { sentenceCache: sentences.cache }), analyzeReport(twice));
  const keys = [...sentences.map.keys()].filter((s) => s.startsWith('Another round'));
  assert.deepEqual(keys, ['Another round is planned for next month.\r\n', 'Another round is planned for next month.']);
});

test('createSentenceCache keeps the sentences used last, up to its size', () => {
  const cache = createSentenceCache(2);
  const terms = (w: string): TaggedTerm[] => [{ text: w, normal: w, pre: '', post: '', tags: new Set(['Noun']) }];
  cache.set('a', terms('a'));
  cache.set('b', terms('b'));
  assert.ok(cache.get('a'), 'a used: b is now the oldest');
  cache.set('c', terms('c'));
  assert.equal(cache.size, 2);
  assert.equal(cache.get('b'), undefined);
  assert.deepEqual(cache.get('a'), terms('a'));
  assert.deepEqual(cache.get('c'), terms('c'));
  const [x, y] = [...cache.get('a')!, ...cache.get('c')!];
  assert.equal(x.tags, y.tags, 'one tag set for the same tags');
});

test('a session of seeded random edits (caches carried from edit to edit, as in an editor) always equals a full analysis', () => {
  let seed = 20261123;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['e', 'X', '.', '. ', ', ', '\r\n', '\r\n\r\n', '”', '“', '’', ' — ', '🙂', 'Mr. ', ' said ', '3', ''];
  const paragraphs = countingCache();
  const sentences = countingSentences();
  let text = SINGLE_LINES;
  for (let i = 0; i < 30; i++) {
    const at = 1 + rand(text.length - 1);
    const cut = rand(4);
    text = text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(Math.min(text.length, at + cut));
    const incremental = analyzeReport(text, { paragraphCache: paragraphs.cache, sentenceCache: sentences.cache });
    assert.deepEqual(incremental, analyzeReport(text), `edit ${i}: ${JSON.stringify(text)}`);
  }
});
