/**
 * name-variant: another report of the event spells this name differently.
 * Docs: docs/rules/name-variant.md.
 */
import { reportName } from '../text/excerpt.js';
import type { NameVariant } from './findings.js';
import { defineRule } from './rule.js';

export const nameVariant = defineRule<NameVariant, 'name-variant'>({
  code: 'name-variant',
  defaultSeverity: 'hint',
  scope: 'event',
  summary: 'Another report of the event spells this name differently.',
  message: (f) => {
    const more = f.others.length > 1 ? ` and ${f.others.length - 1} other report${f.others.length > 2 ? 's' : ''}` : '';
    return `Spelled '${f.spelling}' in ${reportName(f.others[0].report)}${more}`;
  },
  related: (f) => f.others.map((o) => ({ report: o.report, start: o.start, end: o.end, message: `spelled '${f.spelling}' here` })),
  cases: [
    {
      name: 'two spellings of one surname',
      texts: [
        'Chinese envoy Wang Kejian met Hamas leader [[Ismail Haniyeh]] in Qatar on Sunday. Haniyeh thanked China for its support.',
        'Chinese envoy Wang Kejian met Hamas leader [[Isma’il Haniya]] in Qatar on Sunday. Haniya thanked China for its support.',
      ],
    },
    {
      name: 'the odd one out: two reports spell the name one way, the third another',
      texts: [
        'The Baltimore Orioles signed pitcher Koji Uehara on Tuesday. The Orioles paid him $10 million.',
        'The Baltimore Orioles agreed a deal with Koji Uehara, a Japanese pitcher. The Orioles confirmed it.',
        'The [[Baltimore Oriels]] signed pitcher Koji Uehara on Tuesday. The Oriels paid him $10 million.',
      ],
    },
    {
      name: 'a short form is no variant',
      texts: [
        'Chinese envoy Wang Kejian met Hamas leader Ismail Haniyeh in Qatar on Sunday. Haniyeh thanked China for its support.',
        'Chinese envoy Wang Kejian met Hamas leader Haniyeh in Qatar on Sunday. He thanked China for its support.',
      ],
    },
  ],
});
