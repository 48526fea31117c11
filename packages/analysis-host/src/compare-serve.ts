// The worker side of the comparison thread, apart from the script it runs in: compare-worker.ts
// serves with nothing else; a worker script given as ComparisonThreadOptions.workerUrl (a test) can
// pass a hook called before each event.
import type { MessagePort } from 'node:worker_threads';
import { CompareEngine } from './compare-engine.js';
import type { CompareRequest } from './compare-protocol.js';
import type { ComparisonStore } from './comparison-cache.js';
import { heapGovernor } from './memory.js';
import { traceHeap } from './heap-trace.js';
import { lowerThisThread } from './thread-priority.js';

/** What the main thread gives the worker at its start. */
export interface CompareWorkerData {
  store: ComparisonStore | null;
  /** One Int32: the newest run the main thread wants. */
  latest: SharedArrayBuffer;
}

export function serveComparisons(port: MessagePort, data: CompareWorkerData, hooks: { beforeEvent?(): void } = {}): void {
  // a background thread: the server's main thread (requests) and the editor's worker (edits) run first
  lowerThisThread();
  traceHeap('compare');
  const latest = new Int32Array(data.latest);
  const engine = new CompareEngine((reply) => port.postMessage(reply), {
    store: data.store,
    latest: () => Atomics.load(latest, 0),
    // aligning thousands of events makes garbage V8 would let grow to gigabytes; collected here, off the main thread
    afterStep: heapGovernor(),
    beforeEvent: hooks.beforeEvent,
  });
  port.on('message', (req: CompareRequest) => engine.handle(req));
}
