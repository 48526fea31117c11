import type { Problem, Span } from '../../types.js';
import type { Link, LinkKind, Location, ReportInput } from '../types.js';
import type { Matching } from './candidates.js';

/** What aligning one event produces: links and cross-report problems per report id. */
export interface AlignOutput {
  links: Link[];
  problems: Record<string, Problem[]>;
}

export function emptyOutput(): AlignOutput {
  return { links: [], problems: {} };
}

/** Both directions of an aligned pair. */
export function addLinkPair(out: AlignOutput, kind: LinkKind, a: Location, b: Location, score: number): void {
  const s = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
  const x = { ...a };
  const y = { ...b }; // one copy of each location, shared by both directions
  out.links.push({ kind, from: x, to: y, score: s });
  out.links.push({ kind, from: y, to: x, score: s });
}

export function addProblem(out: AlignOutput, at: Location, code: string, message: string, related: Location, relatedMessage: string): void {
  const list = Object.hasOwn(out.problems, at.report) ? out.problems[at.report] : (out.problems[at.report] = []);
  list.push({ start: at.start, end: at.end, code, message, related: [{ report: related.report, start: related.start, end: related.end, message: relatedMessage }] });
}

export function mergeOutput(into: AlignOutput, from: AlignOutput): void {
  for (const l of from.links) into.links.push(l); // no spread: an event can have more links than a call has arguments
  for (const [id, list] of Object.entries(from.problems)) {
    if (Object.hasOwn(into.problems, id)) into.problems[id].push(...list);
    else into.problems[id] = [...list];
  }
}

/** The file name of a report id (a path or a URI), for messages. */
export function reportName(id: string): string {
  const base = id.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? id;
  try {
    return decodeURIComponent(base) || id;
  } catch {
    return base || id;
  }
}

/** A passage for a one-line message: whitespace collapsed, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, span: Span, max = 90): string {
  const t = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function loc(report: string, span: Span): Location {
  return { report, start: span.start, end: span.end };
}

/**
 * Links and problems of a matching of items (figures, dates): `say(here, there, thereName)` gives
 * the problem's message and its related location's message.
 */
export function emitMatching(
  out: AlignOutput, kind: LinkKind, code: string, reports: readonly ReportInput[],
  items: ReadonlyArray<{ report: number; span: Span }>, m: Matching, linkScore: (score: number) => number,
  say: (here: number, there: number, thereName: string) => [string, string],
): void {
  const where = (i: number) => loc(reports[items[i].report].id, items[i].span);
  for (const l of m.links) addLinkPair(out, kind, where(l.a), where(l.b), linkScore(l.score));
  for (const x of m.mismatches) {
    const [message, related] = say(x.a, x.b, reportName(reports[items[x.b].report].id));
    addProblem(out, where(x.a), code, message, where(x.b), related);
  }
}
