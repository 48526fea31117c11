import { cloneDefault, type NewslensConfig } from '../config/config.js';
import { applyConfig } from '../rules/validate.js';
import type { Diagnostic, Problem, ReportAnalysis } from '../types.js';

/**
 * Diagnostics for one report under a config: its own problems plus `extra` (for instance the
 * cross-report problems that concern it), after severities and suppression comments. Works over the
 * analysis alone (no tagger), so a language server's main thread can diagnose without loading it.
 */
export function doValidation(report: ReportAnalysis, config: NewslensConfig = cloneDefault(), extra: readonly Problem[] = []): Diagnostic[] {
  return applyConfig(report.text, extra.length ? [...report.problems, ...extra] : report.problems, config, report.sentences);
}
