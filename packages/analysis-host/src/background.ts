// Imported first by the worker scripts (worker.ts, compare-worker.ts): a background worker
// (workerData.background) lowers its priority before anything else loads, since loading compromise
// is the heaviest work of its start and competes with the main thread's own loading.
import { workerData } from 'node:worker_threads';
import { lowerThisThread } from './thread-priority.js';

if ((workerData as { background?: unknown } | null)?.background === true) lowerThisThread();
