/**
 * file-skipped: a file was not analysed (empty, binary, over the size cap, not a regular file).
 * Docs: docs/rules/file-skipped.md.
 */
import type { FileNotice } from './findings.js';
import { defineRule } from './rule.js';

export const fileSkipped = defineRule<FileNotice, 'file-skipped'>({
  code: 'file-skipped',
  defaultSeverity: 'warning',
  scope: 'file',
  summary: 'A file was not analysed: it is empty, binary, or larger than the size cap.',
  message: (f) => f.reason,
  cases: [
    { name: 'an empty file', text: '[[]]' },
    { name: 'only blank lines', text: '[[]]\n\n   \n' },
    { name: 'a binary file', text: '[[]]PK\u0003\u0004\u0000\u0000binary' },
    { name: 'over the size cap', text: '[[]]Wang Kejian met Ismail Haniyeh in Qatar on Sunday.', maxFileSize: 10 },
    { name: 'a report', text: 'Wang Kejian met Ismail Haniyeh in Qatar on Sunday.' },
  ],
});
