import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoize } from '../src/text/memo.ts';

test('memoize: each argument computed once, undefined answers remembered too, everything forgotten at the cap', () => {
  const calls: string[] = [];
  const f = memoize((k) => { calls.push(k); return k === 'none' ? undefined : k.length; }, 3);
  assert.deepEqual([f('ab'), f('ab'), f('none'), f('none'), f('abc')], [2, 2, undefined, undefined, 3]);
  assert.deepEqual(calls, ['ab', 'none', 'abc']);
  f('abcd'); // the fourth argument: the three held are forgotten
  f('ab');
  assert.deepEqual(calls, ['ab', 'none', 'abc', 'abcd', 'ab']);
});
