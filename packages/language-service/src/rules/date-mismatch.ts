/**
 * date-mismatch: another report of the event dates the same happening differently.
 * Docs: docs/rules/date-mismatch.md.
 */
import { reportName } from '../text/excerpt.js';
import type { DateDifference } from './findings.js';
import { defineRule } from './rule.js';

const shown = (value: string | null) => (value ? ` (${value})` : '');

export const dateMismatch = defineRule<DateDifference, 'date-mismatch'>({
  code: 'date-mismatch',
  // information, not warning, since session 21: judged on reports not tuned on (half B of the judged
  // corpus) 2 of 8 are right (0.25; half A 1.00 of 14): the policy in docs/rules/README.md (a warning
  // needs a held-out precision, right or arguable, of at least 0.70). Raised again when it has one.
  defaultSeverity: 'information',
  scope: 'event',
  twinned: true,
  summary: 'Another report of the event dates the same happening differently.',
  message: (f) => `Date differs from ${reportName(f.other.report)}: "${f.here}"${shown(f.hereValue)} vs "${f.there}"${shown(f.thereValue)} for the same happening`,
  related: (f) => [{ ...f.other, message: `${reportName(f.other.report)} dates it "${f.there}"${shown(f.thereValue)}` }],
  cases: [
    {
      name: 'a day changed',
      texts: [
        'The jury found the former governor guilty of corruption on [[December 16, 2010]], after four days of deliberation.',
        'The jury found the former governor guilty of corruption on [[December 12, 2010]], after four days of deliberation.',
      ],
    },
    {
      name: 'the same day',
      texts: [
        'The jury found the former governor guilty of corruption on December 16, 2010, after four days of deliberation.',
        'After four days of deliberation, the jury found the former governor guilty of corruption on December 16, 2010.',
      ],
    },
    {
      // ECB+ 2_5ecb / 2_3ecb (CC BY 3.0), the day changed: the only day each report gives, told in other words
      name: 'the one day of each report, in other words',
      texts: [
        'The awards will be handed out on [[February 25]] by the Academy at the Kodak Theater in Hollywood.',
        'ABC will broadcast the awards show on [[Feb. 22]].',
      ],
    },
    {
      name: 'not when the other report gives another day near it',
      texts: [
        'Fans packed the stadium for the opening game on April 6.',
        'The team held its last practice on April 3 and flew home on April 5.',
      ],
    },
    {
      // ECB+ 14_2ecbplus / 14_3ecbplus (CC BY 3.0): the names leading up to each date say whose it is
      name: 'two hearings before two courts',
      texts: [
        'Robert Pitman, 24, entered a not guilty plea at Taunton Deane Magistrates and was remanded in custody to appear before Taunton Crown Court on 19 August 2013.',
        'Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates\' Court on 23 July 2013.',
      ],
    },
  ],
});
