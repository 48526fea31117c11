// scripts/eval-claim-links.ts: a link between two reports is scored on the gold event mentions its
// two passages hold (right when two of them share a chain), each undirected link once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Link } from '@newslens/language-service';
import { scoreLinks, type EventMention } from '../scripts/eval-claim-links.ts';

const link = (kind: Link['kind'], from: [string, number, number], to: [string, number, number]): Link =>
  ({ kind, from: { report: from[0], start: from[1], end: from[2] }, to: { report: to[0], start: to[1], end: to[2] }, score: 1 });

test('claim links: right when the two passages hold mentions of one event chain, wrong when of two, unscorable without gold', () => {
  const mentions = new Map<string, EventMention[]>([
    ['a', [{ start: 10, end: 16, chain: 'killed' }, { start: 40, end: 47, chain: 'arrest' }]],
    ['b', [{ start: 5, end: 11, chain: 'killed' }, { start: 60, end: 66, chain: 'trial' }]],
  ]);
  const links = [
    link('claim', ['a', 0, 20], ['b', 0, 20]), // killed / killed: right
    link('claim', ['b', 0, 20], ['a', 0, 20]), // the same link the other way: counted once
    link('claim', ['a', 35, 50], ['b', 55, 70]), // arrest / trial: wrong
    link('claim', ['a', 100, 120], ['b', 0, 20]), // no gold event in the first passage: not scorable
    link('entity', ['a', 0, 20], ['b', 0, 20]), // entity links are not scored here
  ];
  const { tally, wrong } = scoreLinks(links, mentions);
  assert.deepEqual(tally.get('claim'), { links: 3, scorable: 2, right: 1 });
  assert.equal(tally.get('entity'), undefined);
  assert.deepEqual(wrong.map((l) => [l.from.start, l.to.start]), [[35, 55]]);
});

test('claim links: a figure\'s passage can be widened to its sentence', () => {
  const mentions = new Map<string, EventMention[]>([['a', [{ start: 0, end: 6, chain: 'seized' }]], ['b', [{ start: 30, end: 36, chain: 'seized' }]]]);
  const figure = link('figure', ['a', 10, 19], ['b', 40, 49]);
  assert.deepEqual(scoreLinks([figure], mentions).tally.get('figure'), { links: 1, scorable: 0, right: 0 });
  const sentence = (_l: Link, side: Link['from']) => (side.report === 'a' ? { start: 0, end: 30 } : { start: 25, end: 60 });
  assert.deepEqual(scoreLinks([figure], mentions, sentence).tally.get('figure'), { links: 1, scorable: 1, right: 1 });
});
