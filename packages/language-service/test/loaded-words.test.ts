// Loaded words in another, neutral sense (docs/loaded-words.md, "Not marked"; src/loaded/word-senses.ts),
// words dropped from the lexicon, and passages set off as someone's words without quotation marks
// (src/quotes/block-quotes.ts). Invented sentences.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeReport } from '../src/index.ts';
import { loadedGroupOfNormal } from '../src/loaded/loaded-words.ts';
import { blockQuotes } from '../src/quotes/block-quotes.ts';

const marked = (text: string) => (analyzeReport(text).loadedWords ?? []).map((w) => (w.quoted ? `${w.text} (quoted)` : w.text));

describe('loaded words: the sense in context', () => {
  test('"claimed" marks a statement ("claimed that", "claimed to have", "claimed Nixon knew"), not a noun object', () => {
    assert.deepEqual(marked('The mayor claimed that the budget was balanced. A witness claimed to have seen the car. Jones claimed Smith knew. ' +
      'The lawyers blamed others they claimed were responsible.'), ['claimed', 'claimed', 'claimed', 'claimed']);
    assert.deepEqual(marked('Neither lawyer ever claimed their client\'s innocence. The gang has long claimed as its turf the east side.'), []);
  });

  test('a doubting verb of saying inside someone\'s reported account is theirs ("Jones said Smith lied when he claimed ...")', () => {
    assert.deepEqual(marked('Jones said Smith lied when he claimed the mayor knew. Police said he had bragged about the theft.'), []);
    assert.deepEqual(marked('He noted the thief had bragged about the theft. He had also boasted that he would do it again, the judge added.'), []);
    assert.deepEqual(marked('Smith claimed the mayor knew. He bragged about the theft, and the police came.'), ['claimed', 'bragged']);
  });

  test('"feigned" a condition is an act reported; "feigning interest" imputes insincerity', () => {
    assert.deepEqual(marked('The boss feigned mental illness for decades. He was feigning insanity, prosecutors argued.'), []);
    assert.deepEqual(marked('Despite feigning interest in peace, the group rearmed.'), ['feigning']);
  });

  test('"communist" beside a nationality names a state by an ideology; alone it is a party\'s members', () => {
    assert.deepEqual(marked('The Chinese communists met a former communist Chinese envoy.'), ['communists', 'communist']);
    assert.deepEqual(marked('A group of 200 communists marched to the square.'), []);
  });

  test('"a mob" is a crowd; "the mob" and "mob experts" are the Mafia', () => {
    assert.deepEqual(marked('An angry mob attacked the station. A mob of fans stormed the pitch.'), ['mob', 'mob']);
    assert.deepEqual(marked('He took over the mob. Mob experts called him a traditional boss.'), []);
  });

  test('"regime" of rules ("tax regime", "a regime of sanctions") is no government', () => {
    assert.deepEqual(marked('The tax regime changed. A sanctions regime and a strict regime of tests followed.'), []);
    assert.deepEqual(marked('The Assad regime fell. The regime of the generals lasted a decade.'), ['regime', 'regime']);
  });

  test('"controversial", "notorious", "infamous", "radical" judge a person, not a thing, a place or a named group', () => {
    assert.deepEqual(marked('A controversial figure, he died. The notorious killer fled. Radical members of the sect attacked.'), ['controversial', 'notorious', 'Radical']);
    assert.deepEqual(marked('The controversial law passed. The ship crossed the notorious Gulf of Aden. The radical Weather Underground set bombs. ' +
      'It was a radical change. Her infamous sense of style lives on. Do not be afraid to be controversial.'), []);
  });

  test('words whose marks were mostly wrong or arguable are out of the lexicon', () => {
    for (const w of ['rioters', 'crook', 'crooks', 'fanatic', 'insisted', 'insists']) assert.equal(loadedGroupOfNormal(w), undefined, w);
    assert.deepEqual(marked('Rioters threw stones. A crook stole a necklace. He insisted the plan was sound. He was a fanatic about boxing.'), []);
  });
});

describe('block quotations: a line set off after "X writes:"', () => {
  test('the line after a colon that follows a verb of saying or writing is the writer\'s', () => {
    const text = 'As Jane Doe writes in a Times piece:\nA controversial figure, Felt died on Thursday.\nThe controversial figure was buried.';
    assert.deepEqual(blockQuotes(text).map((s) => text.slice(s.start, s.end)), ['A controversial figure, Felt died on Thursday.']);
    assert.deepEqual(marked(text), ['controversial (quoted)', 'controversial']);
  });

  test('a colon with no verb of saying introduces no one\'s words', () => {
    const text = 'The plan had three parts:\nA controversial figure led it.';
    assert.deepEqual(blockQuotes(text), []);
    assert.deepEqual(marked(text), ['controversial']);
  });
});
