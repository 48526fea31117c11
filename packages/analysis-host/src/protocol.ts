import type { ReportAnalysis } from '@newslens/language-service';
import type { ReportFormat } from './disk-cache.js';

/** main -> worker: one report to analyse, and where to cache the result. */
export interface WorkerRequest {
  id: number;
  text: string;
  format: ReportFormat;
  cache?: { dir: string; key: string };
}

/** worker -> main. */
export interface WorkerReply {
  id: number;
  analysis: ReportAnalysis;
  written: 'ok' | 'error' | 'none';
}
