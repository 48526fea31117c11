import { analyzeReport, type ParagraphCache } from './analysis/report.js';
import type { NewslensConfig } from './config/config.js';
import { cloneDefault } from './config/config.js';
import { applyConfig } from './rules/validate.js';
import type { AnalyzeOptions, Diagnostic, Problem, ReportAnalysis } from './types.js';

export interface LanguageServiceOptions {
  /** Reuse paragraph results across calls (editors); off by default (batch runs). */
  paragraphCache?: ParagraphCache;
}

/**
 * The language service: verbs over plain data. Callers (CLI, server) keep the analyses and
 * pass them back in; the service holds no documents.
 */
export interface NewsLanguageService {
  /** Analyses one report's text. Never throws. */
  analyzeReport(text: string, options?: AnalyzeOptions): ReportAnalysis;
  /**
   * Diagnostics for one report under a config: its own problems plus `extra` (for instance the
   * cross-report problems that concern it), after severities and suppression comments.
   */
  doValidation(report: ReportAnalysis, config?: NewslensConfig, extra?: readonly Problem[]): Diagnostic[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): NewsLanguageService {
  return {
    analyzeReport: (text, analyzeOptions) => analyzeReport(text, { ...analyzeOptions, paragraphCache: options.paragraphCache }),
    doValidation: (report, config = cloneDefault(), extra = []) =>
      applyConfig(report.text, extra.length ? [...report.problems, ...extra] : report.problems, config, report.sentences),
  };
}
