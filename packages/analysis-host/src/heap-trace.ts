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

/** Starts sampling this thread's heap, as `role` (main, compare, editor, analysis), when tracing. */
export function traceHeap(role: string): void {
  const dir = process.env.NEWSLENS_SERVER_LAG;
  if (!dir) return;
  const timer = setInterval(() => {
    const h = getHeapStatistics();
    const m = process.memoryUsage();
    const line = `heap ${(performance.timeOrigin + performance.now()).toFixed(0)} ${role} used ${(h.used_heap_size / MB).toFixed(0)} total ${(h.total_heap_size / MB).toFixed(0)} external ${(h.external_memory / MB).toFixed(0)} rss ${(m.rss / MB).toFixed(0)}\n`;
    try {
      appendFileSync(`${dir}/server-${process.pid}.log`, line);
    } catch {
      // a benchmark's aid: never a failure
    }
  }, 1000);
  timer.unref();
}
