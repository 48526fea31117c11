import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { causeSummary, groupingCauses, openingLine, topicOf, type CauseItem } from '../scripts/grouping-causes.ts';

const item = (event: string, pred: string, day: number | null = null): CauseItem => ({ event, pred, day, label: `${event} in ${pred}` });

test('topicOf: an ECB+ topic joins its two events, a MEANTIME corpus its articles', () => {
  assert.equal(topicOf('ecbplus/t10_ecb'), 'ecbplus/t10');
  assert.equal(topicOf('ecbplus/t10_ecbplus'), 'ecbplus/t10');
  assert.equal(topicOf('meantime_en/corpus_gm/120578.txt'), 'meantime_en/corpus_gm');
});

test('groupingCauses: false pairs of a merge and missed pairs of a split, by cause', () => {
  const items = [
    // t10's two events in one group: 2 x 1 false pairs, undated
    item('ecbplus/t10_ecb', 'g1'), item('ecbplus/t10_ecb', 'g1'), item('ecbplus/t10_ecbplus', 'g1'),
    // two MEANTIME articles a month apart in one group: 1 false pair
    item('meantime_en/corpus_gm/1.txt', 'g2', 100), item('meantime_en/corpus_gm/2.txt', 'g2', 130),
    // t04 split: three together, one alone (3 missed pairs), a week apart at most
    item('ecbplus/t04_ecb', 'g3', 10), item('ecbplus/t04_ecb', 'g3', 11), item('ecbplus/t04_ecb', 'g3', 11), item('ecbplus/t04_ecb', 'g4', 12),
  ];
  const c = groupingCauses(items);
  assert.deepEqual([...c.merges], [
    ['one ECB+ topic, its two events (neither side dated)', 2],
    ['one MEANTIME corpus, two articles (published more than a week apart)', 1],
  ]);
  // t10_ecb appears in g1 only, so no split there; t04 is the one split
  assert.deepEqual([...c.splits], [['one report apart, on their own (published within a week)', 3]]);
  const summary = causeSummary(c);
  assert.match(summary[1], /^\s+2 {2}one ECB\+ topic/);
  assert.ok(c.lines.some((l) => l.startsWith('split ecbplus/t04_ecb in 2 (3 + 1)')));
});

test('groupingCauses: a stray report inside another event is told apart from one left alone', () => {
  const c = groupingCauses([
    item('ecbplus/t24_ecb', 'a'), item('ecbplus/t24_ecb', 'a'), item('ecbplus/t24_ecb', 'b'),
    item('ecbplus/t24_ecbplus', 'b'), item('ecbplus/t24_ecbplus', 'b'),
  ]);
  assert.deepEqual([...c.splits], [['one report apart, in another event (neither side dated)', 2]]);
  assert.deepEqual([...c.merges], [['one ECB+ topic, its two events (neither side dated)', 2]]);
});

test('groupingCauses: two events merged where only one side has a date (an undated report cannot be told apart by time)', () => {
  const c = groupingCauses([item('ecbplus/t20_ecb', 'g'), item('ecbplus/t20_ecbplus', 'g', 13_000), item('ecbplus/t20_ecbplus', 'g')]);
  assert.deepEqual([...c.merges], [['one ECB+ topic, its two events (one side dated, the other not)', 2]]);
});

test('openingLine: the first line that is not a web address, after the front matter', () => {
  assert.equal(openingLine('http://example.com/a\n\nQuake hits island\nMore.'), 'Quake hits island');
  const text = '---\ntitle: x\n---\nFirst line\n';
  assert.equal(openingLine(text, text.indexOf('First')), 'First line');
});
