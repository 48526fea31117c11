// Freshness, the one place that says whether the server's work on a report is still wanted: tokens,
// the work in flight under them, the debounce of edits, shutdown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Freshness } from '../src/freshness.js';

const later = () => new Promise<void>((r) => setTimeout(r, 5));

test('a newer claim makes every older token of that report stale, and only of that report', () => {
  const f = new Freshness();
  const a1 = f.claim('a');
  const b1 = f.claim('b');
  assert.ok(f.isCurrent('a', a1));
  const a2 = f.claim('a');
  assert.ok(!f.isCurrent('a', a1));
  assert.ok(f.isCurrent('a', a2));
  assert.ok(f.isCurrent('b', b1));
  assert.equal(f.tokenOf('a'), a2);
  assert.ok(!f.isCurrent('a', undefined));
  const c = f.tokenOf('c'); // none claimed yet: a new one
  assert.ok(f.isCurrent('c', c));
});

test('work in flight is given while its token is current and it runs; a newer claim hides it', async () => {
  const f = new Freshness();
  let finish = () => undefined as void;
  const done = new Promise<void>((r) => (finish = r));
  const token = f.claim('a');
  f.track('a', token, done);
  assert.equal(f.inFlight('a'), done);
  assert.equal(f.inFlight('b'), undefined);
  finish();
  await done;
  await later();
  assert.equal(f.inFlight('a'), undefined, 'finished');
  const again = new Promise<void>(() => undefined);
  f.track('a', f.tokenOf('a'), again);
  f.claim('a'); // an edit: the analysis in flight is of an older version
  assert.equal(f.inFlight('a'), undefined);
});

test('debounce: only the last of several quick edits runs, with its token; none after shutdown', async () => {
  const f = new Freshness();
  const ran: Array<[string, number]> = [];
  for (let i = 0; i < 3; i++) f.afterQuiet('a', 0, (token) => ran.push(['a', token]));
  f.afterQuiet('b', 0, (token) => ran.push(['b', token]));
  await later();
  assert.deepEqual(ran.map(([id]) => id), ['a', 'b']);
  assert.ok(f.isCurrent('a', ran[0][1]));
  f.afterQuiet('a', 0, () => ran.push(['a', -1]));
  f.staleAll();
  await later();
  assert.equal(ran.length, 2);
  assert.ok(!f.live);
  assert.ok(!f.isCurrent('b', ran[1][1]), 'shutdown makes every token stale');
  assert.ok(!f.isCurrent('c', f.claim('c')), 'for good');
});
