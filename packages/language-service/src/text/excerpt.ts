import type { ReportAnalysis, Span } from '../types.js';

/** Text for a one-line message: whitespace collapsed, cut to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A passage of `text` for a one-line message (see `shorten`). */
export function excerpt(text: string, span: Span, max = 90): string {
  return shorten(text.slice(span.start, span.end), max);
}

/**
 * The name of a report in every message, title and hover: the last segment of its id (a path or
 * a URI), percent-decoded ("report%20two.txt" is "report two.txt"); the id itself when that is empty.
 */
export function reportName(id: string): string {
  const last = id.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? id;
  try {
    return decodeURIComponent(last) || id;
  } catch {
    return last || id;
  }
}

/**
 * A report as a hover names it: its name, then the outlet and the publication date when the report
 * gives them ("002.txt · Example News · 2024-03-19"). Plain text: the caller escapes it.
 */
export function reportLabel(id: string, analysis: Pick<ReportAnalysis, 'publishedAt' | 'metadata'> | undefined): string {
  return [reportName(id), shorten(analysis?.metadata?.source ?? '', 60), analysis?.publishedAt ?? ''].filter((s) => s !== '').join(' · ');
}

/** Two long wordings cut to the stretch where they start to differ, at most `max` characters each. */
export function diffWindow(a: string, b: string, max = 90): [string, string] {
  if (a.length <= max && b.length <= max) return [a, b];
  let i = 0;
  while (i < a.length && i < b.length && a[i].toLowerCase() === b[i].toLowerCase()) i++;
  let from = Math.max(0, i - 30);
  if (from > 0) from = a.indexOf(' ', from) < 0 || a.indexOf(' ', from) > i ? from : a.indexOf(' ', from) + 1;
  const cut = (t: string) => {
    const head = from > 0 ? `…${t.slice(from)}` : t;
    return head.length <= max ? head : `${head.slice(0, max - 1).trimEnd()}…`;
  };
  return [cut(a), cut(b)];
}
