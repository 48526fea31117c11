// The worker thread of the analysis pool: serves the pool's requests with analyzeReport.
import { parentPort } from 'node:worker_threads';
import { analyzeReport } from '@newslens/language-service';
import { serveAnalyses } from './worker-serve.js';

if (parentPort) serveAnalyses(parentPort, analyzeReport);
