/**
 * invalid-encoding: a file is not valid UTF-8; its bad bytes were read as U+FFFD.
 * Docs: docs/rules/invalid-encoding.md.
 */
import type { FileNotice } from './findings.js';
import { defineRule } from './rule.js';

/** "Caf\xE9 owners met" in Latin-1: the é is one byte no UTF-8 reads. */
const LATIN1 = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x77, 0x6e, 0x65, 0x72, 0x73, 0x20, 0x6d, 0x65, 0x74, 0x2e];

export const invalidEncoding = defineRule<FileNotice, 'invalid-encoding'>({
  code: 'invalid-encoding',
  defaultSeverity: 'warning',
  scope: 'file',
  summary: 'A file is not valid UTF-8; bad bytes were read as replacement characters.',
  message: (f) => f.reason,
  cases: [
    { name: 'a Latin-1 byte, flagged where it stands', bytes: LATIN1, expect: [{ start: 3, end: 4 }] },
    { name: 'UTF-8 with accents', text: 'Café owners in Zürich met on Sunday.' },
  ],
});
