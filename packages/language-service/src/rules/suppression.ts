import type { Span } from '../types.js';

export interface Suppression extends Span {
  /** Codes silenced; empty means every code. */
  codes: string[];
  /** next-line: the next non-blank line after the comment; file: from the comment to the end. */
  scope: 'next-line' | 'file';
  /** The range the suppression covers. */
  covers: Span;
}

/** The comment's keyword; `-next-line` after it limits it to the next non-blank line. */
const KEYWORD = 'newslens-disable';
const NEXT_LINE = '-next-line';
const DIRECTIVE = new RegExp(`<!--\\s*${KEYWORD}(${NEXT_LINE})?(?=\\s|-->)([^>]*?)-->`, 'g');

/** The comment that silences `codes` (none: every code) on the next line or in the rest of the file. */
export function suppressionComment(scope: Suppression['scope'], codes: readonly string[]): string {
  return `<!-- ${KEYWORD}${scope === 'next-line' ? NEXT_LINE : ''}${codes.length ? ` ${codes.join(' ')}` : ''} -->`;
}

/** Finds `<!-- newslens-disable-next-line code -->` and `<!-- newslens-disable code -->`. */
export function findSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const codes = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    if (m[1]) {
      out.push({ start, end, codes, scope: 'next-line', covers: nextLine(text, end) });
    } else {
      out.push({ start, end, codes, scope: 'file', covers: { start: end, end: text.length } });
    }
  }
  return out;
}

function nextLine(text: string, from: number): Span {
  let at = text.indexOf('\n', from);
  if (at < 0) return { start: text.length, end: text.length };
  // Skip blank lines between the comment and the text it silences.
  for (;;) {
    const lineEnd = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, lineEnd < 0 ? text.length : lineEnd);
    if (line.trim() !== '' || lineEnd < 0) return { start: at + 1, end: lineEnd < 0 ? text.length : lineEnd };
    at = lineEnd;
  }
}

export function isSuppressed(suppressions: readonly Suppression[], code: string, span: Span): boolean {
  return suppressions.some(
    (s) => (s.codes.length === 0 || s.codes.includes(code)) && span.start >= s.covers.start && span.start <= s.covers.end,
  );
}
