import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../src/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => { written.push(s); return true; } } };
}

test('progress shows on a terminal only after a second, at most every 100 ms, and is cleared', () => {
  let clock = 0;
  const { written, stream } = fakeStream(true);
  const p = createProgress(stream as never, undefined, () => clock);
  p.tick(1, 10, 'analysing');
  clock = 999;
  p.tick(2, 10, 'analysing');
  assert.deepEqual(written, []);
  clock = 1000;
  p.tick(3, 10, 'analysing');
  clock = 1050;
  p.tick(4, 10, 'analysing');
  clock = 1100;
  p.tick(5, 10, 'analysing');
  p.done();
  assert.deepEqual(written, ['\r\x1b[Knewslens: analysing 3/10', '\r\x1b[Knewslens: analysing 5/10', '\r\x1b[K']);
});

test('no progress when stderr is not a terminal, and nothing to clear on a short run', () => {
  let clock = 0;
  const pipe = fakeStream(false);
  const p = createProgress(pipe.stream as never, undefined, () => clock);
  clock = 5000;
  p.tick(1, 2, 'analysing');
  p.done();
  assert.deepEqual(pipe.written, []);
  const tty = fakeStream(true);
  createProgress(tty.stream as never, undefined, () => 0).done();
  assert.deepEqual(tty.written, []);
});
