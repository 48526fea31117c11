// Positions in test texts, in LSP terms (UTF-16 characters), found by the words at them.
import type { Range } from './client.js';

export function positionOf(text: string, needle: string, n = 0, within = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  return positionAt(text, i + within);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const lines = text.split(/(?<=\r\n|\n|\r(?!\n))/);
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}
