import type { Problem } from '../types.js';
import type { Link } from './types.js';

/**
 * The one string order of newslens (ids, paths, codes, names): UTF-16 code-unit order, the order
 * of `<` and of a bare `.sort()`, the same on every machine; never a locale's collation.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders of the comparison's output: links and problems sorted, repeats dropped. */
export function compareLinks(a: Link, b: Link): number {
  return compareStrings(a.from.report, b.from.report) || a.from.start - b.from.start || a.from.end - b.from.end
    || compareStrings(a.to.report, b.to.report) || a.to.start - b.to.start || a.to.end - b.to.end
    || compareStrings(a.kind, b.kind) || b.score - a.score;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.start - b.start || a.end - b.end || compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}

export const sameLink = (a: Link, b: Link) => a.kind === b.kind && a.from.report === b.from.report && a.from.start === b.from.start
  && a.from.end === b.from.end && a.to.report === b.to.report && a.to.start === b.to.start && a.to.end === b.to.end;
export const sameProblem = (a: Problem, b: Problem) => a.code === b.code && a.start === b.start && a.end === b.end && a.message === b.message;

/** Drops repeats from a sorted list (repeats are neighbours): no key strings for a million links. */
export function dedupe<T>(sorted: T[], same: (a: T, b: T) => boolean): T[] {
  return sorted.filter((x, i) => i === 0 || !same(sorted[i - 1], x));
}
