import assert from 'node:assert/strict';
import { test } from 'node:test';
import nlp from 'compromise';
import { parseText, parseTexts, unwrapLines } from '../src/nlp/parse.js';
import { TAG_HOOKS, tagText, type TaggedTerm } from '../src/nlp/tag.js';
import { bareParse, sentenceBySentence, sentenceKeys } from '../../../scripts/check-parse-equivalence.ts';

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

// The tagging reads text exactly as compromise's bare nlp(text) does (every field the service
// reads), with its cheaper hook list and sentence by sentence. scripts/check-parse-equivalence.ts
// checks the same on the corpora; these texts cover what news text throws at it.
const VARIED = [
  'GENEVA — Foreign ministers from 12 countries met on Tuesday, March 5, 2024, officials said.',
  '“We exchanged views on the conflict,” said Wang Kejian, the envoy 🙂. The talks lasted 3 hours.',
  'Mr. Haniya didn’t attend; I’m told he can’t. The U.S. State Dept. said it\'d wait, and they\'ve agreed.',
  'A NYT/CBS poll: 45% back the Prime Minister’s plan — up from 38% in Jan. (a re-run). Israel\'s reply?',
  'Johnson LLC and the Wawel Castle trust paid $3.5m to Dr. Smith Jr. at 10 a.m.!\r\nThe deal is done.',
  'BREAKING NEWS: MINISTER RESIGNS AFTER VOTE\r\n\r\nShe said: "I won\'t stay." They\'d known since 2019-03-19.',
  'Lookin\' good, the anti-corruption re-enactment drew e-mail at info@example.org and #hashtags @user.',
];

test('the tagging equals nlp(text) on varied news text, whole and sentence by sentence', () => {
  for (const text of VARIED) {
    const ref = bareParse(text);
    assert.deepEqual(sentenceKeys(tagText(text)), ref, text);
    assert.deepEqual(sentenceKeys(sentenceBySentence(text)), ref, text);
  }
  assert.deepEqual(sentenceKeys(tagText(VARIED.join(' '))), bareParse(VARIED.join(' ')));
});

test('the hooks left out of nlp(text) are exactly id, typeahead and chunks', () => {
  const all = (nlp as unknown as { hooks(): string[] }).hooks();
  assert.deepEqual(all.filter((h) => !TAG_HOOKS.includes(h)), ['id', 'typeahead', 'chunks']);
  assert.deepEqual(TAG_HOOKS, ['contractions', 'alias', 'machine', 'index', 'freeze', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger']);
});

test('a sentence cache gives the same tokens and offsets as no cache', () => {
  const text = VARIED.join('\n');
  const cache = new Map<string, readonly TaggedTerm[]>();
  const sc = { get: (s: string) => cache.get(s), set: (s: string, t: readonly TaggedTerm[]) => void cache.set(s, t) };
  assert.deepEqual(parseText(text, sc), parseText(text));
  assert.deepEqual(parseText(text, sc), parseText(text), 'from the warm cache');
  assert.ok(cache.size >= VARIED.length);
});

test('paragraphs parsed together (one tagging pass) equal each parsed alone, with and without a sentence cache', () => {
  const texts = [...VARIED, '', '   \n', VARIED.join('\n\n'), VARIED[0]];
  const alone = texts.map((t) => parseText(t));
  assert.deepEqual(parseTexts(texts), alone);
  const cache = new Map<string, readonly TaggedTerm[]>();
  const sc = { get: (s: string) => cache.get(s), set: (s: string, t: readonly TaggedTerm[]) => void cache.set(s, t) };
  assert.deepEqual(parseTexts(texts, sc), alone);
  assert.deepEqual(parseTexts(texts, sc), alone, 'from the warm cache');
});
