/**
 * Where the memory is (benchmarks, issue 17): with NEWSLENS_SERVER_LAG=<dir> (the bench's trace
 * folder, set in a language server's environment), each thread that calls `traceHeap` adds a line a
 * second to `<dir>/server-<pid>.log`:
 *
 *   heap <epoch ms> <role> used <MB> total <MB> external <MB> rss <MB>
 *
 * its V8 heap (used and reserved), the memory outside it that it holds (external: array buffers
 * included), and the process's resident set (all threads). Nothing otherwise.
 */
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

const MB = 2 ** 20;

/**
 * Starts sampling this thread's heap, as `role` (main, compare, editor, analysis), when tracing: a
 * timer while the thread is idle, and the returned step, to call between units of a long synchronous
 * run (the comparison's events, where no timer fires), samples at most once a second too.
 */
export function traceHeap(role: string, extra: () => string = () => ''): () => void {
  const dir = process.env.NEWSLENS_SERVER_LAG;
  if (!dir) return () => {};
  let last = 0;
  const sample = () => {
    const t = performance.timeOrigin + performance.now();
    if (t - last < 900) return;
    last = t;
    const h = getHeapStatistics();
    const line = `heap ${t.toFixed(0)} ${role} used ${(h.used_heap_size / MB).toFixed(0)} total ${(h.total_heap_size / MB).toFixed(0)} external ${(h.external_memory / MB).toFixed(0)} rss ${(process.memoryUsage.rss() / MB).toFixed(0)}${extra()}\n`;
    try {
      appendFileSync(`${dir}/server-${process.pid}.log`, line);
    } catch {
      // a benchmark's aid: never a failure
    }
  };
  setInterval(sample, 1000).unref();
  return sample;
}
