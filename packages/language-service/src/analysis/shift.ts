import type { ParagraphResult } from './paragraph.js';

/** Moves every offset in a paragraph result by `by` (paragraph-relative to report-absolute). */
export function shiftParagraph(r: ParagraphResult, by: number): ParagraphResult {
  if (by === 0) return r;
  return shiftDeep(r, by) as ParagraphResult;
}

/** Shifts every numeric `start`/`end` property in plain data. */
function shiftDeep(value: unknown, by: number): unknown {
  if (Array.isArray(value)) return value.map((v) => shiftDeep(v, by));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = (k === 'start' || k === 'end') && typeof v === 'number' ? v + by : shiftDeep(v, by);
  }
  return out;
}
