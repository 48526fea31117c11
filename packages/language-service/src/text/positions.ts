/** 0-based line and UTF-16 character, as in LSP. Used by the CLI's text output and tests. */
export interface Position {
  line: number;
  character: number;
}

/** Offsets where each line starts; a line ends at \n, \r\n or \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetToPosition(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

export function positionToOffset(starts: readonly number[], pos: Position, textLength: number): number {
  if (pos.line < 0) return 0;
  if (pos.line >= starts.length) return textLength;
  const lineEnd = pos.line + 1 < starts.length ? starts[pos.line + 1] : textLength;
  return Math.max(starts[pos.line], Math.min(starts[pos.line] + pos.character, lineEnd));
}
