import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint } from '../src/baseline.js';

test('a fingerprint depends on the code and the words covered, not on where they are', () => {
  const text = 'More than 31,000  died.\n\nLater: More than 31,000\n died.';
  const first = fingerprint('unattributed-claim', text, { start: 0, end: 23, message: 'm1' });
  const moved = fingerprint('unattributed-claim', text, { start: 32, end: 55, message: 'm2' });
  assert.equal(first, moved); // whitespace is normalised, the message is not used
  assert.notEqual(first, fingerprint('vague-attribution', text, { start: 0, end: 23, message: 'm1' }));
  assert.notEqual(first, fingerprint('unattributed-claim', text, { start: 0, end: 9, message: 'm1' }));
});

test('without a span, the message with its numbers blanked out', () => {
  const a = fingerprint('file-skipped', null, { start: 0, end: 0, message: 'skipped: 2.1 MB is over the size cap of 1 MB' });
  const b = fingerprint('file-skipped', null, { start: 0, end: 0, message: 'skipped: 2.4 MB is over the size cap of 1 MB' });
  assert.equal(a, b);
  assert.notEqual(a, fingerprint('file-skipped', null, { start: 0, end: 0, message: 'empty file, nothing to analyse' }));
});
