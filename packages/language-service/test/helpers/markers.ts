/**
 * Span markers for data-driven tests. In a fixture string:
 *   `[[...]]` marks an expected span (several allowed, in order);
 *   `|` marks a cursor (use `\|` for a literal bar).
 * `parseMarkers` strips the markers and returns the clean text with the offsets.
 */
export interface Marked {
  text: string;
  spans: Array<{ start: number; end: number; text: string }>;
  cursor: number | null;
}

export function parseMarkers(marked: string): Marked {
  let text = '';
  const spans: Marked['spans'] = [];
  const open: number[] = [];
  let cursor: number | null = null;
  for (let i = 0; i < marked.length; i++) {
    if (marked.startsWith('\\|', i)) { text += '|'; i++; continue; }
    if (marked.startsWith('[[', i)) { open.push(text.length); i++; continue; }
    if (marked.startsWith(']]', i) && open.length) {
      const start = open.pop()!;
      spans.push({ start, end: text.length, text: text.slice(start) });
      i++;
      continue;
    }
    if (marked[i] === '|') { cursor = text.length; continue; }
    text += marked[i];
  }
  spans.sort((a, b) => a.start - b.start);
  return { text, spans, cursor };
}

/** The text of each span, for readable assertions. */
export function spanTexts(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
