/**
 * quote-mismatch: the same quote worded differently in another report of the event.
 * Docs: docs/rules/quote-mismatch.md.
 */
import { reportName } from '../text/excerpt.js';
import type { QuoteDifference } from './findings.js';
import { defineRule } from './rule.js';

/** Up to four words each side: what only this wording has, and what only the other has. */
function diffNote(onlyHere: readonly string[], onlyThere: readonly string[]): string {
  const list = (ws: readonly string[]) => (ws.length === 0 ? 'nothing' : ws.slice(0, 4).map((w) => `"${w}"`).join(', ') + (ws.length > 4 ? ', …' : ''));
  return ` (here ${list(onlyHere)}, there ${list(onlyThere)})`;
}

export const quoteMismatch = defineRule<QuoteDifference, 'quote-mismatch'>({
  code: 'quote-mismatch',
  defaultSeverity: 'warning',
  scope: 'event',
  twinned: true,
  summary: 'The same quote is worded differently in another report of the event.',
  message: (f) => f.change === 'form'
    ? `Quote written differently in ${reportName(f.other.report)}, same words: "${f.here}" vs "${f.there}"${diffNote(f.onlyHere, f.onlyThere)}`
    : `Quote differs from ${reportName(f.other.report)}: "${f.here}" vs "${f.there}"${diffNote(f.onlyHere, f.onlyThere)}`,
  data: (f) => ({ quoteChange: f.change }),
  related: (f) => [{ ...f.other, message: `The same quote in ${reportName(f.other.report)}: "${f.there}"` }],
  cases: [
    {
      name: 'a quoted word changed',
      texts: [
        'Wang said Hamas was a “legitimate [[part of the Palestinian fabric]],” according to a readout on Monday.',
        'Wang said Hamas was “[[part of the Palestinian national fabric]],” according to a readout on Monday.',
      ],
    },
    {
      // after ECB+ t08 (8_4ecbplus, 8_8ecbplus; CC BY 3.0)
      name: 'one report quotes the words twice, the other once: one difference, one diagnostic in each',
      texts: [
        'Greek President Karolos Papoulias said the country had "[[reached the edge of the abyss]]." He said in a statement: "Our country has reached the edge of the abyss. It is the responsibility of us all to step back."',
        '"Our country is on [[the edge of the abyss]]," Greek President Karolos Papoulias said in a statement. "It is the responsibility of us all to step back."',
      ],
    },
    {
      name: 'the same words written differently (a respelling): flagged, one severity lower (data.quoteChange "form")',
      texts: [
        '"[[I want my Momma to come home to us]]," the boy told reporters outside the court.',
        '"[[I want my Mama to come home to us]]," the boy told reporters outside the court.',
      ],
    },
    {
      name: 'the same words',
      texts: [
        'Wang said Hamas was “part of the Palestinian national fabric,” according to a readout on Monday.',
        'The readout quoted Wang as saying Hamas was “part of the Palestinian national fabric.”',
      ],
    },
  ],
});
