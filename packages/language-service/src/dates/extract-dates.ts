import type { ParagraphContext } from '../analysis/paragraph.js';

/** A date expression before it is resolved against the publication date. */
export interface RawDate {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: string | null;
  /** For relative expressions: "last-month", "yesterday", "weekday"... */
  relative: string | null;
}

export function extractDateExpressions(ctx: ParagraphContext): RawDate[] {
  void ctx;
  return []; // scaffolding: implemented by the dates work
}
