import type { JsonDiagnostic } from '../contract-types.js';

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export interface Summary {
  counts: Counts;
  files: number;
  /** Problems not shown because the baseline records them. */
  baselined: number;
}

const COLOURS: Record<JsonDiagnostic['severity'], [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  information: ['\x1b[34m', '\x1b[39m'],
  hint: ['\x1b[2m', '\x1b[22m'],
};
const DIM: [string, string] = ['\x1b[2m', '\x1b[22m'];
const BOLD: [string, string] = ['\x1b[1m', '\x1b[22m'];

/**
 * `path:line:col: severity code message`, 1-based, each followed by its related locations
 * (indented `-> path:line:col: message` lines), then a summary line.
 */
export function formatText(diagnostics: readonly JsonDiagnostic[], summary: Summary, colour: boolean): string {
  return [...formatTextChunks(diagnostics, summary, colour)].join('');
}

/** formatText in pieces, one a diagnostic (the summary is read only at the end, so counts may fill in meanwhile). */
export function* formatTextChunks(diagnostics: Iterable<JsonDiagnostic>, summary: Summary, colour: boolean): Generator<string> {
  const paint = (s: string, c: [string, string]) => (colour ? c[0] + s + c[1] : s);
  for (const d of diagnostics) {
    let out = `${paint(`${printable(d.path)}:${d.line + 1}:${d.character + 1}`, BOLD)}: ${paint(d.severity, COLOURS[d.severity])} ${paint(d.code, DIM)} ${printable(d.message)}\n`;
    for (const r of d.related) out += paint(`    -> ${printable(r.path)}:${r.line + 1}:${r.character + 1}: ${printable(r.message)}`, DIM) + '\n';
    yield out;
  }
  yield summaryLine(summary) + '\n';
}

/**
 * File names and report text as the terminal should show them: control characters (an escape
 * sequence could retitle or clear the terminal, a line break fake a problem line) and the Unicode
 * line separators are written as `\uXXXX`.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function countSeverities(diagnostics: Iterable<Pick<JsonDiagnostic, 'severity'>>): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

export function summaryLine({ counts, files, baselined }: Summary): string {
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const inFiles = `in ${files} ${files === 1 ? 'file' : 'files'}`;
  const base = baselined > 0 ? ` (${baselined} more recorded in the baseline)` : '';
  if (total === 0) return `no problems ${inFiles}${base}`;
  const parts = [
    plural(counts.error, 'error', 'errors'),
    plural(counts.warning, 'warning', 'warnings'),
    `${counts.information} information`,
    plural(counts.hint, 'hint', 'hints'),
  ];
  return `${plural(total, 'problem', 'problems')} (${parts.join(', ')}) ${inFiles}${base}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
