/**
 * read-error: a file could not be read at all (missing, deleted, no permission, a link loop).
 * Raised by the hosts (the CLI and the server), which read files; the analysis never sees one.
 * Docs: docs/rules/read-error.md.
 */
import type { FileNotice } from './findings.js';
import { defineRule } from './rule.js';

export const readError = defineRule<FileNotice, 'read-error'>({
  code: 'read-error',
  defaultSeverity: 'error',
  scope: 'file',
  origin: 'host',
  summary: 'A file could not be read at all (missing, deleted, no permission, a link loop).',
  message: (f) => f.reason,
  cases: [],
});
