/**
 * weekday-mismatch: a weekday written with a date it does not fit, in the report's year.
 * Docs: docs/rules/weekday-mismatch.md.
 */
import type { WeekdayMismatch } from './findings.js';
import { defineRule } from './rule.js';

export const weekdayMismatch = defineRule<WeekdayMismatch, 'weekday-mismatch'>({
  code: 'weekday-mismatch',
  defaultSeverity: 'error',
  scope: 'report',
  summary: 'A weekday does not fit the date it is written with, in the report\'s year.',
  check: ({ found }) => found.weekdayMismatches,
  message: (f) => `${f.date} ${f.future ? 'is' : 'was'} a ${f.actual}, not a ${f.written}`,
  cases: [
    { name: 'the year written', text: 'On [[Monday, March 19, 2024]], Hamas released a statement.' },
    { name: 'the year from a dateline', text: 'Published: March 20, 2024\n\nOn [[Monday, March 19]], Hamas released a statement.' },
    { name: 'the date in parentheses after the weekday', text: 'The vote was held on [[Monday (March 19, 2024)]].' },
    { name: 'the right weekday', text: 'On Tuesday, March 19, 2024, Hamas released a statement.' },
    { name: 'no year known: nothing to check', text: 'On Monday, March 19, Hamas released a statement.' },
    { name: 'a past year written is checked in that year', text: 'The vote of Monday, March 19, 2018 was close.' },
  ],
});
