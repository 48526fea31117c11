/**
 * Internal errors: an exception inside the analysis or the comparison (a bug, or an analysis that
 * is not what the analyser makes). The work goes on without the output of the part that threw,
 * for that report or event only, and the caller hears of it through an `onInternalError` hook.
 */

/** The part of the comparison that threw. */
export type ComparePart = 'identity' | 'align-quotes' | 'align-figures' | 'align-dates' | 'align-claims' | 'grouping-terms';

/** Where an internal error of the comparison happened, and whose results lack that part's output. */
export interface CompareErrorPlace {
  part: ComparePart;
  /** The event being compared (identity, align-*): its id, as Comparison.events gives it. */
  event?: string;
  /** The event's reports, sorted by id; for grouping-terms the one report whose terms are missing. */
  reports: readonly string[];
}

/** Hears of an exception in one part of the comparison (that part's output is missing for that event or report). */
export type CompareErrorHook = (error: unknown, where: CompareErrorPlace) => void;

/** What the comparison takes besides the reports. */
export interface CompareOptions {
  /** Called for each exception of entity identity, of one aligner or of a report's grouping terms. Without it they go unreported. */
  onInternalError?: CompareErrorHook;
}

/** An internal error of the analysis of one report (an extractor threw on a paragraph), for internalErrorLine. */
export interface AnalysisErrorPlace {
  part: 'analysis';
  reports: readonly [string];
}

/** Reports named in a line at most; the others are counted. */
const NAMED = 5;

/**
 * One line for a log or standard error: the part that failed, the report or event, and the
 * error's message, e.g. `internal error (align-quotes) in the event of a.txt, b.txt: TypeError: x is undefined`.
 */
export function internalErrorLine(error: unknown, where: CompareErrorPlace | AnalysisErrorPlace): string {
  const names = where.reports.slice(0, NAMED).join(', ');
  const more = where.reports.length > NAMED ? ` and ${where.reports.length - NAMED} more` : '';
  const subject = 'event' in where && where.event !== undefined ? `the event of ${names}${more}` : `${names}${more}`;
  return `internal error (${where.part}) in ${subject}: ${errorMessage(error)}`;
}

/** `Name: message` of an error (anything thrown), on one line. */
function errorMessage(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    text = 'an unprintable value was thrown';
  }
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
