/**
 * Internal errors in the server: a part of the analysis (an extractor on a paragraph) or of the
 * comparison (entity identity, one aligner, a report's grouping terms) threw. The server goes on
 * without that part's results for that report or event, and logs the error to the client's log
 * (VS Code: the newslens output channel): the line the CLI prints, then the stack.
 */
import type { AnalysisErrorPlace, CompareErrorHook, CompareErrorPlace } from '@newslens/language-service';
import { service } from './load-service.js';

/** Distinct errors remembered, so that one recomputed again and again (while indexing, after each edit) is logged once. */
const REMEMBERED = 1000;

export interface InternalErrorLog {
  /** For the comparison's onInternalError. */
  compare: CompareErrorHook;
  /** For analyzeReport's onInternalError, about the report `id`. */
  analysis(id: string): (error: unknown) => void;
}

/** `write` puts one message in the client's log (connection.console.error). */
export function internalErrorLog(write: (message: string) => void): InternalErrorLog {
  const logged = new Set<string>();
  const log = (error: unknown, where: CompareErrorPlace | AnalysisErrorPlace) => {
    const line = `newslens: ${service().internalErrorLine(error, where)}`;
    if (logged.has(line)) return;
    if (logged.size >= REMEMBERED) logged.clear();
    logged.add(line);
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    write(`${line}${stack}`);
  };
  return {
    compare: log,
    analysis: (id) => (error) => log(error, { part: 'analysis', reports: [id] }),
  };
}
