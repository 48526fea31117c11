import type { Problem, Span } from '../types.js';
import type { FileRuleCode } from './codes.js';
import type { FileNotice, ReportRuleInput } from './findings.js';
import { REPORT_RULES, ruleOf } from './registry.js';
import { problemOf } from './rule.js';
import { sortDiagnostics } from './validate.js';

/**
 * The problems of one report: every report rule's findings in its words, sorted by position (as
 * diagnostics are). A rule that throws loses its own problems only, and the error goes to `onInternalError`.
 */
export function reportProblems(input: ReportRuleInput, onInternalError?: (error: unknown) => void): Problem[] {
  const out: Problem[] = [];
  for (const rule of REPORT_RULES) {
    try {
      for (const f of rule.check?.(input) ?? []) out.push(problemOf(rule, f));
    } catch (e) {
      onInternalError?.(e);
    }
  }
  return sortDiagnostics(out);
}


/** A file-level problem: at the top of the file (0-0) unless `at` says where. */
export function fileProblem(code: FileRuleCode, reason: string, at: Span = { start: 0, end: 0 }): Problem {
  const finding: FileNotice = { start: at.start, end: at.end, reason };
  return problemOf(ruleOf(code), finding);
}
