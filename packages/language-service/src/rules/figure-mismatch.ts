/**
 * figure-mismatch: another report of the event gives a different figure for the same thing.
 * Docs: docs/rules/figure-mismatch.md.
 */
import { reportName } from '../text/excerpt.js';
import type { FigureDifference } from './findings.js';
import { defineRule } from './rule.js';

export const figureMismatch = defineRule<FigureDifference, 'figure-mismatch'>({
  code: 'figure-mismatch',
  defaultSeverity: 'warning',
  scope: 'event',
  twinned: true,
  summary: 'Another report of the event gives a different figure for the same thing.',
  message: (f) => `Figure differs from ${reportName(f.other.report)}: "${f.here}" vs "${f.there}"${f.counts ? ` (${f.counts})` : ''}`,
  related: (f) => [{ ...f.other, message: `${reportName(f.other.report)} gives "${f.there}"` }],
  cases: [
    {
      name: 'a death toll changed',
      texts: [
        'The earthquake in southern Iran killed [[at least 250 people]] in the city of Bam, officials said on Friday.',
        'The earthquake in southern Iran killed [[at least 180 people]] in the city of Bam, officials said on Friday.',
      ],
    },
    {
      name: 'the same toll',
      texts: [
        'The earthquake in southern Iran killed at least 250 people in the city of Bam, officials said on Friday.',
        'Officials said on Friday that at least 250 people were killed in the city of Bam by the earthquake in southern Iran.',
      ],
    },
  ],
});
