import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The full collections a governor ran, and the time they took (benchmarks). */
export interface GovernorStats {
  collections: number;
  ms: number;
}

/**
 * Keeps a long run's heap near what it really holds. Comparing thousands of reports makes much
 * short-lived garbage that outlives the young generation (one event's alignment), and V8 then lets
 * the heap grow to several times the live data before collecting it (3 GB for 10,000 reports).
 * The returned step, called between units of work, runs a full collection once the heap has
 * grown by `slackMb` since the last one: about one collection per few hundred megabytes of
 * garbage at the CLI's 320 MB; the server's comparison worker, at 160 MB, made 18-21 collections
 * costing 14-18 s of its CPU on a 10,000-report run (docs/performance.md, session 26). Without
 * access to the collector it does nothing.
 */
export function heapGovernor(slackMb = 320, stats?: GovernorStats): () => void {
  let gc: (() => void) | null = null;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  } catch {
    return () => {};
  }
  const slack = slackMb * 2 ** 20;
  let floor = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size < floor + slack) return;
    const t0 = performance.now();
    gc?.();
    floor = getHeapStatistics().used_heap_size;
    if (stats) {
      stats.collections++;
      stats.ms += performance.now() - t0;
    }
  };
}
