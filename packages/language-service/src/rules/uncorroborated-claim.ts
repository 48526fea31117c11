/**
 * uncorroborated-claim (off by default): no other report of the event carries this claim.
 * Docs: docs/rules/uncorroborated-claim.md.
 */
import { reportName } from '../text/excerpt.js';
import type { UncorroboratedClaim } from './findings.js';
import { defineRule } from './rule.js';

export const uncorroboratedClaim = defineRule<UncorroboratedClaim, 'uncorroborated-claim'>({
  code: 'uncorroborated-claim',
  defaultSeverity: 'off',
  scope: 'event',
  summary: 'No other report of the event carries this claim.',
  message: (f) => `No other report of this event carries this claim (closest: ${reportName(f.closest.report)}, ${f.percent}% alike)`,
  related: (f) => [{ ...f.closest, message: `Closest statement in ${reportName(f.closest.report)}` }],
  cases: [
    {
      name: 'a claim only one report makes, in each report',
      texts: [
        'The earthquake in southern Iran killed at least 250 people in the city of Bam, officials said on Friday. [[The governor blamed the collapse on builders who ignored the safety code]].',
        'The earthquake in southern Iran killed at least 250 people in the city of Bam, officials said on Friday. [[Rescue teams from Turkey arrived on Saturday]].',
      ],
    },
    {
      name: 'every claim in both reports',
      texts: [
        'The earthquake in southern Iran killed at least 250 people in the city of Bam, officials said on Friday.',
        'Officials said on Friday that the earthquake in southern Iran killed at least 250 people in the city of Bam.',
      ],
    },
  ],
});
