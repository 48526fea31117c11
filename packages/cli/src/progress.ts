/** Progress on stderr, only on a terminal and only once a run has lasted a second. */
export interface Progress {
  tick(done: number, total: number, what: string): void;
  done(): void;
}

const DELAY_MS = 1000;
const EVERY_MS = 100;

export function createProgress(
  stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>, enabled = stream.isTTY === true, now: () => number = Date.now,
): Progress {
  if (!enabled) return { tick() {}, done() {} };
  const started = now();
  let last = 0;
  let shown = false;
  return {
    tick(done, total, what) {
      const t = now();
      if (t - started < DELAY_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      stream.write(`\r\x1b[Knewslens: ${what} ${done}/${total}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
