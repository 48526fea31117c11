// The comparison worker of a language server: compares the workspace off the main thread
// (compare-engine.ts), with the comparison cache and a heap governor of its own.
import './background.js'; // first: lowered before compromise loads (the thread passes workerData.background)
import { parentPort, workerData } from 'node:worker_threads';
import { serveComparisons } from './compare-serve.js';

if (parentPort) serveComparisons(parentPort, workerData);
