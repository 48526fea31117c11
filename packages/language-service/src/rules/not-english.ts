/**
 * not-english: a report that is not in English is not analysed.
 * Docs: docs/rules/not-english.md.
 */
import type { FileNotice } from './findings.js';
import { defineRule } from './rule.js';

export const notEnglish = defineRule<FileNotice, 'not-english'>({
  code: 'not-english',
  defaultSeverity: 'information',
  scope: 'file',
  summary: 'A report is not in English, so it was not analysed.',
  message: (f) => f.reason,
  cases: [
    { name: 'a report in Spanish', text: '[[]]El enviado chino se reunió el domingo en Qatar con el líder de Hamás, según un comunicado del ministerio de Asuntos Exteriores, que no dio más detalles sobre la conversación.' },
    { name: 'a report in English', text: 'The Chinese envoy met the Hamas leader in Qatar on Sunday, according to a statement of the foreign ministry, which gave no more details of the talks.' },
  ],
});
