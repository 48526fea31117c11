/**
 * LSP ranges checked against a document's text (reliability tests): the line exists, the
 * character is inside the line, the position does not split a surrogate pair, start <= end.
 */
import { lineStarts } from '@newslens/language-service';
import { splitsSurrogatePair } from '../../helpers/fuzz-inputs.ts';

export interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** Start offsets of the lines of text (a line ends at \r\n, \n or \r, as LSP says): the service's own, independent of the server's document model. */
export const lineStartsOf = lineStarts;

/** Why an LSP position is bad in text, or null; `starts` from lineStartsOf(text). */
function badPosition(text: string, starts: readonly number[], p: LspPosition): string | null {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `position ${JSON.stringify(p)} is not two whole numbers >= 0`;
  if (p.line >= starts.length) return `line ${p.line} past the last line ${starts.length - 1}`;
  const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] : text.length;
  const content = text.slice(starts[p.line], lineEnd).replace(/\r?\n$|\r$/, '');
  if (p.character > content.length) return `character ${p.character} past the end of line ${p.line} (${content.length})`;
  if (splitsSurrogatePair(text, starts[p.line] + p.character)) return `position ${p.line}:${p.character} splits a surrogate pair`;
  return null;
}

/** Why an LSP range is bad in text, or null. */
export function badRange(text: string, r: LspRange, starts = lineStartsOf(text)): string | null {
  const bad = badPosition(text, starts, r.start) ?? badPosition(text, starts, r.end);
  if (bad) return bad;
  const at = (p: LspPosition) => starts[p.line] + p.character;
  return at(r.start) > at(r.end) ? `range ${JSON.stringify(r)} ends before it starts` : null;
}

/** Every `{start:{line,character}, end:{...}}` inside value. */
export function rangesIn(value: unknown, out: LspRange[] = []): LspRange[] {
  if (Array.isArray(value)) for (const v of value) rangesIn(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const s = o.start as LspPosition | undefined;
    if (s && typeof s === 'object' && typeof s.line === 'number' && o.end && typeof o.end === 'object') out.push(o as unknown as LspRange);
    else for (const v of Object.values(o)) rangesIn(v, out);
  }
  return out;
}
