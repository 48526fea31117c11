import { compareStrings } from '../compare/order.js';
import type { ReportAnalysis } from '../types.js';
import { truncate } from './markdown.js';
import { reportName } from '../text/excerpt.js';
import type { ReportSymbol, WorkspaceSymbolInfo } from './types.js';

/** The outline of a report: its entities (at their first mention), quotes and claims, in text order. */
export function findDocumentSymbols(report: ReportAnalysis): ReportSymbol[] {
  const out: ReportSymbol[] = [];
  for (const e of report.entities) {
    if (e.mentions.length === 0) continue;
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const span = { start: first.start, end: first.end };
    out.push({ name: e.name, kind: e.kind, detail: `${e.kind}, ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`, span, selection: span });
  }
  for (const q of report.quotes) {
    const span = { start: q.start, end: q.end };
    const selection = { start: q.content.start, end: q.content.end };
    out.push({ name: `“${truncate(q.content.text, 60)}”`, kind: 'quote', detail: q.speaker ? q.speaker.name : 'quote', span, selection });
  }
  for (const c of report.claims) {
    const span = { start: c.start, end: c.end };
    out.push({ name: truncate(c.text, 60), kind: 'claim', detail: `${c.kind} claim, ${c.status}`, span, selection: span });
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || compareStrings(a.name, b.name));
}

/**
 * Entities across the workspace whose name matches `query` (its characters in order, any
 * case; an empty query matches all), sorted by name then report, at most `limit`.
 */
export function findWorkspaceSymbols(
  query: string,
  reports: Iterable<{ id: string; analysis: ReportAnalysis }>,
  limit = 1000,
): WorkspaceSymbolInfo[] {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const out: WorkspaceSymbolInfo[] = [];
  for (const { id, analysis } of reports) {
    for (const e of analysis.entities) {
      if (e.mentions.length === 0 || !matches(e.name.toLowerCase(), q)) continue;
      const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a));
      out.push({ name: e.name, kind: e.kind, location: { report: id, start: first.start, end: first.end }, container: reportName(id) });
    }
  }
  out.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.location.report, b.location.report) || a.location.start - b.location.start);
  return out.slice(0, limit);
}

function matches(name: string, q: string): boolean {
  let i = 0;
  for (let k = 0; k < name.length && i < q.length; k++) if (name[k] === q[i]) i++;
  return i === q.length;
}
