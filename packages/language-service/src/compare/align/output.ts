import type { Difference } from '../../rules/findings.js';
import { problemOf, type Rule } from '../../rules/rule.js';
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

/** A cross-report finding, reported by its rule in the report it is found in. */
export function addFinding<F extends Location>(out: AlignOutput, rule: Rule<F>, finding: F): void {
  const list = Object.hasOwn(out.problems, finding.report) ? out.problems[finding.report] : (out.problems[finding.report] = []);
  list.push(problemOf(rule, finding));
}

export function mergeOutput(into: AlignOutput, from: AlignOutput): void {
  for (const l of from.links) into.links.push(l); // no spread: an event can have more links than a call has arguments
  for (const [id, list] of Object.entries(from.problems)) {
    if (Object.hasOwn(into.problems, id)) into.problems[id].push(...list);
    else into.problems[id] = [...list];
  }
}

export function loc(report: string, span: Span): Location {
  return { report, start: span.start, end: span.end };
}

/**
 * Links and findings of a matching of items (figures, dates): `differ(here, there)` gives what
 * differs between two matched items, which `rule` reports at `here` with `there` as the other.
 */
export function emitMatching<F extends Difference>(
  out: AlignOutput, kind: LinkKind, rule: Rule<F>, reports: readonly ReportInput[],
  items: ReadonlyArray<{ report: number; span: Span }>, m: Matching, linkScore: (score: number) => number,
  differ: (here: number, there: number) => Omit<F, keyof Difference>,
): void {
  const where = (i: number) => loc(reports[items[i].report].id, items[i].span);
  for (const l of m.links) addLinkPair(out, kind, where(l.a), where(l.b), linkScore(l.score));
  for (const x of m.mismatches) addFinding(out, rule, { ...where(x.a), other: where(x.b), ...differ(x.a, x.b) } as F);
}
