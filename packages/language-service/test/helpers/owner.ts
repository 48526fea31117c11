import assert from 'node:assert/strict';
import { analyzeReport, type Entity } from '@newslens/language-service';

/** The entity of a report's analysis that the n-th occurrence (from 0) of a mention text belongs to. */
export function owner(text: string, mention: string, nth = 0): Entity | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(mention, at + 1);
  assert.ok(at >= 0, `"${mention}" #${nth} not in the text`);
  return analyzeReport(text).entities.find((e) => e.mentions.some((m) => m.start <= at && at + mention.length <= m.end));
}
