// The worker side of the comparison thread, apart from the script it runs in: compare-worker.ts
// serves with nothing else; a worker script given as ComparisonThreadOptions.workerUrl (a test) can
// pass a hook called before each event.
import type { MessagePort } from 'node:worker_threads';
import { CompareEngine } from './compare-engine.js';
import type { CompareRequest } from './compare-protocol.js';
import type { ComparisonStore } from './comparison-cache.js';
import { heapGovernor, type GovernorStats } from './memory.js';
import { traceHeap } from './heap-trace.js';
import { lowerThisThread } from './thread-priority.js';

/** What the main thread gives the worker at its start. */
export interface CompareWorkerData {
  store: ComparisonStore | null;
  /** One Int32: the newest run the main thread wants. */
  latest: SharedArrayBuffer;
}

/**
 * The comparison worker's heap governor (memory.ts): a full collection once its heap grew by
 * `slackMb` since the last one. 160 MB, set in session 26 from the server's peak resident set
 * (issue 17: <= 1.5 GB with the comparison): at the end of a cold comparison of 10,000 corpus
 * reports this worker's heap was 487 MB used of 704 reserved with the CLI's 320 MB, its live set
 * about 270 MB (measured with the bench's heap trace); half the slack, about twice the collections.
 */
export const COMPARE_WORKER_HEAP = Object.freeze({ slackMb: 160 });

export function serveComparisons(port: MessagePort, data: CompareWorkerData, hooks: { beforeEvent?(): void } = {}): void {
  // a background thread: the server's main thread (requests) and the editor's worker (edits) run first
  lowerThisThread();
  const collected: GovernorStats = { collections: 0, ms: 0 };
  const heapSample = traceHeap('compare', () => ` gc ${collected.collections} ${collected.ms.toFixed(0)}`);
  const latest = new Int32Array(data.latest);
  // aligning thousands of events makes garbage V8 would let grow to gigabytes; collected here, off the main thread
  const governor = heapGovernor(COMPARE_WORKER_HEAP.slackMb, collected);
  const engine = new CompareEngine((reply) => port.postMessage(reply), {
    store: data.store,
    latest: () => Atomics.load(latest, 0),
    afterStep: () => {
      governor();
      heapSample();
    },
    beforeEvent: hooks.beforeEvent,
  });
  port.on('message', (req: CompareRequest) => engine.handle(req));
}
