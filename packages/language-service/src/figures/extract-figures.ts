import type { ParagraphContext } from '../analysis/paragraph.js';
import type { Figure } from '../types.js';

/** Numbers that count something: "more than 31,000 Palestinians killed". */
export function extractFigures(ctx: ParagraphContext): Figure[] {
  void ctx;
  return []; // scaffolding: implemented by the figures work
}
