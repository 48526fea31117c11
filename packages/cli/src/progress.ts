/** Progress on stderr, only on a terminal and only once a run has lasted a second. */
export interface Progress {
  tick(done: number, total: number, what: string): void;
  done(): void;
}

const DELAY_MS = 1000;
const EVERY_MS = 100;

export function createProgress(stream: NodeJS.WriteStream, enabled = stream.isTTY === true): Progress {
  if (!enabled) return { tick() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    tick(done, total, what) {
      const now = Date.now();
      if (now - started < DELAY_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      stream.write(`\r\x1b[Knewslens: ${what} ${done}/${total}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
